/**
 * The sheets this add-in owns (docs/health-score.md, "Ownership and Rebuild"), for the pane to
 * list: every sheet whose marker is well-formed and carried by no other sheet, and for a score
 * sheet the configuration it holds, finance's edits included, and its back-test figures as
 * calculated. Three syncs whatever the number of sheets.
 */
import type { ExcelContext } from "./excel-surface";
import { SourceValue } from "../health-score";
import { HEADERS_NAME } from "../health-score/defined-names";
import {
  PANEL_COLUMNS,
  PANEL_ROWS,
  ScoreSheetContent,
  configFromSheet,
} from "../health-score/read-back";
import { OwnedSheet } from "../wizard/workbook-port";
import { sourceValue } from "./cell-values";
import { loadState } from "./document-state";
import { ExcelHost } from "./excel-host";
import { SheetNames, ownedSheets, readWorkbook } from "./read-workbook";
import { queueSourceTargets } from "./source-names";

export async function readOwnedSheets(host: ExcelHost): Promise<OwnedSheet[]> {
  const saved = loadState(host);
  return host.run(async (context) => {
    const owned = ownedSheets((await readWorkbook(context)).sheets);
    const contents = owned.map((o) =>
      o.kind === "score" ? queueScoreSheet(context, o.sheet) : undefined
    );
    if (contents.some((c) => c !== undefined)) await context.sync();
    return owned.map(({ sheet, kind, buildId }, i): OwnedSheet => {
      const content = contents[i];
      const back = content && configFromSheet({ ...content(), saved });
      return back
        ? {
            name: sheet.name,
            kind,
            buildId,
            config: back.config,
            adoptedEdits: back.adoptedEdits,
            ...(back.backtest ? { backtest: back.backtest } : {}),
          }
        : { name: sheet.name, kind, buildId };
    });
  });
}

/** Queues the panel window and the source names; the result is ready after the next sync. */
function queueScoreSheet(
  context: ExcelContext,
  sheet: SheetNames
): () => Omit<ScoreSheetContent, "saved"> {
  const panel = context.workbook.worksheets
    .getItem(sheet.name)
    .getRangeByIndexes(0, 0, PANEL_ROWS, PANEL_COLUMNS)
    .load("values, valueTypes");
  const targets = queueSourceTargets(context, sheet);
  return () => ({
    sheetName: sheet.name,
    headers: sheet.names.get(HEADERS_NAME),
    sources: targets(),
    panel: panel.values.map((row, r) =>
      row.map((v, c): SourceValue => sourceValue(v, panel.valueTypes[r][c]))
    ),
  });
}

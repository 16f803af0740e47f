/**
 * Everything `planHealthScore` needs for a config (its `sources`, docs/health-score.md), read
 * through Office.js: the chosen ranges (first column's values in row chunks, rows and columns of
 * the whole address for E04), the sheets with their markers, workbook protection, build time and
 * version.
 *
 * Rebuild (docs/health-score.md, "Ownership and Rebuild") reads the sources through the score
 * sheet's source names. A role is linked to its name when the config's address is the one the name
 * gives now (what `ownedSheets()` read back): then account rows added directly below the ids
 * (contiguous non-blank ids under the name's last row) are picked up, and every linked role grows
 * by the same rows (docs/health-score.md, "The account table"). A name that is `#REF!` was read
 * back as the unparsable address `#REF!`, which resolves "deleted" (E19); an address the user
 * picked again after that is read as picked.
 */
import type { ExcelContext } from "./excel-surface";
import { PRODUCT_VERSION } from "../product-version";
import {
  HealthScoreConfig,
  PlanSources,
  ResolvedRange,
  SheetCells,
  SourceRange,
  SourceValue,
  configAddresses,
  parseAddress,
  resolveRange,
} from "../health-score";
import { localSerialMinute } from "../health-score/local-time";
import { isBlank } from "../health-score/planner/header-detection";
import {
  IDS_NAME,
  OUTCOME_NAME,
  PREVIOUS_NAME,
  REVENUE_NAME,
  metricName,
} from "../health-score/defined-names";
import { SourceTarget, formatArea } from "../health-score/read-back";
import { ExcelHost } from "./excel-host";
import { ColumnRead, readColumns } from "./read-columns";
import { SheetNames, ownedSheets, readWorkbook } from "./read-workbook";
import { queueSourceTargets } from "./source-names";
import { lastUsedRow } from "./used-range";

export interface SourcesOptions {
  readonly buildId: string;
  /** The owned score sheet to rebuild. */
  readonly rebuild?: string;
}

/** A config address found in the workbook: its first area on an existing sheet. */
interface Located {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  /** Undefined for a whole column. */
  readonly bottom?: number;
}

export function readSources(
  host: ExcelHost,
  config: HealthScoreConfig,
  options: SourcesOptions
): Promise<PlanSources> {
  return host.run(async (context) => {
    const workbook = await readWorkbook(context);
    const located = [...new Set(configAddresses(config))].flatMap((address) => {
      const found = locate(address, workbook.sheets);
      return found ? [found] : [];
    });
    const scoreSheet = workbook.sheets.find((s) => s.name === options.rebuild);
    const targets = scoreSheet && queueSourceTargets(context, scoreSheet);
    const lastRows = queueLastRows(context, located, !!targets);
    await context.sync();
    const last = lastRows();
    const values = await readColumns(
      context,
      located.map((l) => columnRead(l.sheet, l.left, l.top, bottom(l, last)))
    );
    const cells = sheetCells(workbook.sheets, last, located, values);
    const resolved = new Map<string, ResolvedRange>(
      configAddresses(config).map((a) => [a, resolveRange(a, cells) ?? "deleted"])
    );
    const ranges = targets
      ? await growLinked(context, config, resolved, targets(), last)
      : resolved;
    const history = ownedSheets(workbook.sheets).find(
      (o) => o.kind === "history" && o.buildId === options.buildId
    );
    return {
      ranges,
      sheets: workbook.sheets.map(({ name, marker }) => ({ name, marker })),
      structureProtected: workbook.structureProtected,
      buildId: options.buildId,
      builtAt: localSerialMinute(new Date()),
      productVersion: PRODUCT_VERSION,
      ...(scoreSheet ? { rebuild: { sheet: scoreSheet.name, history: history?.sheet.name } } : {}),
    };
  });
}

function locate(address: string, sheets: readonly SheetNames[]): Located | undefined {
  const [first] = parseAddress(address) ?? [];
  if (!first) return undefined;
  const sheet =
    first.sheet === undefined
      ? sheets[0]
      : sheets.find((s) => s.name.toLowerCase() === first.sheet?.toLowerCase());
  return sheet && { sheet: sheet.name, top: first.top, left: first.left, bottom: first.bottom };
}

/** Last used rows of the sheets that whole columns (or, on Rebuild, the ids) need. */
function queueLastRows(
  context: ExcelContext,
  located: readonly Located[],
  rebuild: boolean
): () => Map<string, number> {
  const sheets = new Set(
    located.filter((l) => rebuild || l.bottom === undefined).map((l) => l.sheet)
  );
  const used = [...sheets].map(
    (name) =>
      [
        name,
        context.workbook.worksheets
          .getItem(name)
          .getUsedRangeOrNullObject(true)
          .load("rowIndex, rowCount"),
      ] as const
  );
  return () => new Map(used.map(([name, range]) => [name, lastUsedRow(range)]));
}

/** As resolve-ranges cuts a whole column: at the last used row, never above the top. */
const bottom = (l: Located, last: ReadonlyMap<string, number>): number =>
  l.bottom ?? Math.max(last.get(l.sheet) ?? 0, l.top);

const columnRead = (sheet: string, column: number, first: number, last: number): ColumnRead => ({
  sheet,
  row: first - 1,
  column: column - 1,
  rows: Math.max(0, last - first + 1),
});

/**
 * Rebuild: the linked roles grow by the account rows added directly below the linked ids
 * (contiguous non-blank ids down to the sheet's last used row).
 */
async function growLinked(
  context: ExcelContext,
  config: HealthScoreConfig,
  ranges: ReadonlyMap<string, ResolvedRange>,
  targets: ReadonlyMap<string, SourceTarget>,
  last: ReadonlyMap<string, number>
): Promise<ReadonlyMap<string, ResolvedRange>> {
  const linked = linkedAddresses(config, targets);
  const ids = config.ids && linked.has(config.ids.range) ? ranges.get(config.ids.range) : undefined;
  if (ids === undefined || ids === "deleted") return ranges;
  const below = (r: SourceRange) => r.top + r.rows;
  const [tail] = await readColumns(context, [
    columnRead(ids.sheet, ids.left, below(ids), last.get(ids.sheet) ?? 0),
  ]);
  const blank = tail.findIndex(isBlank);
  const added = blank === -1 ? tail.length : blank;
  if (added === 0) return ranges;
  const grown = [...linked].flatMap((address) => {
    const range = ranges.get(address);
    return range && range !== "deleted" ? [[address, range] as const] : [];
  });
  const more = await readColumns(
    context,
    grown.map(([, r]) => columnRead(r.sheet, r.left, below(r), below(r) + added - 1))
  );
  const result = new Map(ranges);
  grown.forEach(([address, r], i) =>
    result.set(address, { ...r, rows: r.rows + added, values: [...r.values, ...more[i]] })
  );
  return result;
}

/** Config addresses that are what their role's source name gives now (see the file comment). */
function linkedAddresses(
  config: HealthScoreConfig,
  targets: ReadonlyMap<string, SourceTarget>
): Set<string> {
  const roles = [
    [IDS_NAME, config.ids],
    ...(config.metrics ?? []).map((m, k) => [metricName(k), m] as const),
    [PREVIOUS_NAME, config.previousScore],
    [REVENUE_NAME, config.revenue],
    [OUTCOME_NAME, config.outcome],
  ] as const;
  const linked = new Set<string>();
  for (const [name, choice] of roles) {
    const target = targets.get(name);
    if (!choice || !target) continue;
    const [area] = parseAddress(choice.range) ?? [];
    if (!area?.sheet || area.bottom === undefined) continue;
    const headers = choice.header === true ? [1] : choice.header === false ? [0] : [0, 1];
    const given = formatArea({ ...area, sheet: area.sheet });
    if (headers.some((h) => formatArea({ ...target, top: target.top - h }) === given))
      linked.add(choice.range);
  }
  return linked;
}

/** The read values as resolve-ranges' sheets, so ranges take exactly the file writer's shape. */
function sheetCells(
  sheets: readonly SheetNames[],
  last: ReadonlyMap<string, number>,
  located: readonly Located[],
  values: readonly (readonly SourceValue[])[]
): SheetCells[] {
  const columns = new Map<string, { top: number; values: readonly SourceValue[] }[]>();
  located.forEach((l, i) => {
    const key = `${l.sheet}\u0000${l.left}`;
    columns.set(key, [...(columns.get(key) ?? []), { top: l.top, values: values[i] }]);
  });
  return sheets.map((s) => ({
    name: s.name,
    lastRow: last.get(s.name) ?? 0,
    value: (row, column) => {
      const reads = columns.get(`${s.name}\u0000${column}`) ?? [];
      const read = reads.find((r) => row >= r.top && row < r.top + r.values.length);
      return read ? read.values[row - read.top] : null;
    },
  }));
}

/**
 * Snapshot (docs/health-score.md, "History and snapshots") through Office.js: reads the score
 * sheet's ids, calculated scores, points and metric names in chunks, and the history sheet's last
 * rows and points headers; lets `planSnapshot` decide every cell to write, and applies its writes
 * in order (rows, points and headers, then the index row, so the baseline only ever points at whole
 * snapshots). Cancel is honoured while reading; once writing starts the few syncs run to the end.
 */
import type { ExcelContext, ExcelRange, ExcelWorksheet } from "./excel-surface";
import { Locale, SourceValue } from "../health-score";
import { message } from "../health-score/locales";
import { HEADERS_NAME, OWNER_NAME } from "../health-score/defined-names";
import { HISTORY, historyColumn } from "../health-score/planner/history-layout";
import { ROW } from "../health-score/planner/layout";
import { localSerialMinute } from "../health-score/local-time";
import {
  ScoreSheetIdentity,
  SnapshotWrite,
  currentMetricNames,
  tableLayout,
  planSnapshot,
  scoreSheetIdentity,
} from "../health-score/snapshot";
import { Progress, SnapshotOutcome } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { batches } from "./write-batches";
import { WriteOp, textInput } from "./write-ops";
import { Cancelled, errorText, sendBatches } from "./write-sync";

/**
 * Rows read per sync. Up to 14 cells a row (id, 12 metrics' points, score); an id of up to ~90
 * characters and 13 numbers keep a chunk's response under 4 MB.
 */
export const READ_CHUNK_ROWS = 10_000;

const NEVER_CANCELLED: Progress = { report: () => undefined, cancelled: () => false };

/** A refusal or failure, in the sheet's locale. */
class Refusal extends Error {}

const REFUSAL_KEYS = {
  noHistory: "snapshotNoHistory",
  noScores: "snapshotNoScores",
  full: "snapshotFull",
  noColumns: "snapshotNoColumns",
} as const;

export async function takeSnapshot(
  host: ExcelHost,
  scoreSheet: string,
  progress: Progress,
  now: () => Date = () => new Date()
): Promise<SnapshotOutcome> {
  let locale: Locale = "en";
  try {
    return await host.run(async (context) => {
      const identity = await identify(context, scoreSheet);
      locale = identity.locale;
      const history = await pairedHistory(context, identity);
      const read = await readScores(context, scoreSheet, identity, progress);
      const timestamp = localSerialMinute(now());
      const plan = planSnapshot({ ...read, history: history?.read, timestamp });
      if (!plan.ok) {
        const params = {
          sheet: scoreSheet,
          history: history?.name ?? "",
          n: plan.needed ?? 0,
          free: plan.free ?? 0,
        };
        throw new Refusal(message(locale, REFUSAL_KEYS[plan.reason], params));
      }
      const sheet = (history as PairedHistory).name;
      const list = batches(plan.writes.map((write) => writeOp(sheet, write)));
      const total = read.chunks + list.length;
      const reporter: Progress = { report: progress.report, cancelled: NEVER_CANCELLED.cancelled };
      await sendBatches(host, context, list, reporter, read.chunks, total);
      return { ok: true as const, rows: plan.rows, timestamp };
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    if (error instanceof Cancelled)
      return { ok: false, message: message(locale, "snapshotCancelled") };
    return { ok: false, message: message(locale, "snapshotFailed", { error: errorText(error) }) };
  }
}

/** A planned write as the writer's operation: texts kept as text, blanks written empty. */
const writeOp = (sheet: string, write: SnapshotWrite): WriteOp =>
  "numberFormat" in write
    ? { kind: "numberFormat", sheet, rect: write.rect, format: write.numberFormat }
    : {
        kind: "cells",
        sheet,
        rect: write.rect,
        inputs: write.values.map((row) =>
          row.map((v) => (v === null ? "" : typeof v === "string" ? textInput(v) : v))
        ),
      };

async function identify(context: ExcelContext, scoreSheet: string): Promise<ScoreSheetIdentity> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(scoreSheet);
  await context.sync();
  const refuse = () => new Refusal(message("en", "snapshotNoSheet", { sheet: scoreSheet }));
  if (sheet.isNullObject) throw refuse();
  const owner = sheet.names.getItemOrNullObject(OWNER_NAME);
  const headers = sheet.names.getItemOrNullObject(HEADERS_NAME);
  owner.load("formula");
  headers.load("formula");
  await context.sync();
  const identity = scoreSheetIdentity(
    owner.isNullObject ? undefined : owner.formula,
    headers.isNullObject ? undefined : headers.formula
  );
  if (!identity) throw refuse();
  return identity;
}

interface PairedHistory {
  readonly name: string;
  readonly read: {
    readonly lastRowAC: number;
    readonly lastRowFH: number;
    readonly pointsHeader: SourceValue[];
  };
}

/** The one sheet carrying this build's history marker: its last used rows and points headers. */
async function pairedHistory(
  context: ExcelContext,
  identity: ScoreSheetIdentity
): Promise<PairedHistory | undefined> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const owners = worksheets.items.map((sheet) => {
    const owner = sheet.names.getItemOrNullObject(OWNER_NAME);
    owner.load("formula");
    return { sheet, owner };
  });
  await context.sync();
  const holders = owners.filter(
    (o) => !o.owner.isNullObject && o.owner.formula === identity.historyMarker
  );
  // A copied history sheet duplicates the marker: then neither is owned.
  if (holders.length !== 1) return undefined;
  const sheet = holders[0].sheet;
  // A range's used range is the sheet's used range cut to it, so its bottom is only a bound:
  // exact for A:C (the snapshot rows are the lowest cells the sheet holds) but not for the
  // short index block, whose last filled row is searched from that bound upwards.
  const blocks = (
    [
      ["snapshot", "score"],
      ["indexSnapshot", "indexRows"],
    ] as const
  ).map(([left, right]) => {
    const address = `${historyColumn(left)}:${historyColumn(right)}`;
    const used = sheet.getRange(address).getUsedRangeOrNullObject(true);
    used.load("rowIndex, rowCount");
    return used;
  });
  const header = sheet.getRangeByIndexes(
    0,
    HISTORY.firstPoints - 1,
    1,
    HISTORY.lastPoints - HISTORY.firstPoints + 1
  );
  header.load("values");
  await context.sync();
  const bottom = (used: ExcelRange) => (used.isNullObject ? 0 : used.rowIndex + used.rowCount);
  const indexColumns = HISTORY.indexRows - HISTORY.indexSnapshot + 1;
  return {
    name: sheet.name,
    read: {
      lastRowAC: bottom(blocks[0]),
      lastRowFH: await lastFilledRow(
        context,
        sheet,
        HISTORY.indexSnapshot - 1,
        indexColumns,
        bottom(blocks[1])
      ),
      pointsHeader: (header.values[0] as SourceValue[]).slice(),
    },
  };
}

/** Rows of the index block read per sync: three mostly empty cells a row, about 1.5 MB. */
export const INDEX_CHUNK_ROWS = 100_000;

/** The last row (1-based, 0 if none) up to `bound` with a value in `columns` columns from the 0-based `firstColumnIndex`. */
async function lastFilledRow(
  context: ExcelContext,
  sheet: ExcelWorksheet,
  firstColumnIndex: number,
  columns: number,
  bound: number
): Promise<number> {
  for (let end = bound; end > 0; end -= INDEX_CHUNK_ROWS) {
    const start = Math.max(1, end - INDEX_CHUNK_ROWS + 1);
    const range = sheet.getRangeByIndexes(start - 1, firstColumnIndex, end - start + 1, columns);
    range.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per chunk
    await context.sync();
    const values: unknown[][] = range.values;
    for (let i = values.length - 1; i >= 0; i--)
      if (values[i].some((v) => v !== "")) return start + i;
  }
  return 0;
}

/**
 * Ids (column A), points and scores of every table row, in chunks below the header, and the
 * metrics' names in panel row 6. Points and Score are adjacent columns, read as one block.
 */
async function readScores(
  context: ExcelContext,
  scoreSheet: string,
  identity: ScoreSheetIdentity,
  progress: Progress
): Promise<{
  ids: SourceValue[];
  scores: SourceValue[];
  points: SourceValue[][];
  metricNames: SourceValue[];
  chunks: number;
}> {
  const sheet = context.workbook.worksheets.getItem(scoreSheet);
  // The panel may reach lower than the table; its rows have no id and no score.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, rowCount");
  const width = Math.max(...identity.panelLabels) + identity.layouts[0].metrics;
  const [headerRow, namesRow] = [1, ROW.metric].map((row) =>
    sheet.getRangeByIndexes(row - 1, 0, 1, width).load("values")
  );
  await context.sync();
  const l = tableLayout(identity, headerRow.values[0] as SourceValue[]);
  const metricNames = currentMetricNames(identity, namesRow.values[0] as SourceValue[]);
  const lastRow = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
  const chunks = Math.ceil(Math.max(0, lastRow - 1) / READ_CHUNK_ROWS);
  const ids: SourceValue[] = [];
  const scores: SourceValue[] = [];
  const points: SourceValue[][] = [];
  const first = l.points(0);
  for (let c = 0; c < chunks; c++) {
    if (progress.cancelled()) throw new Cancelled();
    const top = 1 + c * READ_CHUNK_ROWS;
    const rows = Math.min(READ_CHUNK_ROWS, lastRow - top);
    const idRange = sheet.getRangeByIndexes(top, 0, rows, 1);
    const block = sheet.getRangeByIndexes(top, first - 1, rows, l.score - first + 1);
    idRange.load("values, valueTypes");
    block.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per chunk
    await context.sync();
    const types: string[][] = idRange.valueTypes;
    idRange.values.forEach(([v], i) =>
      ids.push(types[i][0] === "Error" ? { error: String(v) } : (v as SourceValue))
    );
    for (const row of block.values as SourceValue[][]) {
      points.push(row.slice(0, l.metrics));
      scores.push(row[l.metrics]);
    }
    progress.report(c + 1, chunks + 1);
  }
  return { ids, scores, points, metricNames, chunks };
}

/**
 * Snapshot (spec §6) through Office.js: reads the score sheet's ids and calculated scores in
 * chunks, lets `planSnapshot` decide what to append, and appends it to the paired history sheet
 * (rows in A:C, then the index row in F:H, so the baseline only ever points at whole snapshots).
 * Cancel is honoured while reading; once writing starts the few syncs run to the end.
 */
import type { ExcelContext, ExcelRange, ExcelWorksheet } from "./excel-surface";
import { Locale, SourceValue } from "../health-score";
import { message } from "../health-score/locales";
import { HEADERS_NAME, OWNER_NAME } from "../health-score/defined-names";
import { localSerialMinute } from "../health-score/local-time";
import { ScoreSheetIdentity, planSnapshot, scoreSheetIdentity } from "../health-score/snapshot";
import { Progress, SnapshotOutcome } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { batches } from "./write-batches";
import { WriteOp, textInput } from "./write-ops";
import { Cancelled, errorText, sendBatches } from "./write-sync";

/**
 * Rows read per sync. Two cells a row; an id of up to ~90 characters keeps a chunk's response
 * under 4 MB, and the 5,000,000-cell read limit is far away.
 */
export const READ_CHUNK_ROWS = 20_000;
const TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm";

const NEVER_CANCELLED: Progress = { report: () => undefined, cancelled: () => false };

/** A refusal or failure, in the sheet's locale. */
class Refusal extends Error {}

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
      const { ids, scores, chunks } = await readScores(context, scoreSheet, identity, progress);
      const timestamp = localSerialMinute(now());
      const plan = planSnapshot({ ids, scores, history: history?.lastRows, timestamp });
      if (!plan.ok) {
        const params = {
          sheet: scoreSheet,
          history: history?.name ?? "",
          n: plan.needed ?? 0,
          free: plan.free ?? 0,
        };
        const key = {
          noHistory: "snapshotNoHistory",
          noScores: "snapshotNoScores",
          full: "snapshotFull",
        } as const;
        throw new Refusal(message(locale, key[plan.reason], params));
      }
      const sheet = (history as PairedHistory).name;
      const ops: WriteOp[] = [
        {
          kind: "cells",
          sheet,
          rect: {
            top: plan.firstRow,
            left: 1,
            bottom: plan.firstRow + plan.rows.length - 1,
            right: 3,
          },
          inputs: plan.rows.map(([t, id, score]) => [
            t,
            typeof id === "string" ? textInput(id) : id,
            score,
          ]),
        },
        {
          kind: "numberFormat",
          sheet,
          rect: {
            top: plan.firstRow,
            left: 1,
            bottom: plan.firstRow + plan.rows.length - 1,
            right: 1,
          },
          format: TIMESTAMP_FORMAT,
        },
        {
          kind: "cells",
          sheet,
          rect: { top: plan.indexRow, left: 6, bottom: plan.indexRow, right: 8 },
          inputs: [[...plan.index]],
        },
        {
          kind: "numberFormat",
          sheet,
          rect: { top: plan.indexRow, left: 6, bottom: plan.indexRow, right: 6 },
          format: TIMESTAMP_FORMAT,
        },
      ];
      const list = batches(ops);
      const total = chunks + list.length;
      const reporter: Progress = { report: progress.report, cancelled: NEVER_CANCELLED.cancelled };
      await sendBatches(host, context, list, reporter, chunks, total);
      return { ok: true as const, rows: plan.rows.length, timestamp };
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    if (error instanceof Cancelled)
      return { ok: false, message: message(locale, "snapshotCancelled") };
    return { ok: false, message: message(locale, "snapshotFailed", { error: errorText(error) }) };
  }
}

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
  readonly lastRows: { readonly lastRowAC: number; readonly lastRowFH: number };
}

/** The one sheet carrying this build's history marker, with its last used rows. */
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
  // A copied history sheet duplicates the marker: then neither is owned (§7).
  if (holders.length !== 1) return undefined;
  const sheet = holders[0].sheet;
  // A range's used range is the sheet's used range cut to it, so its bottom is only a bound:
  // exact for A:C (the snapshot rows are the lowest cells the sheet holds) but not for the
  // short index block, whose last filled row is searched from that bound upwards.
  const blocks = ["A:C", "F:H"].map((address) => {
    const used = sheet.getRange(address).getUsedRangeOrNullObject(true);
    used.load("rowIndex, rowCount");
    return used;
  });
  await context.sync();
  const bottom = (used: ExcelRange) => (used.isNullObject ? 0 : used.rowIndex + used.rowCount);
  return {
    name: sheet.name,
    lastRows: {
      lastRowAC: bottom(blocks[0]),
      lastRowFH: await lastFilledRow(context, sheet, 5, 3, bottom(blocks[1])),
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
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per chunk (§9)
    await context.sync();
    const values: unknown[][] = range.values;
    for (let i = values.length - 1; i >= 0; i--)
      if (values[i].some((v) => v !== "")) return start + i;
  }
  return 0;
}

/** Ids (column A) and scores of every table row, in chunks below the header. */
async function readScores(
  context: ExcelContext,
  scoreSheet: string,
  identity: ScoreSheetIdentity,
  progress: Progress
): Promise<{ ids: SourceValue[]; scores: SourceValue[]; chunks: number }> {
  const sheet = context.workbook.worksheets.getItem(scoreSheet);
  // The panel may reach lower than the table; its rows have no id and no score.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, rowCount");
  await context.sync();
  const lastRow = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
  const chunks = Math.ceil(Math.max(0, lastRow - 1) / READ_CHUNK_ROWS);
  const ids: SourceValue[] = [];
  const scores: SourceValue[] = [];
  for (let c = 0; c < chunks; c++) {
    if (progress.cancelled()) throw new Cancelled();
    const first = 1 + c * READ_CHUNK_ROWS;
    const rows = Math.min(READ_CHUNK_ROWS, lastRow - first);
    const idRange = sheet.getRangeByIndexes(first, 0, rows, 1);
    const scoreRange = sheet.getRangeByIndexes(first, identity.scoreColumn - 1, rows, 1);
    idRange.load("values, valueTypes");
    scoreRange.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read per chunk (§9)
    await context.sync();
    const types: string[][] = idRange.valueTypes;
    idRange.values.forEach(([v], i) =>
      ids.push(types[i][0] === "Error" ? { error: String(v) } : (v as SourceValue))
    );
    for (const [v] of scoreRange.values) scores.push(v as SourceValue);
    progress.report(c + 1, chunks + 1);
  }
  return { ids, scores, chunks };
}

/**
 * Share's writer (docs/share.md, "In the task pane"). Make shareable records every cell it will
 * change in the add-in's very hidden `CSMetrics_Originals` sheet first, then converts chunk by
 * chunk: after each chunk's writes it recalculates, reads the converted cells back and gives any
 * cell whose value changed its CS formula again (listed). Cancel between chunks, or a failed sync,
 * puts back every chunk converted so far and removes what this run added to the record. Restore
 * puts the CS formulas back from the record, for all cells or one sheet, skipping (and listing)
 * cells changed since, and removes the record once every cell is back. Nothing else is ever
 * changed: no cell without a CS call, no health-score sheet, no sheet renamed, deleted (but the
 * record) or unprotected. Every sync's request stays under 4 MB.
 *
 * Over 300 lines: Make shareable and Restore share the record and the undo path, kept together.
 */
import type { ExcelContext, ExcelRange, ExcelWorksheet } from "./excel-surface";
import { Rect } from "../health-score";
import {
  RECORD_COLUMNS,
  RECORD_HEADER,
  RECORD_SHEET,
  RecordEntry,
  entriesOf,
  isRecordHeader,
  parseRecord,
  recordRow,
  restoreState,
} from "../share/originals-record";
import { CellWrite, PlannedCell, a1, readBackOutcome, runs } from "../share/share-plan";
import { EditedCell, RestoreResult, ShareCheck, ShareResult } from "../wizard/share-port";
import { ShareOutcome } from "../share/share-report";
import { Progress } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { readBlock } from "./read-blocks";
import { readShare } from "./share-read";
import { Batch, batches } from "./write-batches";
import { applyOp, sheetCache } from "./write-apply";
import { CellInput, WriteOp } from "./write-ops";
import { Cancelled, errorText } from "./write-sync";

/** Cells converted per chunk: each chunk is written, recalculated and read back on its own. */
export const CONVERT_CHUNK = 2_000;

/** The record sheet, its rows as read (header first), or undefined when there is none. */
interface RecordSheet {
  readonly exists: boolean;
  readonly rows: unknown[][];
}

async function readRecord(context: ExcelContext): Promise<RecordSheet> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(RECORD_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
  await context.sync();
  if (sheet.isNullObject) return { exists: false, rows: [] };
  if (used.isNullObject) return { exists: true, rows: [] };
  const rows: unknown[][] = [];
  const block = {
    sheet: RECORD_SHEET,
    row: 0,
    column: 0,
    rows: used.rowCount,
    columns: RECORD_COLUMNS,
  };
  await readBlock(context, block, ["values"], ({ data }) => rows.push(...data.values));
  return { exists: true, rows: isRecordHeader(rows[0]) ? rows : [] };
}

/** Recorded cells per sheet (for Check and the Restore choice). */
export function recordedPerSheet(entries: readonly RecordEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.sheet, (counts.get(e.sheet) ?? 0) + 1);
  return counts;
}

/** Every record cell is written as text ('…): Excel keeps it exactly, whatever it looks like. */
const asText = (cells: readonly string[]): string[] => cells.map((c) => `'${c}`);

/** Write ops putting `rows` into the record from 0-based row `at`. */
function recordOps(rows: readonly string[][], at: number): WriteOp[] {
  const ops: WriteOp[] = [];
  for (let i = 0; i < rows.length; i += 1_000) {
    const slice = rows.slice(i, i + 1_000).map(asText);
    const rect: Rect = {
      top: at + i + 1,
      bottom: at + i + slice.length,
      left: 1,
      right: RECORD_COLUMNS,
    };
    ops.push({ kind: "cells", sheet: RECORD_SHEET, rect, inputs: slice });
  }
  return ops;
}

/** Cell writes as `cells` operations: `value` of each write, one rectangle per column run. */
function cellOps(writes: readonly CellWrite[], value: (w: CellWrite) => CellInput): WriteOp[] {
  return runs(writes, value).map((run) => ({
    kind: "cells",
    sheet: run.sheet,
    rect: {
      top: run.row + 1,
      bottom: run.row + run.values.length,
      left: run.column + 1,
      right: run.column + 1,
    },
    inputs: run.values,
  }));
}

/** The range of a column run of cells. */
const runRange = (
  context: ExcelContext,
  run: { sheet: string; row: number; column: number; values: unknown[][] }
): ExcelRange =>
  context.workbook.worksheets
    .getItem(run.sheet)
    .getRangeByIndexes(run.row, run.column, run.values.length, 1);

/** Sends operations in syncs under 4 MB; `between` runs before each (Cancel). */
class Sender {
  syncs = 0;
  largest = 0;
  constructor(private readonly context: ExcelContext) {}

  async send(ops: readonly WriteOp[], between: () => void = () => undefined): Promise<void> {
    for (const batch of batches(ops)) {
      between();
      await this.sendOne(batch);
    }
  }

  private async sendOne(batch: Batch): Promise<void> {
    const sheetOf = sheetCache(this.context);
    for (const op of batch.ops) applyOp(sheetOf, op);
    this.syncs++;
    this.largest = Math.max(this.largest, batch.payload);
    await this.context.sync();
  }
}

const failure = (error: unknown) =>
  error instanceof Cancelled
    ? ({ ok: false, reason: "cancelled", message: "" } as const)
    : ({ ok: false, reason: "failed", message: errorText(error) } as const);

/** Check: reads only. */
export function checkShare(host: ExcelHost, progress: Progress): Promise<ShareCheck> {
  return host.run(async (context) => {
    const record = await readRecord(context);
    const { entries } = parseRecord(record.rows);
    return (await readShare(context, progress, recordedPerSheet(entries))).check;
  });
}

export function makeShareable(host: ExcelHost, progress: Progress): Promise<ShareResult> {
  return host.run(async (context) => {
    let read: Awaited<ReturnType<typeof readShare>>;
    let record: RecordSheet;
    try {
      read = await readShare(context, progress);
      record = await readRecord(context);
    } catch (error) {
      return failure(error); // nothing was written yet
    }
    const sender = new Sender(context);
    const outcomes = new Map<PlannedCell, ShareOutcome>();
    const converted: CellWrite[] = [];
    const readBack = new Set<CellWrite>();
    const start = record.rows.length;
    let created = false;
    let entries: RecordedWrite[] = [];
    const chunks: PlannedCell[][] = [];
    for (let i = 0; i < read.planned.length; i += CONVERT_CHUNK)
      chunks.push(read.planned.slice(i, i + CONVERT_CHUNK));
    const total = chunks.length + 1;
    const cancel = () => {
      if (progress.cancelled()) throw new Cancelled();
    };
    try {
      if (read.planned.length > 0) {
        // 1. The record, before any cell changes.
        let sheet: ExcelWorksheet;
        if (!record.exists) {
          sheet = context.workbook.worksheets.add(RECORD_SHEET);
          created = true;
          sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
        }
        const date = new Date().toISOString();
        entries = read.planned.flatMap((p) =>
          p.writes.map((w) => ({
            write: w,
            entry: entriesOf(
              [{ ...w, rule: p.outcome.rule === "value" ? "value" : "native" }],
              date
            )[0],
          }))
        );
        const rows = [
          ...(start === 0 ? [[...RECORD_HEADER]] : []),
          ...entries.map((e) => recordRow(e.entry)),
        ];
        await sender.send(recordOps(rows, start), cancel);
        progress.report(1, total);
        // 2. Chunk by chunk: write, recalculate, read back, restore what changed.
        for (const [k, chunk] of chunks.entries()) {
          cancel();
          const writes = chunk.flatMap((p) => p.writes);
          converted.push(...writes);
          await sender.send(cellOps(writes, (w) => w.input));
          context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
          const back = runs(writes, (w) => w).map((run) => ({
            run,
            range: runRange(context, run).load("values"),
          }));
          sender.syncs++;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one read-back per chunk
          await context.sync();
          const actual = new Map<CellWrite, unknown>();
          for (const { run, range } of back)
            run.values.forEach(([w], i) => actual.set(w, range.values[i][0]));
          const restore: CellWrite[] = [];
          for (const p of chunk) {
            const result = readBackOutcome(
              p,
              p.writes.map((w) => actual.get(w))
            );
            outcomes.set(p, result.outcome);
            restore.push(...result.restore);
          }
          await sender.send(cellOps(restore, (w) => w.original));
          for (const w of restore) readBack.add(w);
          progress.report(k + 2, total);
        }
        // 3. Cells the read-back restored hold their CS formula: the record drops them.
        if (readBack.size > 0) await trimRecord(context, sender, entries, readBack, start, created);
      }
    } catch (error) {
      await undo(context, sender, converted, created, start).catch(() => undefined);
      return failure(error);
    }
    const byOutcome = new Map(read.planned.map((p) => [p.outcome, outcomes.get(p)]));
    const final = read.check.outcomes.map((o) => byOutcome.get(o) ?? o);
    return { ok: true, outcomes: final, syncs: sender.syncs, largestPayload: sender.largest };
  });
}

interface RecordedWrite {
  readonly write: CellWrite;
  readonly entry: RecordEntry;
}

/** Rewrites this run's rows of the record without the cells the read-back restored. */
async function trimRecord(
  context: ExcelContext,
  sender: Sender,
  entries: readonly RecordedWrite[],
  restored: ReadonlySet<CellWrite>,
  start: number,
  created: boolean
): Promise<void> {
  const kept = entries.filter((e) => !restored.has(e.write)).map((e) => recordRow(e.entry));
  const sheet = context.workbook.worksheets.getItem(RECORD_SHEET);
  if (kept.length === 0 && created) {
    sheet.delete();
    sender.syncs++;
    await context.sync();
    return;
  }
  const first = Math.max(start, 1);
  sheet
    .getRangeByIndexes(first, 0, entries.length, RECORD_COLUMNS)
    .clear("Contents" as Excel.ClearApplyTo);
  sender.syncs++;
  await context.sync();
  await sender.send(recordOps(kept, first));
}

/** Cancel or failure: every converted cell gets its original back; the record loses this run. */
async function undo(
  context: ExcelContext,
  sender: Sender,
  converted: readonly CellWrite[],
  created: boolean,
  start: number
): Promise<void> {
  await sender.send(cellOps(converted, (w) => w.original));
  const record = context.workbook.worksheets.getItemOrNullObject(RECORD_SHEET);
  const used = record.getUsedRangeOrNullObject(true).load("rowCount");
  await context.sync();
  if (record.isNullObject) return;
  if (created) record.delete();
  else if (!used.isNullObject && used.rowCount > start)
    record
      .getRangeByIndexes(start, 0, used.rowCount - start, RECORD_COLUMNS)
      .clear("Contents" as Excel.ClearApplyTo);
  await context.sync();
}

/** Restore: all recorded cells, or `only` one sheet's. */
export function restoreShare(
  host: ExcelHost,
  only: string | undefined,
  progress: Progress
): Promise<RestoreResult> {
  return host.run(async (context) => {
    const sender = new Sender(context);
    try {
      const record = await readRecord(context);
      if (!record.exists)
        return { ok: true, restored: 0, edited: [], unreadable: 0, recordRemoved: true };
      const { entries, unreadable } = parseRecord(record.rows);
      const worksheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const present = new Set(worksheets.items.map((s) => s.name));
      const chosen = entries.filter((e) => only === undefined || e.sheet === only);
      const edited: EditedCell[] = [];
      const back = new Set<RecordEntry>();
      const restore: RecordEntry[] = [];
      const readable = chosen.filter((e) => {
        if (present.has(e.sheet)) return true;
        edited.push({ sheet: e.sheet, address: a1(e.row, e.column) });
        return false;
      });
      // The cells' formulas now, a few thousand cells per sync.
      const asWrites = readable.map((e) => ({
        ...e,
        input: e.original,
        expected: "" as const,
        entry: e,
      }));
      const groups = runs(asWrites, (w) => w);
      const total = Math.max(1, Math.ceil(groups.length / 200)) + 1;
      for (let i = 0; i < groups.length; i += 200) {
        if (progress.cancelled()) throw new Cancelled();
        const loaded = groups.slice(i, i + 200).map((run) => ({
          run,
          range: runRange(context, run).load("formulas"),
        }));
        sender.syncs++;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of runs
        await context.sync();
        for (const { run, range } of loaded)
          run.values.forEach(([w], r) => {
            const state = restoreState(w.entry, range.formulas[r][0]);
            if (state === "restore") restore.push(w.entry);
            else if (state === "back") back.add(w.entry);
            else edited.push({ sheet: w.sheet, address: a1(w.row, w.column) });
          });
        progress.report(i / 200 + 1, total);
      }
      if (progress.cancelled()) throw new Cancelled();
      const writes = restore.map((e) => ({ ...e, input: e.original, expected: "" as const }));
      await sender.send(cellOps(writes, (w) => w.original));
      // The record keeps what is not back: other sheets' cells and cells edited since.
      const done = new Set<RecordEntry>([...restore, ...back]);
      const remaining = entries.filter((e) => !done.has(e));
      const sheet = context.workbook.worksheets.getItem(RECORD_SHEET);
      if (remaining.length === 0 && unreadable.length === 0) sheet.delete();
      else {
        sheet
          .getRangeByIndexes(0, 0, record.rows.length, RECORD_COLUMNS)
          .clear("Contents" as Excel.ClearApplyTo);
        await context.sync();
        const kept = unreadable.map((row) => record.rows[row - 1].map((c) => String(c ?? "")));
        await sender.send(recordOps([[...RECORD_HEADER], ...remaining.map(recordRow), ...kept], 0));
      }
      await context.sync();
      progress.report(total, total);
      return {
        ok: true,
        restored: restore.length,
        edited,
        unreadable: unreadable.length,
        recordRemoved: remaining.length === 0 && unreadable.length === 0,
      };
    } catch (error) {
      return failure(error);
    }
  });
}

/**
 * Sending write batches: one sync each, with calculation (and screen updating) suspended, Cancel
 * checked before each and progress reported after each.
 */
import type { ExcelContext } from "./excel-surface";
import { Progress } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { Batch } from "./write-batches";
import { applyOp, sheetCache } from "./write-apply";

/** Thrown between syncs when the user pressed Cancel. */
export class Cancelled extends Error {}

/**
 * The text of an Office.js error (RichApi errors carry a code such as `ItemNotFound`), without a
 * final full stop: the messages that quote it end with their own.
 */
export function errorText(error: unknown): string {
  return fullText(error).replace(/[.。]\s*$/u, "");
}

function fullText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code)
      ? `${code}: ${error.message}`
      : error.message;
  }
  return String(error);
}

/** Queues the suspensions Excel allows before a sync (ExcelApi 1.6; screen updating 1.9). */
export function suspendUntilSync(host: ExcelHost, context: ExcelContext): void {
  const application = context.workbook.application;
  application.suspendApiCalculationUntilNextSync();
  if (host.isSetSupported("ExcelApi", "1.9")) application.suspendScreenUpdatingUntilNextSync();
}

/**
 * Sends the batches, one sync each, checking Cancel before each and reporting after each.
 * Returns the number of syncs made.
 */
export async function sendBatches(
  host: ExcelHost,
  context: ExcelContext,
  list: readonly Batch[],
  progress: Progress,
  doneBefore: number,
  total: number
): Promise<number> {
  let done = doneBefore;
  for (const batch of list) {
    if (progress.cancelled()) throw new Cancelled();
    const sheetOf = sheetCache(context);
    for (const op of batch.ops) applyOp(sheetOf, op);
    suspendUntilSync(host, context);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ≤ 4 MB batch (docs/health-score.md)
    await context.sync();
    progress.report(++done, total);
  }
  return done - doneBefore;
}

export const largestPayload = (list: readonly Batch[]): number =>
  list.reduce((max, b) => Math.max(max, b.payload), 0);

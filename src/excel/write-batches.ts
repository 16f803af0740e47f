/**
 * Groups write operations into syncs whose request payload stays under 4 MB (docs/health-score.md,
 * "The Excel writer": a margin under Excel on the web's 5 MB per request). The payload of an
 * operation is estimated as the UTF-8 size of its data serialised as JSON plus a fixed allowance
 * for the actions and proxy objects Office.js queues for it (a range proxy, the property set or
 * method call, ids). Operations too large for one piece are split by rows first.
 */
import { Rect } from "../health-score";
import { WriteOp } from "./write-ops";

export const SYNC_PAYLOAD_LIMIT = 4_000_000;
/** Largest piece an operation is split into, so that pieces pack several to a sync. */
export const PIECE_LIMIT = 1_000_000;
/** Actions and proxies Office.js queues per operation, generously (a few hundred bytes each). */
export const OPERATION_OVERHEAD = 1_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (Arabic and Chinese text take 2–3 bytes a character). */
export const utf8Length = (text: string): number => encoder.encode(text).length;

const json = (value: unknown): number => utf8Length(JSON.stringify(value));
const rows = (r: Rect) => r.bottom - r.top + 1;
const columns = (r: Rect) => r.right - r.left + 1;

/** The estimated request payload of one operation, in bytes. */
export function payloadOf(op: WriteOp): number {
  switch (op.kind) {
    case "cells":
      return json(op.inputs) + OPERATION_OVERHEAD;
    case "numberFormat": {
      // A rows × columns array of the same string: [["f","f"],["f","f"]].
      const perRow = columns(op.rect) * (json(op.format) + 1) + 1;
      return rows(op.rect) * (perRow + 1) + 1 + OPERATION_OVERHEAD;
    }
    default:
      return json(op) + OPERATION_OVERHEAD;
  }
}

/**
 * The operation as pieces of at most `limit` bytes each (cells and number formats split by rows).
 */
export function split(op: WriteOp, limit = PIECE_LIMIT): WriteOp[] {
  if (payloadOf(op) <= limit || rows(rectOf(op)) === 1) return [op];
  if (op.kind !== "cells" && op.kind !== "numberFormat") return [op];
  const half = Math.floor(rows(op.rect) / 2);
  const top: Rect = { ...op.rect, bottom: op.rect.top + half - 1 };
  const bottom: Rect = { ...op.rect, top: op.rect.top + half };
  const halves: WriteOp[] =
    op.kind === "cells"
      ? [
          { ...op, rect: top, inputs: op.inputs.slice(0, half) },
          { ...op, rect: bottom, inputs: op.inputs.slice(half) },
        ]
      : [
          { ...op, rect: top },
          { ...op, rect: bottom },
        ];
  return halves.flatMap((piece) => split(piece, limit));
}

const rectOf = (op: WriteOp): Rect =>
  "rect" in op ? op.rect : { top: 1, left: 1, bottom: 1, right: 1 };

export interface Batch {
  readonly ops: readonly WriteOp[];
  readonly payload: number;
}

/**
 * Consecutive operations packed greedily into batches of at most `limit` bytes, order kept.
 * Throws if a single operation cannot fit (a fill or conditional format of megabytes would be
 * a planner bug, not something to send).
 */
export function batches(
  ops: readonly WriteOp[],
  limit = SYNC_PAYLOAD_LIMIT,
  pieceLimit = PIECE_LIMIT
): Batch[] {
  const result: Batch[] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops.flatMap((o) => split(o, Math.min(pieceLimit, limit)))) {
    const payload = payloadOf(op);
    if (payload > limit) throw new Error(`A ${op.kind} operation needs ${payload} bytes.`);
    if (size + payload > limit) {
      result.push({ ops: current, payload: size });
      current = [];
      size = 0;
    }
    current.push(op);
    size += payload;
  }
  if (current.length > 0) result.push({ ops: current, payload: size });
  return result;
}

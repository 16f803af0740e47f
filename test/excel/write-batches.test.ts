/** Batching write operations into syncs of at most 4 MB (spec §9). */
import fc from "fast-check";
import { Rect } from "../../src/health-score";
import {
  OPERATION_OVERHEAD,
  SYNC_PAYLOAD_LIMIT,
  batches,
  payloadOf,
  split,
  utf8Length,
} from "../../src/excel/write-batches";
import { WriteOp } from "../../src/excel/write-ops";

const rect = (top: number, rows: number, left = 1, columns = 1): Rect => ({
  top,
  left,
  bottom: top + rows - 1,
  right: left + columns - 1,
});

/** The JSON the request would carry for the data of an operation, materialised. */
function materialised(op: WriteOp): unknown {
  if (op.kind !== "numberFormat") return op.kind === "cells" ? op.inputs : op;
  const rows = op.rect.bottom - op.rect.top + 1;
  const columns = op.rect.right - op.rect.left + 1;
  return Array.from({ length: rows }, () => new Array(columns).fill(op.format));
}

const opArb: fc.Arbitrary<WriteOp> = fc.oneof(
  fc
    .record({
      top: fc.integer({ min: 1, max: 1000 }),
      rows: fc.integer({ min: 1, max: 3000 }),
      columns: fc.integer({ min: 1, max: 15 }),
      format: fc.constantFrom("0.00", "+0.0;-0.0;0.0", '"Higher is better";"أفضل"', "#,##0"),
    })
    .map(({ top, rows, columns, format }) => ({
      kind: "numberFormat" as const,
      sheet: "S",
      rect: rect(top, rows, 2, columns),
      format,
    })),
  fc
    .array(
      fc.array(
        fc.oneof(fc.string({ maxLength: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
        { minLength: 3, maxLength: 3 }
      ),
      { minLength: 1, maxLength: 400 }
    )
    .map((inputs) => ({
      kind: "cells" as const,
      sheet: "S",
      rect: rect(1, inputs.length, 1, 3),
      inputs,
    })),
  fc.integer({ min: 2, max: 1_048_576 }).map((bottom) => ({
    kind: "fill" as const,
    sheet: "S",
    rect: { top: 2, left: 1, bottom, right: 4 },
    formulas: ["=A1", "=B1", "=C1", "=D1"],
  }))
);

describe("payload estimate", () => {
  test.each(["abc", "é", "درجة الصحة", "健康评分", "▲ Improving", "😀"])("utf8Length(%j)", (s) =>
    expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"))
  );

  test("is the data's JSON size plus the per-operation allowance", () =>
    fc.assert(
      fc.property(opArb, (op) => {
        const data = Buffer.byteLength(JSON.stringify(materialised(op)), "utf8");
        expect(payloadOf(op)).toBe(data + OPERATION_OVERHEAD);
      }),
      { numRuns: 60 }
    ));
});

describe("batches", () => {
  test("every batch stays under the limit and the operations keep their order", () =>
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 30 }),
        fc.integer({ min: 50_000, max: 4_000_000 }),
        (ops, limit) => {
          const list = batches(ops, limit);
          for (const b of list) {
            expect(b.payload).toBeLessThanOrEqual(limit);
            expect(b.payload).toBe(b.ops.reduce((n, o) => n + payloadOf(o), 0));
          }
          // Greedy: the next batch's first operation would not have fitted into the previous one.
          for (let i = 1; i < list.length; i++)
            expect(list[i - 1].payload + payloadOf(list[i].ops[0])).toBeGreaterThan(limit);
          // Pieces recombine into the original operations, in order.
          const flat = list.flatMap((b) => b.ops);
          expect(flat).toEqual(ops.flatMap((o) => split(o, Math.min(1_000_000, limit))));
        }
      ),
      { numRuns: 40 }
    ));

  test("splitting keeps every row of an operation exactly once", () =>
    fc.assert(
      fc.property(opArb, fc.integer({ min: 5_000, max: 200_000 }), (op, limit) => {
        const pieces = split(op, limit);
        if (op.kind === "fill") expect(pieces).toEqual([op]);
        else {
          expect(pieces.flatMap((p) => materialised(p) as unknown[])).toEqual(materialised(op));
          for (const p of pieces)
            if ("rect" in p && p.rect.bottom > p.rect.top)
              expect(payloadOf(p)).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: 60 }
    ));

  test.each([
    [0, 0],
    [1, 1],
    [100_000, 2],
  ])("%p rows of component formats in 12 columns → %p+ syncs", (rows, least) => {
    const ops: WriteOp[] =
      rows === 0
        ? []
        : [{ kind: "numberFormat", sheet: "S", rect: rect(2, rows, 2, 12), format: "0.00" }];
    const list = batches(ops);
    expect(list.length).toBeGreaterThanOrEqual(least);
    expect(Math.max(0, ...list.map((b) => b.payload))).toBeLessThanOrEqual(SYNC_PAYLOAD_LIMIT);
  });

  test("an operation that cannot be split below the limit is refused", () => {
    const huge: WriteOp = {
      kind: "cells",
      sheet: "S",
      rect: rect(1, 1),
      inputs: [["x".repeat(5_000_000)]],
    };
    expect(() => batches([huge])).toThrow(/cells operation needs/);
  });
});

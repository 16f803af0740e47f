import { createFakeExcel } from "../../test-double/excel";
import { ColumnRead, readColumns } from "../../src/excel/read-columns";
import { MAX_READ_BYTES } from "../../src/excel/read-chunks";
import { readSelection } from "../../src/excel/selection";
import type { ExcelRange } from "../../src/excel/excel-surface";

/**
 * Runs `readColumns` on a context that records, for every sync, whether it succeeded and the
 * JSON size of the `values` + `valueTypes` it returned (the fake logs request sizes only).
 */
async function measuredRead(host: ReturnType<typeof createFakeExcel>["host"], reads: ColumnRead[]) {
  const responses: number[] = [];
  let failed = 0;
  const values = await host.run((context) => {
    let loaded: ExcelRange[] = [];
    const sheets = new Proxy(context.workbook.worksheets, {
      get: (target, key) =>
        key === "getItem"
          ? (name: string) => {
              const sheet = target.getItem(name);
              return new Proxy(sheet, {
                get: (s, k) =>
                  k === "getRangeByIndexes"
                    ? (...args: [number, number, number, number]) => {
                        const range = s.getRangeByIndexes(...args);
                        loaded.push(range);
                        return range;
                      }
                    : Reflect.get(s, k, s),
              });
            }
          : Reflect.get(target, key, target),
    });
    const workbook = new Proxy(context.workbook, {
      get: (target, key) => (key === "worksheets" ? sheets : Reflect.get(target, key, target)),
    });
    const measured = new Proxy(context, {
      get: (target, key) =>
        key === "workbook"
          ? workbook
          : key === "sync"
            ? async () => {
                const batch = loaded;
                loaded = [];
                try {
                  await target.sync();
                } catch (error) {
                  failed++;
                  throw error;
                }
                responses.push(
                  batch.reduce((sum, r) => sum + JSON.stringify([r.values, r.valueTypes]).length, 0)
                );
              }
            : Reflect.get(target, key, target),
    });
    return readColumns(measured, reads);
  });
  return { values, responses, failed };
}

const columnOf = (name: string, values: readonly (number | string)[]) => ({
  name,
  cells: values.map((v) => [v]),
});

describe("readColumns in chunks", () => {
  it("reads a 100,000-row column in one sync under 4 MB", async () => {
    const numbers = Array.from({ length: 100_000 }, (_, i) => i * 1.37);
    const { host } = createFakeExcel({ sheets: [columnOf("Data", numbers)] });
    const { values, responses } = await measuredRead(host, [
      { sheet: "Data", row: 0, column: 0, rows: 100_000 },
    ]);
    expect(values[0]).toEqual(numbers);
    expect(responses).toHaveLength(1);
    expect(Math.max(...responses)).toBeLessThan(MAX_READ_BYTES);
  });

  it("splits a column larger than one chunk over several syncs, each under 4 MB", async () => {
    const numbers = Array.from({ length: 400_000 }, (_, i) => i / 7);
    const fake = createFakeExcel({ sheets: [columnOf("Data", numbers)] });
    const { values, responses } = await measuredRead(fake.host, [
      { sheet: "Data", row: 0, column: 0, rows: 400_000 },
    ]);
    expect(values[0]).toEqual(numbers);
    expect(responses.length).toBeGreaterThan(1);
    for (const bytes of responses) expect(bytes).toBeLessThanOrEqual(MAX_READ_BYTES);
    expect(fake.book.payloads.every((bytes) => bytes < 10_000)).toBe(true);
  });

  it("shares one sync between short columns", async () => {
    const { host } = createFakeExcel({ sheets: [columnOf("Data", [1, 2, 3, 4, 5])] });
    const { values, responses } = await measuredRead(host, [
      { sheet: "Data", row: 0, column: 0, rows: 5 },
      { sheet: "Data", row: 2, column: 0, rows: 3 },
      { sheet: "Data", row: 0, column: 1, rows: 2 },
    ]);
    expect(values).toEqual([
      [1, 2, 3, 4, 5],
      [3, 4, 5],
      [null, null],
    ]);
    expect(responses).toHaveLength(1);
  });

  it("retries with fewer rows when Excel refuses a response over 5 MB", async () => {
    const long = Array.from({ length: 12_000 }, (_, i) => `${i}`.padEnd(500, "x"));
    const { host } = createFakeExcel({ sheets: [columnOf("Notes", long)] });
    const { values, responses, failed } = await measuredRead(host, [
      { sheet: "Notes", row: 0, column: 0, rows: 12_000 },
    ]);
    expect(values[0]).toEqual(long);
    expect(failed).toBe(1);
    for (const bytes of responses) expect(bytes).toBeLessThanOrEqual(MAX_READ_BYTES);
  });

  it("reads a large selection in chunks through readSelection", async () => {
    const ids = Array.from({ length: 250_000 }, (_, i) => `A-${i}`);
    const fake = createFakeExcel({
      sheets: [columnOf("Accounts", ids)],
      selection: { sheet: "Accounts", address: "A:A" },
    });
    const before = fake.book.syncs;
    const { range } = await readSelection(fake.host);
    expect(range.values).toEqual(ids);
    expect(fake.book.syncs - before).toBeGreaterThan(2);
  });
});

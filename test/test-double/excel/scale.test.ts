/**
 * A 100,000-account build's worth of formulas (30 columns filled by copyFrom) is stored as fills
 * and read back in response-sized chunks; the times are printed for the report.
 */
import { createFakeExcel } from "../../../test-double/excel";
import { columnLetters } from "../../../src/a1/a1";

const ROWS = 100_000;
const COLUMNS = 30;
const CHUNK = 10_000;

it("fills 100,000 × 30 formula cells with copyFrom and reads their values back", async () => {
  const source = Array.from({ length: ROWS }, (_, i) => [`A-${i}`, i % 7 === 0 ? null : i % 101]);
  const { host, book } = createFakeExcel({ sheets: [{ name: "Accounts", cells: source }] });
  const letter = (c: number) => columnLetters(c + 1);
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const started = Date.now();
  const startedCpu = cpu();
  await host.run(async (context) => {
    const out = context.workbook.worksheets.add("Out");
    const top = out.getRange(`A1:${letter(COLUMNS - 1)}1`);
    top.formulas = [
      Array.from({ length: COLUMNS }, (_, c) =>
        c % 2 === 0
          ? `=IF(ISNUMBER(Accounts!$B1),Accounts!$B1*${c + 1},"")`
          : `=IF(ISNUMBER(${letter(c - 1)}1),${letter(c - 1)}1/2,"")`
      ),
    ];
    out.getRange(`A1:${letter(COLUMNS - 1)}${ROWS}`).copyFrom(top, "Formulas");
    await context.sync();
  });
  const written = Date.now() - started;
  const writtenCpu = cpu() - startedCpu;
  const readStarted = Date.now();
  const readStartedCpu = cpu();
  let sum = 0;
  let cells = 0;
  await host.run(async (context) => {
    const out = context.workbook.worksheets.getItem("Out");
    for (let row = 0; row < ROWS; row += CHUNK) {
      const r = out.getRangeByIndexes(row, 0, CHUNK, COLUMNS).load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked reads, as the edge does
      await context.sync();
      for (const line of r.values) {
        for (const v of line) {
          cells++;
          if (typeof v === "number") sum += v;
        }
      }
    }
  });
  const read = Date.now() - readStarted;
  const readCpu = cpu() - readStartedCpu;
  console.log(
    `fake scale: write ${written} ms (CPU ${writtenCpu.toFixed(0)} ms), read ${read} ms ` +
      `(CPU ${readCpu.toFixed(0)} ms), ${cells} cells, max payload ${Math.max(...book.payloads)} B`
  );
  expect(cells).toBe(ROWS * COLUMNS);
  expect(book.unsupported).toEqual([]);
  // Row 2 (i = 1): B = 1; even columns c give (c + 1), odd columns half of their left neighbour.
  expect(book.values("Out", "A2:D2")).toEqual([[1, 0.5, 3, 1.5]]);
  expect(book.values("Out", "A1:B1")).toEqual([["", ""]]);
  expect(sum).toBeGreaterThan(0);
}, 120_000);

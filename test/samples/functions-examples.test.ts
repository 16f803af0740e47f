/**
 * samples/functions-examples.xlsx is what scripts/functions-examples.js makes from the tables
 * now, and every example of every table is in it as a live formula beside its expected result.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const script = require("../../scripts/functions-examples") as {
  isCurrent(): Promise<boolean>;
  OUTPUT: string;
};

const CASES = join(__dirname, "..", "cases");
const tables = readdirSync(CASES)
  .filter((n) => n.endsWith(".json"))
  .map(
    (n) =>
      JSON.parse(readFileSync(join(CASES, n), "utf8")) as {
        function: string;
        rows: { expect: unknown }[];
      }
  );

test("is up to date (npm run samples:functions)", async () => {
  expect(await script.isCurrent()).toBe(true);
});

test("has a sheet per function with one live formula per example", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(script.OUTPUT);
  for (const table of tables) {
    const examples = table.rows.filter(
      (r) => typeof r.expect === "number" || Array.isArray(r.expect)
    ).length;
    const sheet = workbook.getWorksheet(table.function)!;
    const live = Array.from({ length: examples }, (_, k) => sheet.getCell(k + 2, 4).value);
    expect(
      live.every((v) =>
        String((v as { formula: string }).formula).startsWith(`_xldudf_CS_${table.function}(`)
      )
    ).toBe(true);
    expect(sheet.getCell(examples + 2, 4).value).toBeNull();
    expect(Array.from({ length: examples }, (_, k) => sheet.getCell(k + 2, 2).text)).not.toContain(
      ""
    );
  }
});

/** The committed sample (spec §10.3) and the demo command built on it. */
import { readFileSync } from "fs";
import { join } from "path";
import { SourceValue } from "../../src/health-score";
import { readInputWorkbook } from "../../src/xlsx";
import { buildCli, runCli, scratch } from "./run-cli";

const SAMPLE = join(__dirname, "..", "..", "samples", "health-score");

it("has 300 accounts with the spec's columns, a few blanks, n/a texts and one error", async () => {
  const workbook = await readInputWorkbook(
    readFileSync(join(SAMPLE, "accounts.xlsx")),
    "accounts.xlsx"
  );
  const sheet = workbook.sheets[0];
  await workbook.loadSheets([sheet.name]);
  // Spec §10.3's columns where config.json addresses them (A id, D ARR, G usage, I tickets, L previous).
  const header = (column: string) => sheet.value(1, column.charCodeAt(0) - 64);
  expect(["A", "D", "G", "I", "L"].map(header)).toEqual([
    "Account id",
    "ARR",
    "Usage minutes (30 d)",
    "Support tickets (90 d)",
    "Previous score",
  ]);
  // M: the outcome of §15, churn in the quarter after the data (1/0, a few unknown).
  expect(header("M")).toBe("Churned next quarter");
  expect(header("N")).toBeNull();
  const outcomes = Array.from({ length: 300 }, (_, i) => sheet.value(i + 2, 13));
  expect(outcomes.every((v) => v === 0 || v === 1 || v === null)).toBe(true);
  expect(outcomes.filter((v) => v === 1).length).toBeGreaterThanOrEqual(10);
  expect(sheet.lastRow).toBe(301);
  const cells: SourceValue[] = [];
  for (let r = 2; r <= 301; r++) for (let c = 1; c <= 12; c++) cells.push(sheet.value(r, c));
  expect(cells.filter((v) => v === null).length).toBeGreaterThan(10);
  expect(cells.filter((v) => v === "n/a").length).toBeGreaterThan(2);
  expect(cells.filter((v) => v !== null && typeof v === "object")).toEqual([{ error: "#N/A" }]);
});

it("builds the demo workbook from the sample and its config", () => {
  buildCli();
  const dir = scratch();
  const run = runCli(
    [
      "health-score",
      "--input",
      join(SAMPLE, "accounts.xlsx"),
      "--config",
      join(SAMPLE, "config.json"),
      "--output",
      "demo.xlsx",
      "--json",
    ],
    dir
  );
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, sheet: "Health Score", accounts: 300 });
}, 120_000);

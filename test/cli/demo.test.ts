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
  const header = Array.from({ length: 12 }, (_, c) => sheet.value(1, c + 1));
  expect(header).toEqual([
    "Account id",
    "Name",
    "Segment",
    "ARR",
    "Active users",
    "Seats",
    "Usage minutes (30 d)",
    "Key features used (of 12)",
    "Support tickets (90 d)",
    "NPS",
    "CSAT",
    "Previous score",
  ]);
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

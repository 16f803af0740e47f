/**
 * `cs-metrics health-score --locale` (spec §10.1, §11): the sheet in that language and direction,
 * as LibreOffice shows it (the localised Direction number format included), and the problems
 * printed in that language with their values isolated in right-to-left text.
 */
import ExcelJS from "exceljs";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { OUTPUT_STRINGS } from "../../src/health-score";
import { message } from "../../src/health-score/locales";
import { ensureLibreOffice } from "../support/libreoffice";
import { withConfig, writeConfig, writeInput } from "./inputs";
import { buildCli, runCli, scratch } from "./run-cli";

const lo = require("../../scripts/libreoffice") as {
  convert(
    inputs: readonly string[],
    options: { format: string; outDir: string }
  ): Promise<string[]>;
};

beforeAll(buildCli, 120_000);
jest.setTimeout(180_000);

const AR = OUTPUT_STRINGS.ar;

async function build(locale: string, config?: unknown, extra: readonly string[] = []) {
  const dir = scratch();
  const input = await writeInput(dir);
  const args = ["health-score", "--input", input, "--config", writeConfig(dir, config)];
  return {
    dir,
    run: runCli([...args, "--output", "out.xlsx", "--locale", locale, ...extra], dir),
  };
}

/** Every sheet of `file` as LibreOffice displays it (number formats applied), one CSV each. */
async function displayed(file: string, outDir: string): Promise<Map<string, string[][]>> {
  ensureLibreOffice();
  // CSV options: comma, quote, UTF-8, from line 1, …, values as shown, every sheet (-1).
  await lo
    .convert([file], {
      format: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
      outDir,
    })
    .catch(() => undefined); // one file per sheet, not the single name convert() looks for
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(outDir).filter((n) => n.startsWith("out-") && n.endsWith(".csv")))
    sheets.set(
      name.slice(4, -4),
      readFileSync(join(outDir, name), "utf8")
        .split("\n")
        .map((line) => line.split(","))
    );
  return sheets;
}

it("--locale ar: an Arabic, right-to-left sheet, Direction shown in Arabic", async () => {
  const { dir, run } = await build("ar");
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`Built ${AR.sheet}: 6 accounts`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, "out.xlsx"));
  const sheet = workbook.getWorksheet(AR.sheet)!;
  expect(sheet.views[0].rightToLeft).toBe(true);
  expect(sheet.getCell("A1").value).toBe(AR.account);

  const sheets = await displayed(join(dir, "out.xlsx"), join(dir, "csv"));
  expect([...sheets.keys()]).toContain(AR.sheet);
  const shown = sheets.get(AR.sheet)!;
  const row = (label: string) => shown.find((r) => r.includes(label))!;
  const direction = row(AR.direction);
  expect(
    direction.slice(direction.indexOf(AR.direction) + 1, direction.indexOf(AR.direction) + 4)
  ).toEqual([AR.higherIsBetter, AR.lowerIsBetter, AR.higherIsBetter]);
  expect(row(AR.normalisation)).toContain(AR.minmax);
  expect(shown[0]).toEqual(expect.arrayContaining([AR.account, AR.score, AR.band, AR.trend]));
});

it("--locale ar: warnings on stderr in Arabic, values isolated", async () => {
  const { run } = await build("ar");
  expect(run.stderr).toBe(
    `W01 Metrics[2] "Support tickets": ${message("ar", "W01", { n: 1, name: "Support tickets", cells: ["C5"] })} (Accounts!C1:C7)\n`
  );
  expect(run.stderr).toContain("\u2068Support tickets\u2069");
});

it("--locale fa: validation problems in Persian, nothing written", async () => {
  const { dir, run } = await build(
    "fa",
    withConfig({ metrics: [{ range: "Accounts!B1:B6", name: "Usage" }] })
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    `E08 Metrics[1] "Usage": ${message("fa", "E08", { role: "Usage", n: 5, m: 6 })}`
  );
  expect(readdirSync(dir)).not.toContain("out.xlsx");
});

it("--locale zh-CN --json: the sheet name and messages in Chinese", async () => {
  const { run } = await build("zh-CN", undefined, ["--json"]);
  const summary = JSON.parse(run.stdout);
  expect(summary.sheet).toBe(OUTPUT_STRINGS["zh-CN"].sheet);
  expect(summary.problems[0].message).toBe(
    message("zh-CN", "W01", { n: 1, name: "Support tickets", cells: ["C5"] })
  );
});

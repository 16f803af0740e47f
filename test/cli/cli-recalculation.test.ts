/**
 * The command's output for random workbooks (and one .csv), recalculated by LibreOffice, matches
 * the reference in every computed cell.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { SourceValue } from "../../src/health-score";
import { referenceHealthScore } from "../health-score/reference";
import { Case, generatedCase } from "../xlsx/cases";
import { mismatches } from "../xlsx/compare";
import { Computed, readComputed } from "../xlsx/computed-values";
import { recalculate } from "../support/libreoffice";
import { xlsxFrom } from "../xlsx/workbook-edit";
import { writeConfig } from "./inputs";
import { buildCli, runCli, scratch } from "./run-cli";

const csvField = (v: SourceValue): string =>
  v === null
    ? ""
    : typeof v === "object"
      ? v.error
      : typeof v === "string"
        ? `"${v.replace(/"/g, '""')}"`
        : String(v);

const CASES: { c: Case; csv: boolean }[] = [
  ...[2001, 2002, 2003, 2004, 2005].map((seed) => ({ c: generatedCase(seed), csv: false })),
  { c: generatedCase(2006), csv: true },
];

let computed: Map<string, Computed>[];

beforeAll(async () => {
  buildCli();
  const dir = scratch();
  const outputs: string[] = [];
  for (const [i, { c, csv }] of CASES.entries()) {
    const caseDir = join(dir, `case-${i}`);
    mkdirSync(caseDir);
    const input = join(caseDir, csv ? "Accounts.csv" : "accounts.xlsx");
    if (csv) writeFileSync(input, c.sheet.rows.map((r) => r.map(csvField).join(",")).join("\r\n"));
    else writeFileSync(input, await xlsxFrom([c.sheet]));
    const output = join(dir, `out-${i}.xlsx`);
    const run = runCli(
      [
        "health-score",
        "--input",
        input,
        "--config",
        writeConfig(caseDir, c.config),
        "--output",
        output,
      ],
      caseDir
    );
    if (run.code !== 0) throw new Error(`${c.name}: exit ${run.code}\n${run.stderr}`);
    outputs.push(output);
  }
  const recalculated = await recalculate(outputs, join(dir, "recalculated"));
  computed = recalculated.map(
    (f) => readComputed(readFileSync(f)).get("Health Score") as Map<string, Computed>
  );
}, 600_000);

describe.each(CASES.map(({ c, csv }, i) => [`${c.name}${csv ? " (.csv)" : ""}`, i] as const))(
  "%s",
  (_, i) => {
    it("LibreOffice computes the command's workbook as the reference does", () => {
      const { c } = CASES[i];
      expect(mismatches(computed[i], c, referenceHealthScore(c.ref))).toEqual([]);
    });
  }
);

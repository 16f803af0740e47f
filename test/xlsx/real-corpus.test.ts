/**
 * Real Excel-made workbooks (test/fixtures/real) through `cs-metrics health-score`: every part
 * other than the ones the writer may change comes out byte for byte, and LibreOffice opens the
 * output and computes the scores the reference computes from the values LibreOffice reads in the
 * original file (an independent reader of the inputs).
 */
import { copyFileSync, mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { HealthScoreConfig } from "../../src/health-score";
import { WorkbookPackage } from "../../src/xlsx";
import { readZip } from "../../src/xlsx/zip";
import { relationshipsPart, resolveTarget } from "../../src/xlsx/opc";
import { relationshipKind } from "../../src/xlsx/package-rels";
import { cellRange } from "../../src/xlsx/table-columns";
import { columnLetters } from "../../src/a1/a1";
import { referenceHealthScore } from "../health-score/reference";
import { recalculate } from "../support/libreoffice";
import { buildCli, runCli, scratch } from "../cli/run-cli";
import { writeConfig } from "../cli/inputs";
import { Case } from "./cases";
import { mismatches } from "./compare";
import { Computed, readComputed } from "./computed-values";

const REAL = join(__dirname, "..", "fixtures", "real");

interface CorpusFile {
  readonly file: string;
  /** Each range's first row is its header. */
  readonly sheet: string;
  readonly ids: string;
  readonly metrics: readonly string[];
}

/** Ranges chosen per file: a small block of numbers with distinct ids. */
const CORPUS: readonly CorpusFile[] = [
  {
    file: "ExcelPivotTableSample.xlsx",
    sheet: "Tabelle1",
    ids: "A1:A4",
    metrics: ["B1:B4", "C1:C4"],
  },
  {
    file: "ExcelTables.xlsx",
    sheet: "ExcelTable",
    ids: "A1:A4",
    metrics: ["B1:B4", "C1:C4"],
  },
  {
    file: "WithChartSheet.xlsx",
    sheet: "Sheet6",
    ids: "A5:A9",
    metrics: ["B5:B9", "C5:C9"],
  },
  { file: "testNames.xlsm", sheet: "Sheet1", ids: "C1:C3", metrics: ["D1:D3"] },
  { file: "right-to-left.xlsx", sheet: "عربى", ids: "A1:A4", metrics: ["A1:A4"] },
  {
    file: "SampleSS.strict.xlsx",
    sheet: "Sheet Number 2",
    ids: "A6:A7",
    metrics: ["B6:B7", "D6:D7"],
  },
  { file: "ref-56737.xlsx", sheet: "DS1", ids: "A1:A2", metrics: ["A1:A2"] },
  {
    file: "unicodeSheetName.xlsx",
    sheet: "Sheet・1",
    ids: "A1:A9",
    metrics: ["A1:A9"],
  },
  {
    file: "AutoFilter.xlsx",
    sheet: "Just Filter",
    ids: "B1:B22",
    metrics: ["A1:A22", "E1:E22"],
  },
  {
    file: "text_and_numbers.xlsx",
    sheet: "Sheet1",
    ids: "A3:A4",
    metrics: ["B3:B4", "C3:C4"],
  },
];

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

const configOf = (c: CorpusFile): HealthScoreConfig => ({
  version: 1,
  ids: { range: `${quoted(c.sheet)}!${c.ids}`, header: true },
  // Named as the reference names them, so the Biggest gap column compares by name.
  metrics: c.metrics.map((m, k) => ({
    range: `${quoted(c.sheet)}!${m}`,
    name: `Metric ${k + 1}`,
    header: true,
    normalisation: "minmax",
    weight: 1,
  })),
  trendSource: "none",
});

/** The parts the writer may change: workbook.xml, its relationships, content types, styles. */
function editableParts(input: Buffer): Set<string> {
  const pkg = new WorkbookPackage(input);
  const workbook = pkg.workbookPart();
  const styles = pkg
    .workbookRelationships()
    .filter((r) => relationshipKind(r.type) === "styles")
    .map((r) => resolveTarget(workbook, r.target));
  return new Set([workbook, relationshipsPart(workbook), "[Content_Types].xml", ...styles]);
}

interface Run {
  readonly input: Buffer;
  readonly output: Buffer;
  readonly code: number | null;
  readonly stderr: string;
}

const runs = new Map<string, Run>();
let originals: Map<string, Map<string, Map<string, Computed>>>;
let results: Map<string, Map<string, Computed> | undefined>;

beforeAll(async () => {
  buildCli();
  const dir = scratch();
  /** The outputs that were built, with the corpus file each came from. */
  const outputs: { file: string; path: string }[] = [];
  const inputs: string[] = [];
  for (const [i, c] of CORPUS.entries()) {
    const caseDir = join(dir, `case-${i}`);
    mkdirSync(caseDir);
    const input = join(caseDir, c.file);
    copyFileSync(join(REAL, c.file), input);
    const output = join(caseDir, `scored-${c.file}`);
    const run = runCli(
      [
        "health-score",
        "--input",
        input,
        "--config",
        writeConfig(caseDir, configOf(c)),
        "--output",
        output,
      ],
      caseDir
    );
    runs.set(c.file, {
      input: readFileSync(input),
      output: run.code === 0 ? readFileSync(output) : Buffer.alloc(0),
      code: run.code,
      stderr: run.stderr,
    });
    if (run.code === 0) outputs.push({ file: c.file, path: output });
    inputs.push(input);
  }
  const recalculated = await recalculate(
    [...inputs, ...outputs.map((o) => o.path)],
    join(dir, "recalculated")
  );
  originals = new Map(CORPUS.map((c, i) => [c.file, readComputed(readFileSync(recalculated[i]))]));
  results = new Map(
    outputs.map((o, i) => [
      o.file,
      readComputed(readFileSync(recalculated[inputs.length + i])).get("Health Score"),
    ])
  );
}, 900_000);

/** A range's values below its header, as LibreOffice read them in the original file. */
function valuesOf(c: CorpusFile, range: string): Computed[] {
  const cells = originals.get(c.file)?.get(c.sheet) ?? new Map<string, Computed>();
  const r = cellRange(range)!;
  const out: Computed[] = [];
  for (let row = r.top + 1; row <= r.bottom; row++)
    out.push(cells.get(`${columnLetters(r.left)}${row}`) ?? null);
  return out;
}

describe.each(CORPUS.map((c) => [c.file, c] as const))("%s", (_, c) => {
  it("builds (exit 0, no error)", () => {
    const run = runs.get(c.file)!;
    // Warnings (W..) may be printed; an error would not leave exit 0.
    expect([run.code, run.stderr.split("\n").filter((l) => /^E\d\d /.test(l))]).toEqual([0, []]);
  });

  it("keeps every part it may not change byte for byte and adds only the new sheets", () => {
    const { input, output } = runs.get(c.file)!;
    const before = new Map(readZip(input).map((e) => [e.name, e]));
    const after = new Map(readZip(output).map((e) => [e.name, e]));
    const editable = editableParts(input);
    const changed = [...before.keys()].filter(
      (name) => !editable.has(name) && !after.get(name)?.raw.equals(before.get(name)!.raw)
    );
    expect(changed).toEqual([]);
    const added = [...after.keys()].filter((name) => !before.has(name));
    // The score sheet (no history sheet: the configs have no trend).
    expect(added).toHaveLength(1);
    for (const name of added) expect(name).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it("opens in LibreOffice, which computes the reference's scores", () => {
    const computed = results.get(c.file);
    expect(computed).toBeDefined();
    const ids = valuesOf(c, c.ids);
    const metrics = c.metrics.map((m, k) => ({
      name: `Metric ${k + 1}`,
      values: valuesOf(c, m),
      normalisation: "minmax" as const,
      direction: "higher" as const,
      weight: 1,
    }));
    const ref = { ids, metrics };
    const scored: Case = {
      name: c.file,
      columns: { ids, metrics, trendSource: "none" },
      sheet: { name: c.sheet, rows: [] },
      config: configOf(c),
      ref,
    };
    expect(mismatches(computed!, scored, referenceHealthScore(ref))).toEqual([]);
  });
});

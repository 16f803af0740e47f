/**
 * Share's acceptance in an independent engine (docs/share.md §6): for every function, workbooks
 * holding its `_xldudf_CS_*` formulas on random valid data, converted by the CLI and recalculated
 * by LibreOffice, give the formula core's values (functions.md §10); formulas that wrap calls,
 * calls on other sheets and on names recalculate right; on invalid data no cell changes value.
 * One LibreOffice start for all files. A failure prints its seed: rerun with
 * SHARE_SEED=<seed> npx jest test/cli/share-libreoffice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { sameValue } from "../../src/share/same-value";
import { ComputedValue, readValues, recalculate } from "../support/libreoffice";
import { bookParts, zipParts } from "../support/xlsx-parts";
import { excelBook } from "../share/excel-book";
import { invalidBook } from "../share/invalid-book";
import { RandomBook, SHARE_SPECS, randomShareBook } from "../share/random-book";
import { buildCli, runCli } from "./run-cli";

const CASES_PER_SPEC = 20;
const SEED = process.env.SHARE_SEED
  ? Number(process.env.SHARE_SEED)
  : Math.floor(Math.random() * 2 ** 32);
const RERUN = `seed ${SEED}; rerun with SHARE_SEED=${SEED} npx jest test/cli/share-libreoffice`;

const random: RandomBook = randomShareBook(CASES_PER_SPEC, SEED);
let dir: string;
let report: {
  outcomes: { sheet: string; functions: string[]; rule: string; reason: { id: string } | null }[];
};
let recalculated: Map<string, Map<string, ComputedValue>>;
let excel: Map<string, Map<string, ComputedValue>>;
let excelCode: number | null;
let invalid: {
  code: number | null;
  before: Map<string, ComputedValue>;
  after: Map<string, ComputedValue>;
};

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), "cs-share-lo-"));
  // A control cell with a wrong saved value: LibreOffice must recalculate it to 2.
  const control = { name: "Control", cells: [{ ref: "A1", f: "1+1", v: "5" }] };
  const book = { ...random.book, sheets: [...random.book.sheets, control] };
  writeFileSync(join(dir, "random.xlsx"), zipParts(bookParts(book)));
  writeFileSync(join(dir, "excel.xlsx"), zipParts(bookParts(excelBook())));
  writeFileSync(join(dir, "invalid.xlsx"), zipParts(bookParts(invalidBook())));
  const run = runCli(
    ["share", "--input", "random.xlsx", "--output", "random-shared.xlsx", "--json"],
    dir
  );
  if (run.code !== 0) throw new Error(`share failed (${run.code}): ${run.stderr}`);
  report = JSON.parse(run.stdout);
  excelCode = runCli(["share", "--input", "excel.xlsx", "--output", "excel-shared.xlsx"], dir).code;
  const invalidCode = runCli(
    ["share", "--input", "invalid.xlsx", "--output", "invalid-shared.xlsx"],
    dir
  ).code;
  const [a, b, c] = await recalculate(
    [
      join(dir, "random-shared.xlsx"),
      join(dir, "excel-shared.xlsx"),
      join(dir, "invalid-shared.xlsx"),
    ],
    join(dir, "recalculated")
  );
  recalculated = await readValues(a);
  excel = await readValues(b);
  invalid = {
    code: invalidCode,
    before: (await readValues(join(dir, "invalid.xlsx"))).get("Data")!,
    after: (await readValues(c)).get("Data")!,
  };
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const matches = (actual: ComputedValue | undefined, expected: unknown, slack: number): boolean =>
  typeof actual === "number" && typeof expected === "number"
    ? Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)) + slack
    : sameValue(actual as never, expected as never);

describe(`converted by the CLI, recalculated by LibreOffice = the formula core, ${CASES_PER_SPEC} random valid cases per function`, () => {
  test.each(SHARE_SPECS.map((s) => [s.variant ? `${s.id} ${s.variant}` : s.id] as const))(
    "%s",
    (sheet) => {
      const values = recalculated.get(sheet)!;
      const failures = [...random.expected.get(sheet)!].flatMap(([address, e]) =>
        matches(values.get(address), e.value, e.slack)
          ? []
          : [
              `${address}: LibreOffice ${JSON.stringify(values.get(address))}, core ${JSON.stringify(e.value)}`,
            ]
      );
      if (failures.length > 0)
        throw new Error(`${sheet} (${RERUN}):\n${failures.slice(0, 5).join("\n")}`);
    }
  );

  test("per-function counts of native and value rule", () => {
    const counts = new Map<string, { native: number; value: number }>();
    for (const o of report.outcomes) {
      const c = counts.get(o.functions[0]) ?? { native: 0, value: 0 };
      c[o.rule as "native" | "value"]++;
      counts.set(o.functions[0], c);
    }
    const lines = [...counts].map(([id, c]) => `${id}: ${c.native} native, ${c.value} value`);
    writeFileSync(join(tmpdir(), "cs-share-rule-counts.txt"), `${RERUN}\n${lines.join("\n")}\n`);
    expect(report.outcomes.length).toBe(random.formulas);
    // Valid data: TTV's median (no native formula before dynamic arrays) is frozen, and a TTV
    // mean over times of day whose native form (sums of dates) rounds beyond functions.md §10.
    const frozen = report.outcomes.filter((o) => o.rule !== "native");
    expect(frozen.filter((o) => o.sheet === "TTV median").length).toBe(CASES_PER_SPEC);
    for (const o of frozen.filter((f) => f.sheet !== "TTV median"))
      expect([o.sheet, o.rule, o.reason?.id]).toEqual([
        "TTV mean any time of day",
        "value",
        "value-differs",
      ]);
  });

  test("LibreOffice recalculated (a wrong saved value of a plain formula is corrected)", () => {
    expect(recalculated.get("Control")!.get("A1")).toBe(2);
  });
});

test("wrapped calls, calls on other sheets and on names recalculate to the saved values", () => {
  expect(excelCode).toBe(0);
  const expected: [string, string, ComputedValue][] = [
    ["Survey", "D2", 25],
    ["Survey", "E2", 25],
    ["Survey", "E3", 5],
    ["Survey", "E4", "ok"],
    ["Survey", "E5", 0.25],
    ["Survey", "F3", 0.05],
    ["Survey", "F4", 0.02],
    ["Survey", "H2", 0.5],
    ["Survey", "I2", 0.25],
    ["Survey", "J2", 0.25],
    ["Survey", "K2", 8],
    ["Other sheet", "A1", 25],
    ["Other sheet", "A2", 25],
    ["Other sheet", "A3", 50],
    ["Accounts", "C3", 0.1],
    ["Accounts", "C4", 0.025],
  ];
  for (const [sheet, address, value] of expected)
    expect({ sheet, address, ok: matches(excel.get(sheet)!.get(address), value, 0) }).toEqual({
      sheet,
      address,
      ok: true,
    });
  expect(readFileSync(join(dir, "excel.xlsx")).length).toBeGreaterThan(0);
});

test("invalid data: after conversion and recalculation no CS cell shows another value", () => {
  expect(invalid.code).toBe(0);
  for (const row of [2, 3, 4, 5, 6, 7, 8, 9]) {
    const address = `D${row}`;
    expect({
      address,
      ok: matches(invalid.after.get(address), invalid.before.get(address), 0),
    }).toEqual({
      address,
      ok: true,
    });
  }
});

/**
 * `cs-metrics share` run as a process (docs/share.md): exit codes, messages, --json, --values,
 * --force; invalid data keeps every converted cell's value and is reported; bad input is refused
 * with a clear message and nothing is written or lost.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { cellKey, readSheetCells } from "../../src/xlsx/sheet-formulas";
import { BookSpec, bookParts, unzipParts, zipParts } from "../support/xlsx-parts";
import { excelBook } from "../share/excel-book";
import { invalidBook } from "../share/invalid-book";
import { buildCli, digest, runCli, scratch } from "./run-cli";

beforeAll(buildCli, 120_000);

function setup(book: BookSpec | Buffer) {
  const dir = scratch();
  const input = join(dir, "book.xlsx");
  writeFileSync(input, Buffer.isBuffer(book) ? book : zipParts(bookParts(book)));
  return { dir, input, output: join(dir, "shared.xlsx") };
}

const cellOf = (file: string, part: string, row: number, column: number) =>
  readSheetCells(unzipParts(readFileSync(file)).get(part)!.toString("utf8"), []).cells.get(
    cellKey(row, column)
  )!;

describe("an Excel-shaped workbook", () => {
  test("converts: exit 0, summary and counts by function on stdout", () => {
    const { dir, input, output } = setup(excelBook());
    const run = runCli(["share", "--input", input, "--output", output], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "15 formulas now use only built-in Excel functions; 0 formulas were frozen as values."
    );
    expect(run.stdout).toContain("  CS.NPS: 6 native, 0 value");
    expect(run.stdout).toContain("  CS.CHURN: 8 native, 0 value");
    expect(existsSync(output)).toBe(true);
  });

  test("--values freezes every cell formula; the name has no value to freeze, so nothing is written", () => {
    const { dir, input, output } = setup(excelBook());
    const run = runCli(["share", "--input", input, "--output", output, "--values"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("name Promoters: it has no saved value to keep.");
    expect(existsSync(output)).toBe(false);
  });
});

describe("invalid data: no converted cell changes its value; each is reported", () => {
  const { dir, input, output } = setup(invalidBook());
  const part = "xl/worksheets/sheet1.xml";
  let run: ReturnType<typeof runCli>;
  let report: {
    counts: unknown;
    outcomes: { address: string; rule: string; reason: { id: string } | null }[];
  };
  let reasons: Record<string, string>;
  beforeAll(() => {
    run = runCli(["share", "--input", input, "--output", output, "--json"], dir);
    report = JSON.parse(run.stdout);
    reasons = Object.fromEntries(
      report.outcomes.map((o) => [o.address, `${o.rule} ${o.reason?.id ?? ""}`.trim()])
    );
  });

  test("exit 0, the value rule with its reason for each invalid or unreadable call", () => {
    expect(run.code).toBe(0);
    expect(reasons).toEqual({
      D2: "value value-differs",
      D3: "value argument-missing",
      // COUNTIF and COUNT skip the error as NPS does: same value, so native.
      D4: "native",
      D5: "value external-reference",
      D6: "value uncached-reference",
      D7: "value stale-value",
      D8: "native",
      D9: "value value-differs",
    });
    expect(report.counts).toEqual({ native: 2, value: 6, kept: 0 });
  });

  test("frozen cells keep their value and type (text as an inline string), lose their formula", () => {
    const before = (row: number) => cellOf(input, part, row, 4);
    const after = (row: number) => cellOf(output, part, row, 4);
    for (const row of [2, 3, 6, 7, 9]) {
      expect(after(row).formula).toBeUndefined();
      expect(after(row).value).toEqual(before(row).value);
      expect(after(row).type).toBe(before(row).type);
    }
    expect(after(5).type).toBe("inlineStr");
    expect(after(5).value).toBe("25 pts");
    expect(after(8).formula?.text).toBe("5/C2");
    expect(after(8).element.attributes.s).toBe("1");
  });

  test("the calculation chain goes (it lists cells that no longer hold formulas)", () => {
    const parts = unzipParts(readFileSync(output));
    expect(parts.has("xl/calcChain.xml")).toBe(false);
    expect(parts.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
    expect(parts.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
  });

  test("the plain report gives every frozen cell with its reason in a sentence", () => {
    const { dir: d2, input: i2, output: o2 } = setup(invalidBook());
    const plain = runCli(["share", "--input", i2, "--output", o2], d2);
    expect(plain.stdout).toContain(
      "2 formulas now use only built-in Excel functions; 6 formulas were frozen as values."
    );
    expect(plain.stdout).toContain(
      "  Data!D2: on this workbook's data the native formula gives another value than the function"
    );
    expect(plain.stdout).toContain(
      "  Data!D5: an argument refers to another workbook, which is never read."
    );
    expect(plain.stdout).toContain(
      "  Data!D7: the value saved in the cell is not what the function gives"
    );
  });
});

test("a call that must stay (invalid data, no saved value): exit 1, nothing written", () => {
  const book = invalidBook();
  const cells = book.sheets[0].cells.map((c) => (c.ref === "D2" ? { ref: "D2", f: c.f } : c));
  const { dir, input, output } = setup({ ...book, sheets: [{ name: "Data", cells }] });
  const run = runCli(["share", "--input", input, "--output", output], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("1 CS.* formula could neither be converted nor frozen");
  expect(run.stderr).toContain("Not converted (kept as CS.* formulas):\n  Data!D2:");
  expect(existsSync(output)).toBe(false);
});

describe("refusals: a clear message, nothing written, the input unchanged", () => {
  const valid = zipParts(bookParts(excelBook()));
  const zip64 = Buffer.from(valid);
  zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
  const encrypted = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(512),
  ]);
  const noCs = bookParts({
    sheets: [{ name: "S", cells: [{ ref: "A1", f: "SUM(1,2)", v: "3" }] }],
  });
  const brokenXml = bookParts(excelBook());
  brokenXml.set("xl/worksheets/sheet1.xml", "<worksheet><sheetData></worksheet>");
  test.each([
    [
      "corrupt",
      Buffer.from("not a zip at all"),
      4,
      "is not a readable .xlsx workbook (not a zip archive).",
    ],
    ["broken XML", zipParts(brokenXml), 4, "is not a readable .xlsx workbook ("],
    ["encrypted", encrypted, 4, "is password-protected (encrypted)"],
    ["zip64", zip64, 4, "zip64 archives are not supported"],
  ])("%s input: exit %d", (_, bytes, code, message) => {
    const { dir, input, output } = setup(bytes as Buffer);
    const run = runCli(["share", "--input", input, "--output", output], dir);
    expect([run.code, run.stderr]).toEqual([code, expect.stringContaining(message as string)]);
    expect(existsSync(output)).toBe(false);
  });

  test("no CS formula: says so, exit 0, nothing written", () => {
    const { dir, input, output } = setup(zipParts(noCs));
    const run = runCli(["share", "--input", input, "--output", output], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`No CS.* formulas found in ${input}; nothing written.\n`);
    expect(existsSync(output)).toBe(false);
  });

  test("the output is the input: exit 2, the input unchanged", () => {
    const { dir, input } = setup(excelBook());
    const hash = digest(input);
    const run = runCli(["share", "--input", input, "--output", join(dir, ".", "book.xlsx")], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--output must not be the input");
    expect(digest(input)).toBe(hash);
  });

  test("an existing output needs --force", () => {
    const { dir, input, output } = setup(excelBook());
    writeFileSync(output, "keep me");
    const run = runCli(["share", "--input", input, "--output", output], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(output, "utf8")).toBe("keep me");
    expect(runCli(["share", "--input", input, "--output", output, "--force"], dir).code).toBe(0);
  });

  test("usage: an unknown option, a missing --output", () => {
    const dir = scratch();
    expect(runCli(["share", "--input", "a.xlsx", "--bogus"], dir).code).toBe(2);
    const run = runCli(["share", "--input", "a.xlsx", "--json"], dir);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error).toBe("--output is missing.");
  });
});

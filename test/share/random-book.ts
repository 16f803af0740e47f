/**
 * Workbooks of CS calls on random valid data, as Excel would save them: one sheet per parity spec
 * (test/parity/specs), a block of rows per case with its arguments from column B and, after them,
 * the `_xldudf_CS_*` formula with the formula core's result as its cached value (a spilled result
 * as an array formula over its cells). Used by the LibreOffice test and the bench.
 */
import { columnLetters } from "../../src/a1/a1";
import { Scalar } from "../../src/formula/values";
import { NATIVE_TABLE } from "../../src/native/native-table";
import { coreFunctionValue } from "../../src/share/core-functions";
import { Arg, ParitySpec, passed, sheetName } from "../parity/parity-spec";
import { Random, deriveSeed } from "../parity/random";
import { PARITY_SPECS } from "../parity/specs";
import { BookSpec, CellSpec } from "../support/xlsx-parts";

export interface ExpectedCell {
  readonly value: Scalar;
  /** Absolute slack from the spec (TTV with times of day). */
  readonly slack: number;
  readonly id: string;
}

export interface RandomBook {
  readonly book: BookSpec;
  /** Per sheet, per formula-cell address: the core's value. */
  readonly expected: Map<string, Map<string, ExpectedCell>>;
  readonly formulas: number;
}

/** A cached value as Excel saves it. */
export function cachedCell(ref: string, value: Scalar): CellSpec {
  if (typeof value === "number") return { ref, v: String(value) };
  if (typeof value === "string") return { ref, t: "str", v: value };
  if (typeof value === "boolean") return { ref, t: "b", v: value ? "1" : "0" };
  if (value === null) return { ref, v: "0" };
  return { ref, t: "e", v: value.error };
}

/**
 * TTV with the method "median" on the mean specs' data: no native formula before dynamic arrays,
 * so every call takes the value rule.
 */
const TTV_MEDIAN: ParitySpec = {
  id: "TTV",
  variant: "median",
  generate: (random) => {
    const base = PARITY_SPECS.find((s) => s.id === "TTV")!.generate(random);
    return { args: [base.args[0], base.args[1], { value: "median" }] };
  },
};

/** Every parity spec whose function has a row in the native-formula table, and TTV's median. */
export const SHARE_SPECS: readonly ParitySpec[] = [
  ...PARITY_SPECS.filter((s) => NATIVE_TABLE.has(s.id)),
  TTV_MEDIAN,
];

export function randomShareBook(
  casesPerSpec: number,
  seed: number,
  specs = SHARE_SPECS
): RandomBook {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string): string => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, strings.length);
      strings.push(text);
    }
    return String(stringIndex.get(text));
  };
  const constant = (ref: string, v: unknown): CellSpec | undefined => {
    if (v === null || v === undefined) return undefined;
    if (typeof v === "number") return { ref, v: String(v) };
    if (typeof v === "boolean") return { ref, t: "b", v: v ? "1" : "0" };
    return { ref, t: "s", v: shared(String(v)) };
  };
  const expected = new Map<string, Map<string, ExpectedCell>>();
  let formulas = 0;
  const sheets = specs.map((spec) => {
    const name = sheetName(spec);
    const random = new Random(deriveSeed(seed, name));
    const cells: CellSpec[] = [];
    const values = new Map<string, ExpectedCell>();
    let top = 1;
    for (let i = 0; i < casesPerSpec; i++) {
      const parityCase = spec.generate(random);
      cells.push({ ref: `A${top}`, v: String(i + 1) });
      let col = 2;
      const refs = parityCase.args.map((arg: Arg) => {
        if ("omitted" in arg) return "";
        if ("value" in arg) {
          const cell = constant(`${columnLetters(col)}${top}`, arg.value);
          if (cell) cells.push(cell);
          return `${columnLetters(col++)}${top}`;
        }
        arg.range.forEach((row, r) =>
          row.forEach((v, c) => {
            const cell = constant(`${columnLetters(col + c)}${top + r}`, v);
            if (cell) cells.push(cell);
          })
        );
        const width = arg.range[0].length;
        const ref = `${columnLetters(col)}${top}:${columnLetters(col + width - 1)}${top + arg.range.length - 1}`;
        col += width;
        return ref;
      });
      while (refs.length > 0 && refs[refs.length - 1] === "") refs.pop();
      const result = coreFunctionValue(spec.id, parityCase.args.map(passed));
      const items = Array.isArray(result) ? (result as Scalar[]) : [result as Scalar];
      const slack = spec.slack?.(parityCase) ?? 0;
      const formula = `_xldudf_CS_${spec.id}(${refs.join(",")})`;
      const first = `${columnLetters(col)}${top}`;
      items.forEach((item, k) => {
        const ref = `${columnLetters(col + k)}${top}`;
        const cell = cachedCell(ref, item);
        if (k === 0) {
          const spill =
            items.length > 1
              ? {
                  cm: "1",
                  fAttrs: {
                    t: "array",
                    ref: `${first}:${columnLetters(col + items.length - 1)}${top}`,
                  },
                }
              : {};
          cells.push({ ...cell, f: formula, ...spill });
        } else cells.push(cell);
        values.set(ref, { value: item, slack, id: spec.id });
      });
      formulas++;
      top += Math.max(1, ...parityCase.args.map((arg) => ("range" in arg ? arg.range.length : 1)));
    }
    expected.set(name, values);
    return { name, cells };
  });
  return { book: { sheets, sharedStrings: strings, calcChain: true }, expected, formulas };
}

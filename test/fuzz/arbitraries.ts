/**
 * Argument sets for one CS function, generated from its spec (./specs.ts). Three kinds of run:
 *
 * - `valid`: every argument valid for its parameter, relations respected, ranges holding valid
 *   numbers among cells they skip (blanks, text, booleans), so the result is normally a number
 *   and its domain is exercised;
 * - `mixed`: a valid set with a few arguments or cells replaced by anything, or a paired range
 *   reshaped: one or two problems among valid data, where the order of checks matters;
 * - `wild`: every argument anything at all: scalars given ranges, ranges given scalars, errors,
 *   NaN, ±Infinity, huge and negative numbers, numeric text.
 *
 * Arbitraries are built once per spec (and scale) and reused: building them per run would cost
 * more than the runs.
 */
import fc from "fast-check";
import { FunctionSpec, ParamSpec, RangeParam, Relation } from "./specs";
import {
  blank,
  dateAfter,
  dayOffset,
  formatted,
  memo,
  skippable,
  validValue,
  wildItem,
} from "./values";

export type Mode = "valid" | "mixed" | "wild";

export interface FuzzCase {
  readonly mode: Mode;
  /** Arguments in parameter order, encoded as in test/cases (errors as `{error, message}`). */
  readonly args: readonly unknown[];
  /** Seed of the shuffle used by the permutation property. */
  readonly shuffle: number;
}

type Grid = unknown[][];

export function caseArbitrary(spec: FunctionSpec): fc.Arbitrary<FuzzCase> {
  const valid = validArgs(spec);
  const withMode = (mode: Mode, args: fc.Arbitrary<unknown[]>) =>
    fc.tuple(args, fc.nat()).map(([a, shuffle]): FuzzCase => ({ mode, args: a, shuffle }));
  return fc.oneof(
    { weight: 5, arbitrary: withMode("valid", valid) },
    { weight: 3, arbitrary: withMode("mixed", mixedArgs(spec, valid)) },
    { weight: 2, arbitrary: withMode("wild", fc.tuple(...spec.params.map(wildArg))) }
  );
}

/**
 * Valid arguments. For a survey function, scale_max is drawn first (omitted, or 2..12) and the
 * scores and threshold are drawn on that scale.
 */
function validArgs(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  const scaleParam = spec.params.find((p) => p.valid.name === "scale");
  if (!scaleParam) return validArgsOnScale(spec, null, 10);
  const onScale = memo((given) =>
    given === ""
      ? validArgsOnScale(spec, null, Number(scaleParam.optional?.default))
      : validArgsOnScale(spec, Number(given), Number(given))
  );
  return fc
    .option(fc.integer({ min: 2, max: 12 }), { nil: null, freq: 3 })
    .chain((given) => onScale(given === null ? "" : String(given)));
}

function validArgsOnScale(
  spec: FunctionSpec,
  givenScale: number | null,
  scaleMax: number
): fc.Arbitrary<unknown[]> {
  const scalars = spec.params.filter((p) => p.kind === "scalar");
  const leaders = spec.params.filter((p): p is RangeParam => p.kind === "range" && !p.pairedWith);
  const plan = (p: ParamSpec) =>
    p.valid.name === "scale"
      ? fc.constant(givenScale)
      : p.optional
        ? fc.option(validValue(p.valid, scaleMax), { nil: null, freq: 4 })
        : validValue(p.valid, scaleMax);
  return fc
    .tuple(
      fc.tuple(...scalars.map(plan)),
      fc.tuple(...scalars.map(scalarPresentation)),
      fc.tuple(...leaders.map((leader) => pairedRanges(spec, leader, scaleMax)))
    )
    .map(([plans, presentations, groups]) => {
      const numbers = new Map(scalars.map((p, i) => [p.name, plans[i]]));
      for (const relation of spec.relations ?? []) respect(relation, numbers);
      const byName = new Map<string, unknown>(
        scalars.map((p, i) => [p.name, presentations[i](numbers.get(p.name))])
      );
      for (const group of groups) for (const [name, grid] of group) byName.set(name, grid);
      return spec.params.map((p) => byName.get(p.name));
    });
}

/**
 * Makes a violated relation hold with values of the same family: a part and its whole swap; a
 * whole made of several terms is raised to them.
 */
function respect(relation: Relation, numbers: Map<string, unknown>): void {
  const { parts, minus = [], whole } = relation;
  if (![...parts, ...minus, whole].every((name) => typeof numbers.get(name) === "number")) return;
  const value = (name: string) => numbers.get(name) as number;
  const left = parts.reduce((t, n) => t + value(n), 0) - minus.reduce((t, n) => t + value(n), 0);
  if (left <= value(whole)) return;
  if (parts.length === 1 && minus.length === 0) {
    numbers.set(parts[0], value(whole));
    numbers.set(whole, left);
  } else {
    numbers.set(whole, left);
  }
}

/**
 * How a valid scalar reaches the function: as is, in a 1×1 range, as a formatted number (a rate
 * from another CS function), or for an omitted optional one as null, undefined or "".
 */
function scalarPresentation(param: ParamSpec): fc.Arbitrary<(plan: unknown) => unknown> {
  const isNumeric = param.valid.name !== "option" && param.valid.name !== "flag";
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant((plan: unknown) => plan) },
    { weight: 1, arbitrary: fc.constant((plan: unknown) => [[plan]]) },
    {
      weight: isNumeric ? 1 : 0,
      arbitrary: fc.constant((plan: unknown) =>
        typeof plan === "number" ? formatted(plan) : plan
      ),
    },
    { weight: param.optional ? 1 : 0, arbitrary: blank.map((b) => (plan: unknown) => plan ?? b) }
  );
}

const anyShape = fc.record({
  rows: fc.integer({ min: 1, max: 8 }),
  cols: fc.integer({ min: 1, max: 3 }),
});
const vectorShape = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.boolean())
  .map(([n, column]) => (column ? { rows: n, cols: 1 } : { rows: 1, cols: n }));

/**
 * A range and the ranges paired with it, as valid data: most items are valid numbers, the others
 * are cells the range skips. Where the leading item is a number its partners are valid (a date
 * not before it, or blank where a blank means something; a weight; a flag); elsewhere they may
 * hold anything but an error. An optional partner is sometimes omitted.
 */
function pairedRanges(
  spec: FunctionSpec,
  leader: RangeParam,
  scaleMax: number
): fc.Arbitrary<[string, Grid | null][]> {
  const partners = spec.params.filter(
    (p): p is RangeParam => p.kind === "range" && p.pairedWith === leader.name
  );
  // Each partner draws both what it holds next to a used item and next to a skipped one.
  const partnerPlan = (partner: RangeParam) => {
    const valid = partner.notBefore ? dayOffset : validValue(partner.valid, scaleMax);
    const used = partner.blank
      ? fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: blank })
      : valid;
    return fc.tuple(used, fc.oneof(skippable, validValue(partner.valid, scaleMax)));
  };
  const pairedItem = fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: validValue(leader.valid, scaleMax) },
        { weight: 1, arbitrary: skippable }
      ),
      ...partners.map(partnerPlan)
    )
    .map(([lead, ...plans]) => [
      lead,
      ...plans.map(([used, unused], k) => {
        if (typeof lead !== "number") return unused;
        return partners[k].notBefore && typeof used === "number" ? dateAfter(lead, used) : used;
      }),
    ]);
  const items = memo((n) => fc.array(pairedItem, { minLength: Number(n), maxLength: Number(n) }));
  return fc
    .tuple(
      leader.vector ? vectorShape : anyShape,
      fc.tuple(...partners.map((p) => (p.optional ? fc.boolean() : fc.constant(false))))
    )
    .chain(([shape, omitted]) =>
      items(String(shape.rows * shape.cols)).map((tuples) => [
        [
          leader.name,
          toGrid(
            tuples.map((t) => t[0]),
            shape.cols
          ),
        ],
        ...partners.map((p, k): [string, Grid | null] => [
          p.name,
          omitted[k]
            ? null
            : toGrid(
                tuples.map((t) => t[k + 1]),
                shape.cols
              ),
        ]),
      ])
    );
}

function toGrid(items: readonly unknown[], cols: number): Grid {
  const grid: Grid = [];
  for (let i = 0; i < items.length; i += cols) grid.push(items.slice(i, i + cols));
  return grid;
}

/** Anything for one argument: scalars get ranges of any size too, ranges get scalars too. */
function wildArg(param: ParamSpec): fc.Arbitrary<unknown> {
  const item = wildItem(param.valid, 10);
  const grids = memo((shape) => {
    const [rows, cols] = shape.split("x").map(Number);
    return fc.array(fc.array(item, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    });
  });
  const grid = (maxRows: number, maxCols: number) =>
    fc
      .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
      .chain(([rows, cols]) => grids(`${rows}x${cols}`));
  return param.kind === "scalar"
    ? fc.oneof({ weight: 6, arbitrary: item }, { weight: 2, arbitrary: grid(3, 3) })
    : fc.oneof({ weight: 5, arbitrary: grid(6, 3) }, { weight: 1, arbitrary: item });
}

const KEEP = Symbol("keep");
const MISFITS = ["transpose", "drop-row", "add-row"] as const;

/** A valid set with up to one argument in six replaced, up to 3 cells replaced, or a misfit pair. */
function mixedArgs(spec: FunctionSpec, valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  const partner = spec.params.findIndex((p) => p.kind === "range" && p.pairedWith);
  const cellPatch = fc.oneof(
    ...spec.params.map((p, param) => fc.tuple(fc.constant(param), fc.nat(), wildItem(p.valid, 10)))
  );
  return fc
    .tuple(
      valid,
      fc.tuple(
        ...spec.params.map((p) =>
          fc.oneof(
            { weight: 5, arbitrary: fc.constant<unknown>(KEEP) },
            { weight: 1, arbitrary: wildArg(p) }
          )
        )
      ),
      fc.array(cellPatch, { maxLength: 3 }),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: partner >= 0 ? 1 : 0, arbitrary: fc.constantFrom(...MISFITS) }
      )
    )
    .map(([validArgs, replacements, patches, misfit]) => {
      const args = validArgs.map((arg, i) => (replacements[i] === KEEP ? arg : replacements[i]));
      for (const [param, cell, value] of patches) args[param] = patchCell(args[param], cell, value);
      if (misfit && partner >= 0) args[partner] = reshaped(args[partner], misfit);
      return args;
    });
}

/** Replaces cell `index` (row-major, modulo the size) of a range, or a scalar argument itself. */
function patchCell(arg: unknown, index: number, value: unknown): unknown {
  if (!Array.isArray(arg) || !Array.isArray(arg[0])) return value;
  const grid = (arg as Grid).map((row) => [...row]);
  const cols = grid[0].length;
  const at = index % (grid.length * cols);
  grid[Math.floor(at / cols)][at % cols] = value;
  return grid;
}

/** A paired range given another shape than its partner (a 1×1 range transposes to itself). */
function reshaped(arg: unknown, how: (typeof MISFITS)[number]): unknown {
  if (!Array.isArray(arg) || !Array.isArray(arg[0])) return arg;
  const grid = arg as Grid;
  if (how === "transpose") return grid[0].map((_, c) => grid.map((row) => row[c]));
  if (how === "drop-row" && grid.length > 1) return grid.slice(0, -1);
  return [...grid, [...grid[grid.length - 1]]];
}

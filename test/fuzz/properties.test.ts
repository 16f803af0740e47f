/**
 * Property-based fuzzing of every CS function through the built bundle (dist/functions.js loaded
 * as Excel loads it, CustomFunctionsRuntime 1.4): FUZZ_RUNS argument sets per function (default
 * 10,000; see ./runner.ts for FUZZ_SEED / FUZZ_PATH replay). FUZZ_STATS=1 prints, per function,
 * how the runs were generated and what they returned.
 *
 * Each function the bundle registers is fuzzed from its entry in ./specs.ts. Entries of functions
 * a branch does not register yet are not run: they start running once the lead merges those
 * implementations, and the first test fails if a registered function has no entry.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DIST, loadBundle } from "../support/bundle";
import { decodeArgs } from "../support/cases";
import { caseArbitrary, FuzzCase } from "./arbitraries";
import { permuteArgs } from "./permutation";
import {
  call,
  checkValidArguments,
  checkNpsAgainstBreakdown,
  checkResult,
  checkSameValue,
  CsFunction,
} from "./properties";
import { readOutcome } from "./outcome";
import { FunctionSpec, FUNCTION_SPECS, specOf } from "./specs";
import { FUZZ_RUNS, fuzz } from "./runner";
import { FuzzStats } from "./stats";

const bundle = loadBundle({ customFunctionsRuntime: "1.4" });
const registered = [...bundle.functions.keys()].sort();
const run = (id: string, args: readonly unknown[]) =>
  call(bundle.functions.get(id) as CsFunction, decodeArgs(args, bundle.makeError));

describe("fuzz specs", () => {
  test("every function the bundle registers has a fuzz spec", () => {
    expect(registered.filter((id) => !specOf(id))).toEqual([]);
  });

  test("spec ids are unique", () => {
    const ids = FUNCTION_SPECS.map((spec) => spec.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: {
      id: string;
      parameters: { name: string; dimensionality?: string; optional?: boolean }[];
      result: { dimensionality?: string };
    }[];
  };
  test.each(registered)("%s: the spec's parameters and result shape are functions.json's", (id) => {
    const declared = metadata.functions.find((f) => f.id === id)!;
    const spec = specOf(id)!;
    const shape = {
      params: spec.params.map((p) => [p.name, p.kind === "range", p.optional !== undefined]),
      spills: spec.result.items.length > 1,
    };
    expect(shape).toEqual({
      params: declared.parameters.map((p) => [
        p.name,
        p.dimensionality === "matrix",
        p.optional === true,
      ]),
      spills: declared.result.dimensionality === "matrix",
    });
  });
});

const stats = new FuzzStats();
afterAll(() => {
  if (process.env.FUZZ_STATS) process.stdout.write(stats.table());
});

const TIMEOUT_MS = 60_000 + FUZZ_RUNS * 20;

describe.each(FUNCTION_SPECS.filter((spec) => registered.includes(spec.id)).map((s) => [s.id, s]))(
  "fuzz %s",
  (id: string, spec: FunctionSpec) => {
    test(
      `${id}: ${FUZZ_RUNS} argument sets keep the properties`,
      () => {
        const started = { wall: Date.now(), cpu: process.cpuUsage() };
        fuzz(`${id}:`, caseArbitrary(spec), (fuzzCase) => checkCase(spec, fuzzCase));
        const cpu = process.cpuUsage(started.cpu);
        stats.finish(id, Date.now() - started.wall, (cpu.user + cpu.system) / 1000);
      },
      TIMEOUT_MS
    );
  }
);

function checkCase(spec: FunctionSpec, { mode, args, shuffle }: FuzzCase): void {
  const { outcome, id } = checkResult(spec, args, run(spec.id, args));
  stats.record(spec.id, mode, id ?? "value");
  if (mode === "valid") checkValidArguments(outcome, id);

  const permuted = permuteArgs(spec, args, shuffle);
  if (permuted) {
    const reordered = checkResult(spec, permuted, run(spec.id, permuted)).outcome;
    checkSameValue(outcome, reordered, `reordering ${spec.permutable!.join(" and ")}`);
  }

  // functions.md §3: NPSBREAKDOWN has NPS's validation and errors, and NPS = 100 × (P/N − D/N).
  if (spec.id === "NPSBREAKDOWN" && registered.includes("NPS")) {
    checkNpsAgainstBreakdown(readOutcome(run("NPS", args), specOf("NPS")!.result), outcome);
  }
}

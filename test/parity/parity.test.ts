/**
 * Parity with an independent engine (functions.md §8, issue "The complete CS.* catalogue" item
 * 4). For every function the built bundle registers, random valid data sets and the function's
 * native formulas go into one workbook (a sheet per spec, a block of rows per case); LibreOffice
 * recalculates it in one start for the whole suite; the bundle, loaded as Excel loads it, must
 * give the same values. A failure prints its seed: rerun with PARITY_SEED=<seed> npx jest test/parity.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadBundle } from "../support/bundle";
import { ComputedValue, readValues, recalculate } from "../support/libreoffice";
import { caseFailure } from "./compare";
import { sheetName } from "./parity-spec";
import { deriveSeed, Random } from "./random";
import { PARITY_SPECS } from "./specs";
import { FormulaCells, SheetPlan, writeParityWorkbook } from "./workbook";

const CASES_PER_SPEC = 100;
const SEED = runSeed(process.env.PARITY_SEED);
const RERUN = `seed ${SEED}; rerun with PARITY_SEED=${SEED} npx jest test/parity`;

const bundle = loadBundle({ customFunctionsRuntime: "1.4" });
const plans: SheetPlan[] = PARITY_SPECS.filter((spec) => bundle.functions.has(spec.id)).map(
  (spec) => {
    const random = new Random(deriveSeed(SEED, sheetName(spec)));
    const cases = Array.from({ length: CASES_PER_SPEC }, () => spec.generate(random));
    return { name: sheetName(spec), spec, cases };
  }
);

let formulaCells: Map<string, FormulaCells>;
let computed: Map<string, Map<string, ComputedValue>>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "cs-parity-"));
  try {
    const file = join(dir, "parity.xlsx");
    formulaCells = await writeParityWorkbook(file, plans);
    const [recalculated] = await recalculate([file], join(dir, "recalculated"));
    computed = await readValues(recalculated);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);

describe(`CS function = its native formula in LibreOffice, ${CASES_PER_SPEC} random valid data sets each`, () => {
  test.each(plans.map((plan) => [plan.name, plan] as const))("%s", (name, plan) => {
    const fn = bundle.functions.get(plan.spec.id)!;
    const values = computed.get(name)!;
    const failures = plan.cases.flatMap((parityCase, i) => {
      const natives = formulaCells.get(name)![i].map(({ address, formula }) => ({
        formula,
        value: values.get(address) ?? null,
      }));
      const failure = caseFailure(plan.spec, parityCase, fn, natives);
      return failure ? [`case ${i + 1}: ${failure}`] : [];
    });
    if (failures.length > 0) {
      throw new Error(
        `${name}: ${failures.length} of ${plan.cases.length} cases differ (${RERUN})\n` +
          failures.slice(0, 5).join("\n")
      );
    }
  });
});

/** A new seed per run, so runs explore new data, unless PARITY_SEED replays one. */
function runSeed(given: string | undefined): number {
  if (!given) return Math.floor(Math.random() * 2 ** 32);
  if (!/^\d+$/.test(given)) throw new Error(`PARITY_SEED must be a whole number, not "${given}"`);
  return Number(given);
}

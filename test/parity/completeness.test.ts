/**
 * The native-formula table (src/native) covers exactly the functions the bundle registers, with
 * their parameters as functions.json declares them, and every row that has native forms has a
 * parity spec, so parity.test.ts checks it in LibreOffice.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { NativeArg, NativeEntry, NATIVE_TABLE } from "../../src/native/native-table";
import { DIST, loadBundle } from "../support/bundle";
import { PARITY_SPECS } from "./specs";

interface JsonParam {
  readonly name: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}

const functionsJson = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
  functions: { id: string; parameters: JsonParam[] }[];
};
const registered = [...loadBundle({ customFunctionsRuntime: "1.4" }).functions.keys()];
const specified = new Set(PARITY_SPECS.map((spec) => spec.id));

/**
 * Whether some call has a native form: every argument given as a reference, an option-choosing
 * argument once with each of its options.
 */
function hasForms(entry: NativeEntry): boolean {
  const choices = entry.params.map((param) => param.options ?? [undefined]);
  const calls = choices.reduce<(string | undefined)[][]>(
    (partial, options) => partial.flatMap((call) => options.map((option) => [...call, option])),
    [[]]
  );
  return calls.some((call) => {
    const args = entry.params.map((param, i): NativeArg => ({
      text: param.name,
      omitted: false,
      isReference: true,
      value: call[i],
    }));
    return "forms" in entry.native(args);
  });
}

describe("the native-formula table", () => {
  test("has a row for every function the bundle registers", () => {
    expect(registered.filter((id) => !NATIVE_TABLE.has(id))).toEqual([]);
  });

  test("has no row for a function the bundle does not register", () => {
    expect([...NATIVE_TABLE.keys()].filter((id) => !registered.includes(id))).toEqual([]);
  });

  test.each(functionsJson.functions.map((fn) => [fn.id, fn] as const))(
    "CS.%s: its row's parameters are functions.json's (names, optionality, range or scalar)",
    (id, fn) => {
      const entry = NATIVE_TABLE.get(id);
      expect(entry?.id).toBe(id);
      const declared = (params: readonly JsonParam[]) =>
        params.map((p) => ({
          name: p.name,
          optional: p.optional === true,
          kind: p.dimensionality === "matrix" ? "range" : "scalar",
        }));
      expect(
        entry?.params.map((p) => ({ name: p.name, optional: p.optional === true, kind: p.kind }))
      ).toEqual(declared(fn.parameters));
      expect(entry?.params.filter((p) => p.optional && !p.default)).toEqual([]);
    }
  );

  test("every row with native forms has a parity spec", () => {
    const withForms = [...NATIVE_TABLE.values()].filter(hasForms).map((entry) => entry.id);
    expect(withForms.filter((id) => !specified.has(id))).toEqual([]);
  });
});

describe("parity specs", () => {
  test("are all for functions of the table", () => {
    expect([...specified].filter((id) => !NATIVE_TABLE.has(id))).toEqual([]);
  });

  test("HEALTHSCORE is checked with and without flags, TTV with and without times off a grid", () => {
    const variants = (id: string) => PARITY_SPECS.filter((spec) => spec.id === id).length;
    expect([variants("HEALTHSCORE"), variants("TTV")]).toEqual([2, 2]);
  });
});

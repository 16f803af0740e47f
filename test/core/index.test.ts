/** The core's public entry point offers every KPI the add-in registers. */
import { readFileSync } from "fs";
import { join } from "path";
import * as core from "../../src/core";
import { DIST } from "../support/bundle";

test("every registered CS function has its core KPI in src/core/index.ts", () => {
  const { functions } = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  const exported = new Set(
    Object.entries(core)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name.toLowerCase())
  );
  expect(functions.map((f) => f.id.toLowerCase()).filter((id) => !exported.has(id))).toEqual([]);
});

/** The generated documentation is current; when it is not: `npm run docs`. */
import { readFileSync } from "fs";
import { join } from "path";
import * as nativeTable from "../src/native/native-table";

const readme = require("../scripts/readme-functions") as {
  generate(): string;
  START: string;
  END: string;
};
const reference = require("../scripts/function-reference") as {
  generate(): string;
  OUTPUT: string;
};
/** Given the table as ts-jest compiles it from src/, so the test needs no lib/ build. */
const nativeFormulas = require("../scripts/native-formulas-doc") as {
  generate(table: typeof nativeTable): string;
  OUTPUT: string;
};

test("README.md lists every function as the build ships it", () => {
  const text = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  const block = text.slice(
    text.indexOf(readme.START),
    text.indexOf(readme.END) + readme.END.length
  );
  expect(block).toBe(readme.generate());
});

test("docs/functions.md is the reference generated from the build and the spec tables", () => {
  expect(readFileSync(reference.OUTPUT, "utf8")).toBe(reference.generate());
});

test("docs/native-formulas.md is generated from the native-formula table", () => {
  expect(readFileSync(nativeFormulas.OUTPUT, "utf8")).toBe(nativeFormulas.generate(nativeTable));
});

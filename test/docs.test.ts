/** The generated documentation is current; when it is not: `npm run docs`. */
import { readFileSync } from "fs";
import { join } from "path";

const readme = require("../scripts/readme-functions") as {
  generate(): string;
  START: string;
  END: string;
};
const reference = require("../scripts/function-reference") as {
  generate(): string;
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

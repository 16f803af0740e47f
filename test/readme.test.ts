/** The README's function list is generated; this fails when it is stale (fix: `npm run docs`). */
import { readFileSync } from "fs";
import { join } from "path";

const docs = require("../scripts/readme-functions") as {
  generate(): string;
  START: string;
  END: string;
};

test("README.md lists every function as the build ships it", () => {
  const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
  const block = readme.slice(
    readme.indexOf(docs.START),
    readme.indexOf(docs.END) + docs.END.length
  );
  expect(block).toBe(docs.generate());
});

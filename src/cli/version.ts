/** The product's version as package.json says (src/cli and lib/cli both sit two levels below it). */
import { readFileSync } from "fs";
import { join } from "path";

export const CLI_VERSION = (
  JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;

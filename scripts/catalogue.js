// The error catalogue for Node scripts: src/core/errors/catalogue.ts has no imports, so the
// TypeScript compiler's transpileModule turns it into a module here without a build step.
const { readFileSync } = require("fs");
const { join } = require("path");
const ts = require("typescript");

function loadErrorCatalogue() {
  const source = readFileSync(
    join(__dirname, "..", "src", "core", "errors", "catalogue.ts"),
    "utf8"
  );
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS },
  });
  const module = { exports: {} };
  new Function("module", "exports", outputText)(module, module.exports);
  return module.exports.ERROR_CATALOGUE;
}

module.exports = { loadErrorCatalogue };

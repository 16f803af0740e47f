// Post-processes the functions.json that custom-functions-metadata-plugin generates:
// - allowErrorForDataTypeAny: true, so error values reach our `any` parameters and are returned
//   as they came (the generator cannot emit it: research §3);
// - help URLs moved to the add-in's origin;
// and emits function-help.json (examples and errors of every function, from its spec table) for
// the help page, and functions-<locale>.json, the same metadata with translated descriptions,
// for each language of scripts/localize-functions.js.
const { Compilation, WebpackError, sources } = require("webpack");
const { rewriteOrigin } = require("./origin");
const { functionExamples, loadCaseTables } = require("./examples");
const {
  METADATA_LOCALES,
  loadTable,
  localizeMetadata,
  tablePath,
  translationProblems,
} = require("./localize-functions");

class FunctionsJsonPlugin {
  constructor({ origin }) {
    this.origin = origin;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJsonPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported its own errors
          const metadata = JSON.parse(asset.source.source().toString());
          const processed = { ...metadata, allowErrorForDataTypeAny: true };
          const json = rewriteOrigin(JSON.stringify(processed, null, 2), this.origin) + "\n";
          compilation.updateAsset("functions.json", new sources.RawSource(json));
          this.emitLocales(compilation, processed);
          const tables = loadCaseTables();
          const missing = metadata.functions.filter((fn) => !tables.has(fn.id)).map((fn) => fn.id);
          if (missing.length > 0) {
            compilation.errors.push(
              new WebpackError(`No spec table in test/cases for ${missing.join(", ")}.`)
            );
            return;
          }
          const help = Object.fromEntries(
            metadata.functions.map((fn) => [fn.id, functionExamples(tables.get(fn.id))])
          );
          compilation.emitAsset("function-help.json", new sources.RawSource(JSON.stringify(help)));
        }
      );
    });
  }

  /** functions-<locale>.json for every language; a table with gaps or stray keys fails the build. */
  emitLocales(compilation, metadata) {
    for (const locale of METADATA_LOCALES) {
      compilation.fileDependencies.add(tablePath(locale));
      const table = loadTable(locale);
      const problems = translationProblems(metadata, table, locale);
      if (problems.length > 0) {
        compilation.errors.push(new WebpackError(problems.join("\n")));
        continue;
      }
      const json = JSON.stringify(localizeMetadata(metadata, table), null, 2);
      compilation.emitAsset(
        `functions-${locale}.json`,
        new sources.RawSource(rewriteOrigin(json, this.origin) + "\n")
      );
    }
  }
}

module.exports = FunctionsJsonPlugin;

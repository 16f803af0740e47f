// Post-processes the functions.json that custom-functions-metadata-plugin generates:
// - allowErrorForDataTypeAny: true, so error values reach our `any` parameters and are returned
//   as they came (the generator cannot emit it: research §3);
// - help URLs moved to the add-in's origin.
const { Compilation, sources } = require("webpack");
const { rewriteOrigin } = require("./origin");

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
        }
      );
    });
  }
}

module.exports = FunctionsJsonPlugin;

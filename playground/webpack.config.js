// Builds the playground (dist-playground/): the real pane and Office.js edge on the in-browser
// fake workbook, plus the sample accounts as JSON read from samples/health-score/accounts.xlsx.
// `npm run playground` serves it on http://localhost:3001.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sampleWorkbook } = require("./sample-workbook");

const ROOT = path.resolve(__dirname, "..");

/** Emits sample-workbook.json: the committed sample, read at build time, never at run time. */
class SampleWorkbookPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SampleWorkbookPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        {
          name: "SampleWorkbookPlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        async () => {
          const json = JSON.stringify(await sampleWorkbook());
          compilation.emitAsset(
            "sample-workbook.json",
            new compiler.webpack.sources.RawSource(json)
          );
        }
      );
    });
  }
}

module.exports = (env, options) => ({
  context: ROOT,
  devtool: options.mode === "development" ? "source-map" : false,
  entry: { playground: "./playground/main.ts" },
  output: { path: path.join(ROOT, "dist-playground"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { configFile: path.join(__dirname, "tsconfig.json") },
        },
      },
    ],
  },
  plugins: [
    new SampleWorkbookPlugin(),
    new HtmlWebpackPlugin({ filename: "index.html", template: "./playground/index.html" }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/icon-32.png", to: "assets/[name][ext]" },
        { from: "src/ui/office.css", to: "office.css" },
        { from: "playground/playground.css", to: "playground.css" },
      ],
    }),
  ],
  performance: { hints: false },
  devServer: {
    static: { directory: path.join(ROOT, "dist-playground") },
    host: "localhost",
    port: 3001,
    open: false,
  },
});

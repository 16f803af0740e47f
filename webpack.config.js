/* eslint-disable no-undef */
// Builds the add-in in the shape of Microsoft's shared-runtime custom-functions template:
// dist/functions.js (registers every CS.* function), dist/functions.json (generated from the
// JSDoc), dist/taskpane.html (the shared-runtime page), dist/help.html, assets and manifest.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const FunctionsJsonPlugin = require("./scripts/functions-json-plugin");
const { DEV_ORIGIN, addinOrigin, rewriteOrigin } = require("./scripts/origin");

// The CS.* custom functions, one file per category of functions.md; functions.json lists them
// in this order.
const FUNCTION_FILES = [
  "survey",
  "retention",
  "revenue",
  "engagement",
  "health",
  "uncertainty",
].map((name) => `./src/functions/${name}.ts`);

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const origin = dev ? DEV_ORIGIN : addinOrigin();
  return {
    devtool: dev ? "source-map" : false, // no eval-based maps: the page's CSP forbids eval
    entry: {
      functions: FUNCTION_FILES,
      taskpane: "./src/taskpane/taskpane.ts",
      help: "./src/help/help.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: FUNCTION_FILES,
      }),
      new FunctionsJsonPlugin({ origin }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: ["help"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/ui/office.css", to: "office.css" },
          { from: "src/help/help.css", to: "help.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteOrigin(content.toString(), origin),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options:
          env.WEBPACK_BUILD || options.https !== undefined
            ? options.https
            : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};

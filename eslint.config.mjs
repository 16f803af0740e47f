// Lint rules for `npm run lint` (office-addin-lint picks this file up): Office add-in rules,
// Prettier formatting, and the one-way layering of the code.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

/**
 * The layers of src/ and what each may import (README "How the code is laid out"). Layers point
 * one way: the core at the bottom, the edges (Office.js, files, the command line) and the pane on
 * top. Anything not listed is forbidden; product-version.ts is a leaf anyone may read.
 */
const LAYERS = {
  core: [],
  // A1 notation (cells, areas, sheet prefixes): a leaf beside the core that every layer reading
  // or writing references shares.
  a1: [],
  ui: [],
  i18n: ["core"],
  // NORM.S.INV and NORM.S.DIST use the core's normal routines.
  formula: ["core", "a1"],
  native: ["core"],
  "health-score": ["core", "a1", "i18n"],
  share: ["core", "a1", "formula", "native", "i18n"],
  functions: ["core", "i18n"],
  help: ["core", "i18n", "ui"],
  wizard: ["core", "a1", "i18n", "health-score", "share"],
  xlsx: ["core", "a1", "formula", "native", "health-score", "share"],
  cli: ["core", "a1", "formula", "native", "i18n", "health-score", "share", "xlsx"],
  excel: ["core", "a1", "formula", "native", "i18n", "health-score", "share", "wizard"],
  taskpane: [
    "core",
    "a1",
    "formula",
    "native",
    "i18n",
    "health-score",
    "share",
    "wizard",
    "excel",
    "help",
    "ui",
  ],
};

/** Pure layers: no Office, no DOM, no I/O. */
const PURE = ["core", "a1", "formula", "native", "share", "health-score", "wizard", "i18n"];
const NO_IO = {
  group: ["fs", "fs/*", "path", "os", "http", "child_process", "exceljs"],
  message: "Pure code does no I/O.",
};
/**
 * A pattern for imports that reach one of `layers` from another folder of src/: `../core`,
 * `../../core/kpi/nps`. Written from `..`, so a folder inside a layer that shares a layer's name
 * (src/formula/functions/) is not mistaken for it.
 */
const reaching = (layers) => `^(\\.\\./)+(${layers.join("|")})(/|$)`;

const LAYER_RULES = Object.entries(LAYERS).map(([layer, allowed]) => {
  const forbidden = Object.keys(LAYERS).filter(
    (other) => other !== layer && !allowed.includes(other)
  );
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: reaching(forbidden),
              message: `src/${layer} may import only ${allowed.join(", ") || "itself"} (the layers point one way).`,
            },
            ...(PURE.includes(layer) ? [NO_IO] : []),
          ],
        },
      ],
    },
  };
});

const PURITY_RULES = [
  {
    files: PURE.map((layer) => `src/${layer}/**/*.ts`),
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "window",
        "document",
        "fetch",
        "process",
      ],
    },
  },
];

export default [
  { ignores: ["dist/", "lib/", "coverage/", "node_modules/"] },
  ...officeAddins.configs.recommended,
  { languageOptions: { parser: tsParser, ecmaVersion: "latest" } },
  {
    files: ["**/*.ts"],
    languageOptions: { globals: globals.browser },
    // TypeScript (strict) checks names itself, with the DOM and Office types.
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  ...LAYER_RULES,
  ...PURITY_RULES,
];

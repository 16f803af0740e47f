// Lint rules for `npm run lint` (office-addin-lint picks this file up): Office add-in rules,
// Prettier formatting, and the one-way layering of the code.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

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
  {
    // The formula core and the health-score planner are pure: no Office, no DOM, no I/O, and
    // nothing from the layers above them (the writers and the CLI use them, never the reverse).
    files: ["src/core/**/*.ts", "src/health-score/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/functions/*",
                "**/taskpane/*",
                "**/help/*",
                "**/ui/*",
                "**/xlsx/*",
                "**/cli/*",
              ],
              message: "src/core and src/health-score import no layer above them.",
            },
            {
              group: ["fs", "fs/*", "path", "os", "http", "child_process", "exceljs"],
              message: "Pure code does no I/O.",
            },
          ],
        },
      ],
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

/**
 * The layering in eslint.config.mjs really fails a forbidden import: the linter is fed source
 * text as if it were a file of src/ and must report (or not report) no-restricted-imports.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

interface Probe {
  readonly file: string;
  readonly from: string;
}

/**
 * Lints every probe in one Node process outside Jest's module sandbox (ESLint loads the .mjs
 * config with a dynamic import, which Jest's VM refuses); returns each probe's messages.
 */
function restrictedImports(probes: readonly Probe[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const probes = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const { file, source } of probes) {
        const [result] = await eslint.lintText(source, { filePath: file });
        out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const input = probes.map(({ file, from }) => ({
    file: join(ROOT, file),
    source: importing(from),
  }));
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, JSON.stringify(input)], { cwd: ROOT }).toString()
  );
}

function importing(from: string): string {
  return `import { x } from "${from}";\nexport const y = x;\n`;
}

const FORBIDDEN: readonly [string, string, string][] = [
  ["src/core/kpi/nps.ts", "../../taskpane/tabs", "src/core may import only itself"],
  ["src/core/index.ts", "../health-score", "src/core may import only itself"],
  [
    "src/health-score/plan.ts",
    "../excel/write-ops",
    "src/health-score may import only core, a1, i18n",
  ],
  ["src/share/convert-formula.ts", "../xlsx/zip", "src/share may import only"],
  ["src/native/native-table.ts", "../share/cs-calls", "src/native may import only core"],
  ["src/formula/lexer.ts", "../health-score/plan", "src/formula may import only core, a1"],
  ["src/a1/a1.ts", "../core", "src/a1 may import only itself"],
  ["src/wizard/state.ts", "../excel/selection", "src/wizard may import only"],
  ["src/xlsx/zip.ts", "../taskpane/tabs", "src/xlsx may import only"],
  ["src/functions/survey.ts", "../health-score", "src/functions may import only core, i18n"],
  ["src/share/convert-formula.ts", "fs", "Pure code does no I/O."],
];

const ALLOWED: readonly [string, string][] = [
  ["src/taskpane/taskpane.ts", "../excel/selection"],
  ["src/share/convert-formula.ts", "../formula/lexer"],
  ["src/formula/lexer.ts", "../a1/a1"],
  ["src/xlsx/table-columns.ts", "../a1/a1"],
  ["src/formula/compile.ts", "./functions/spec"],
  ["src/cli/main.ts", "../xlsx/zip"],
  ["src/core/index.ts", "./kpi/health-score"],
];

describe("the lint enforces the layers", () => {
  let forbidden: string[][];
  let allowed: string[][];
  beforeAll(() => {
    const all = restrictedImports(
      [...FORBIDDEN, ...ALLOWED].map(([file, from]) => ({ file, from }))
    );
    forbidden = all.slice(0, FORBIDDEN.length);
    allowed = all.slice(FORBIDDEN.length);
  }, 60_000);

  test.each(FORBIDDEN.map((probe, i) => [...probe, i] as const))(
    "%s importing %s is an error",
    (_file, _from, message, i) => {
      expect(forbidden[i]).toEqual([expect.stringContaining(message)]);
    }
  );

  test.each(ALLOWED.map((probe, i) => [...probe, i] as const))(
    "%s importing %s is allowed",
    (_file, _from, i) => {
      expect(allowed[i]).toEqual([]);
    }
  );
});

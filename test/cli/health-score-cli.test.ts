/**
 * `cs-metrics health-score` run as a process (spec §10): exit codes 0–4, messages, --json,
 * --force, --locale, .csv input; after any failure no output file exists and the input is
 * unchanged.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { HealthScoreConfig } from "../../src/health-score";
import { WorkbookPackage } from "../../src/xlsx";
import { MINMAX_CONFIG, MINMAX_SHEET, MemorySheet } from "../health-score/fixtures";
import { editWorkbook, withConfig, writeConfig, writeInput } from "./inputs";
import { buildCli, digest, files, runCli, scratch } from "./run-cli";

beforeAll(buildCli, 120_000);

interface Failure {
  readonly name: string;
  readonly code: 1 | 2 | 3 | 4;
  /** Text the message contains; several when every one of them must be reported. */
  readonly stderr: string | readonly string[];
  readonly config?: unknown;
  readonly sheets?: readonly MemorySheet[];
  readonly edit?: (pkg: WorkbookPackage) => void;
  /** Replaces the input file's bytes. */
  readonly inputBytes?: Buffer;
  /** Arguments instead of the usual ones (`{in}`, `{config}`, `{out}` are replaced). */
  readonly args?: readonly string[];
}

const STANDARD = ["health-score", "--input", "{in}", "--config", "{config}", "--output", "{out}"];
const rows = (edit: (r: unknown[][]) => void): MemorySheet[] => {
  const copy = MINMAX_SHEET.rows.map((r) => [...r]);
  edit(copy);
  return [{ name: "Accounts", rows: copy as MemorySheet["rows"] }];
};
const MARKER = "cs-metrics:health-score:v1:aaaaaaaaaaaa";
const names = (xml: string, defined: string) =>
  xml.includes("<definedNames>")
    ? xml.replace("<definedNames>", `<definedNames>${defined}`)
    : xml.replace("</sheets>", `</sheets><definedNames>${defined}</definedNames>`);

const FAILURES: Failure[] = [
  { name: "no command", code: 2, stderr: "No command given.", args: [] },
  {
    name: "unknown argument",
    code: 2,
    stderr: 'Unknown argument "--colour".',
    args: [...STANDARD, "--colour"],
  },
  { name: "missing --output", code: 2, stderr: "--output is missing.", args: STANDARD.slice(0, 5) },
  {
    name: "unknown locale",
    code: 2,
    stderr: "--locale must be one of",
    args: [...STANDARD, "--locale", "de"],
  },
  {
    name: "output = input",
    code: 2,
    stderr: "--output must not be the input",
    args: [...STANDARD.slice(0, 6), "{in}"],
  },
  {
    name: "config missing",
    code: 3,
    stderr: "The config file nope.json does not exist.",
    args: [...STANDARD.slice(0, 4), "nope.json", "--output", "{out}"],
  },
  { name: "config not JSON", code: 3, stderr: "is not valid JSON", config: "{ version: 1" },
  {
    name: "unknown config key",
    code: 3,
    stderr: 'config.json: Metrics[1]: unknown key "wieght"; did you mean "weight"?',
    config: withConfig({ metrics: [{ range: "Accounts!B1:B7", wieght: 5 } as never] }),
  },
  {
    name: "wrong version",
    code: 3,
    stderr: 'config.json: "version" must be 1 (it is 2).',
    config: { ...MINMAX_CONFIG, version: 2 },
  },
  {
    name: "every config mistake at once, numbered from 1, with suggestions",
    code: 3,
    stderr: [
      'config.json: unknown key "trendSorce"; did you mean "trendSource"?',
      'config.json: Metrics[1] "Usage": "weight" must be a number (it is "5").',
      'config.json: Metrics[2]: "normalisation" must be one of "minmax", "percentile", "thresholds" (it is "minmx"); did you mean "minmax"?',
      'config.json: PreviousScore: "range" is missing.',
      'config.json: PreviousScore: unknown key "rang"; did you mean "range"?',
      'config.json: Metrics[3]: unknown key "colour" (allowed: range, header, name, direction, normalisation, weight, bad, good).',
    ],
    config: {
      ...withConfig({
        metrics: [
          { range: "Accounts!B1:B7", name: "Usage", weight: "5" as never },
          { range: "Accounts!C1:C7", normalisation: "minmx" as never },
          { range: "Accounts!D1:D7", colour: "red" } as never,
        ],
        previousScore: { rang: "Accounts!E1:E7" } as never,
      }),
      trendSorce: "none",
    },
  },
  {
    name: "range address that does not parse",
    code: 3,
    stderr: 'Ids: "range" "Accounts!A1:" is not a range address',
    config: withConfig({ ids: { range: "Accounts!A1:" } }),
  },
  {
    name: "bad/good with minmax",
    code: 3,
    stderr: 'Metrics[1]: "bad" and "good" apply only to "normalisation": "thresholds".',
    config: withConfig({ metrics: [{ range: "Accounts!B1:B7", bad: 1, good: 2 }] }),
  },
  {
    name: "direction inconsistent with thresholds",
    code: 3,
    stderr: 'Metrics[1]: "direction" must be "lower"',
    config: withConfig({
      metrics: [
        {
          range: "Accounts!C1:C7",
          normalisation: "thresholds",
          bad: 10,
          good: 0,
          direction: "higher",
        },
      ],
    }),
  },
  {
    name: "trendSource column without previous score",
    code: 3,
    stderr: '"trendSource" "column" needs a previousScore range',
    config: withConfig({ previousScore: null, trendSource: "column" }),
  },
  {
    name: "input missing",
    code: 4,
    stderr: "The input file missing.xlsx does not exist. Check the path",
    args: [...STANDARD.slice(0, 2), "missing.xlsx", ...STANDARD.slice(3)],
  },
  {
    name: "corrupt .xlsx",
    code: 4,
    stderr: "is not a readable .xlsx workbook",
    inputBytes: Buffer.from("PK\u0003\u0004 not really a zip"),
  },
  {
    name: "password-protected .xlsx",
    code: 4,
    stderr: "is password-protected (encrypted)",
    inputBytes: Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]),
  },
  {
    name: "output folder missing",
    code: 4,
    stderr: "Cannot write",
    args: [...STANDARD.slice(0, 6), join("no-such-folder", "out.xlsx")],
  },
  {
    name: "missing sheet (E19)",
    code: 1,
    stderr: "E19 Ids: The source of Account ids was deleted or moved.",
    config: withConfig({ ids: { range: "Gone!A1:A7" } }),
  },
  {
    name: "E01",
    code: 1,
    stderr: "E01 Ids: Choose the account-id column.",
    config: withConfig({ ids: undefined }),
  },
  {
    name: "E02",
    code: 1,
    stderr: "E02 Settings: Add at least one metric column.",
    config: withConfig({ metrics: [] }),
  },
  {
    name: "E03",
    code: 1,
    stderr: "E03 Settings: You can use at most 12 metrics.",
    config: withConfig({
      metrics: Array.from({ length: 13 }, (_, k) => ({ range: "Accounts!D1:D7", name: `N${k}` })),
    }),
  },
  {
    name: "E04",
    code: 1,
    stderr:
      'E04 Metrics[1] "Usage minutes": Usage minutes must be a single column; Accounts!B1:C7 has 2 columns.',
    config: withConfig({ metrics: [{ range: "Accounts!B1:C7" }] }),
  },
  {
    name: "E05",
    code: 1,
    stderr: "E05",
    config: withConfig({ metrics: [{ range: "Accounts!B1:B3,Accounts!B5:B7", name: "U" }] }),
  },
  {
    name: "E06",
    code: 1,
    stderr: "has no data rows",
    config: withConfig({ metrics: [{ range: "Accounts!B1:B1", header: true }] }),
  },
  {
    name: "E08",
    code: 1,
    stderr: 'E08 Metrics[2] "NPS": NPS has 5 data rows but the account ids have 6.',
    config: withConfig({
      metrics: [{ range: "Accounts!B1:B7" }, { range: "Accounts!D1:D6", name: "NPS" }],
    }),
  },
  {
    name: "E09",
    code: 1,
    stderr: "E09 Ids: 1 account id is blank (first at Accounts!A4).",
    sheets: rows((r) => (r[3][0] = null)),
  },
  {
    name: "E10",
    code: 1,
    stderr: 'E10 Ids: Account id "A-101" appears 2 times',
    sheets: rows((r) => (r[3][0] = "a-101")),
  },
  {
    name: "E11",
    code: 1,
    stderr: "E11 Ids: Account id at Accounts!A3 is an error (#N/A).",
    sheets: rows((r) => (r[2][0] = { error: "#N/A" })),
  },
  {
    name: "E12",
    code: 1,
    stderr: "E12",
    sheets: rows((r) => r.slice(1).forEach((row) => (row[3] = "n/a"))),
  },
  {
    name: "E13",
    code: 1,
    stderr: "Weight of Usage minutes must be a number greater than 0.",
    config: withConfig({ metrics: [{ range: "Accounts!B1:B7", weight: -1 }] }),
  },
  {
    name: "E14",
    code: 1,
    stderr: 'enter different "bad" and "good" values',
    config: withConfig({
      metrics: [{ range: "Accounts!B1:B7", normalisation: "thresholds", bad: 3, good: 3 }],
    }),
  },
  {
    name: "E15",
    code: 1,
    stderr: "Each metric needs a unique name.",
    config: withConfig({
      metrics: [
        { range: "Accounts!B1:B7", name: "A" },
        { range: "Accounts!C1:C7", name: "a" },
      ],
    }),
  },
  {
    name: "E16",
    code: 1,
    stderr: "E16 Settings: Red must be below green",
    config: withConfig({ bands: { red: 40, green: 120 } }),
  },
  {
    name: "E17",
    code: 1,
    stderr: "E17 Settings: The trend threshold must be greater than 0.",
    config: withConfig({ trendThreshold: -5 }),
  },
  {
    name: "E18",
    code: 1,
    stderr: "E18 Ids: Account ids is on a sheet the add-in manages (Accounts).",
    edit: (pkg) =>
      editWorkbook(pkg, (xml) =>
        names(
          xml,
          `<definedName name="CSMetrics_Owner" localSheetId="0" hidden="1">&quot;${MARKER}&quot;</definedName>`
        )
      ),
  },
  {
    name: "E20",
    code: 1,
    stderr: "E20 Workbook: Unprotect the workbook structure",
    edit: (pkg) =>
      editWorkbook(pkg, (xml) =>
        xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>')
      ),
  },
  {
    name: "E21",
    code: 1,
    stderr: "E21 Workbook: Two sheets claim to be the same health-score sheet (Accounts, Copy).",
    sheets: [MINMAX_SHEET, { name: "Copy", rows: [["x"]] }],
    edit: (pkg) =>
      editWorkbook(pkg, (xml) =>
        names(
          xml,
          [0, 1]
            .map(
              (i) =>
                `<definedName name="CSMetrics_Owner" localSheetId="${i}" hidden="1">&quot;${MARKER}&quot;</definedName>`
            )
            .join("")
        )
      ),
  },
];

describe.each(FAILURES)("$name", (f) => {
  it(`exits ${f.code} with a clear message, writes nothing and leaves the input untouched`, async () => {
    const dir = scratch();
    const input = await writeInput(dir, f.sheets, f.edit);
    if (f.inputBytes) writeFileSync(input, f.inputBytes);
    const config = writeConfig(dir, f.config);
    const before = files(dir);
    const inputDigest = digest(input);
    const args = (f.args ?? STANDARD).map((a) =>
      a.replace("{in}", input).replace("{config}", config).replace("{out}", join(dir, "out.xlsx"))
    );
    const run = runCli(args, dir);
    for (const text of ([] as string[]).concat(f.stderr)) expect(run.stderr).toContain(text);
    expect(run.stderr).not.toMatch(/\/metrics\/\d|must NOT|equal to constant/);
    expect(run.code).toBe(f.code);
    expect(files(dir)).toEqual(before);
    expect(digest(input)).toBe(inputDigest);
  });
});

describe("warnings", () => {
  const WARNINGS: [string, readonly MemorySheet[], HealthScoreConfig][] = [
    [
      'W01 Metrics[2] "Support tickets": Support tickets: 1 cell is not a number (C5) and is left out.',
      [MINMAX_SHEET],
      MINMAX_CONFIG,
    ],
    [
      'W02 Metrics[3] "NPS": NPS has only 2 numeric values.',
      rows((r) => r.slice(3).forEach((row) => (row[3] = null))),
      MINMAX_CONFIG,
    ],
    [
      'W03 Metrics[3] "NPS": All numeric values of NPS are equal',
      rows((r) => r.slice(1).forEach((row) => (row[3] = 5))),
      MINMAX_CONFIG,
    ],
    [
      "W04 PreviousScore: 1 previous score is outside 0–100.",
      rows((r) => (r[1][4] = 120)),
      MINMAX_CONFIG,
    ],
    ["W05 Revenue: 1 revenue cell is not a number.", rows((r) => (r[1][5] = "tbd")), MINMAX_CONFIG],
    [
      "W06 Revenue: The same range is used twice (Previous score, Revenue).",
      [MINMAX_SHEET],
      withConfig({ revenue: { range: "Accounts!E1:E7" } }),
    ],
    [
      "W07 Ids: 1 account id has leading or trailing spaces.",
      rows((r) => (r[1][0] = "A-101 ")),
      MINMAX_CONFIG,
    ],
    [
      'W08 Metrics[3] "NPS": NPS contains 1 TRUE/FALSE value (Excel treats it as missing',
      rows((r) => (r[1][3] = true)),
      MINMAX_CONFIG,
    ],
  ];
  it.each(WARNINGS)("%s (printed; the build goes on)", async (line, sheets, config) => {
    const dir = scratch();
    const run = runCli(
      [
        "health-score",
        "--input",
        await writeInput(dir, sheets),
        "--config",
        writeConfig(dir, config),
        "--output",
        "out.xlsx",
      ],
      dir
    );
    expect(run.stderr).toContain(line);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(true);
  });
});

describe("success", () => {
  it("builds, prints --json and leaves the input untouched", async () => {
    const dir = scratch();
    const input = await writeInput(dir);
    const before = digest(input);
    const run = runCli(
      [
        "health-score",
        "--input",
        input,
        "--config",
        writeConfig(dir),
        "--output",
        "out.xlsx",
        "--json",
      ],
      dir
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      sheet: "Health Score",
      accounts: 6,
      problems: [
        {
          code: "W01",
          role: 'Metrics[2] "Support tickets"',
          message: "Support tickets: 1 cell is not a number (C5) and is left out.",
          address: "Accounts!C1:C7",
        },
      ],
    });
    expect(digest(input)).toBe(before);
    expect(files(dir)).toEqual(["accounts.xlsx", "config.json", "out.xlsx"]);
  });

  it("replaces an existing output only with --force, in the chosen locale", async () => {
    const dir = scratch();
    const args = [
      "health-score",
      "--input",
      await writeInput(dir),
      "--config",
      writeConfig(dir),
      "--output",
      "out.xlsx",
    ];
    expect(runCli(args, dir).code).toBe(0);
    expect(runCli(args, dir).code).toBe(2);
    const run = runCli([...args, "--force", "--locale", "ro", "--json"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).sheet).toBe("Scor de sănătate");
  });

  it("reads a .csv as a sheet named after the file", () => {
    const dir = scratch();
    const csv = '\uFEFFid,Usage,Notes\r\nC-1,10,"a, b"\r\nC-2,1e3,\r\nC-3,-12.5,"say ""hi"""\r\n';
    writeFileSync(join(dir, "q1 [export].csv"), csv);
    const config = {
      version: 1,
      ids: { range: "'q1 _export_'!A1:A4" },
      metrics: [{ range: "'q1 _export_'!B1:B4" }],
      trendSource: "none",
    };
    const run = runCli(
      [
        "health-score",
        "--input",
        "q1 [export].csv",
        "--config",
        writeConfig(dir, config),
        "--output",
        "out.xlsx",
        "--json",
      ],
      dir
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, accounts: 3 });
  });
});

describe("help, version and short flags", () => {
  const HELP: [readonly string[], readonly string[]][] = [
    [["--help"], ["Usage: cs-metrics <command>", "health-score", "share", "-V, --version"]],
    [["-h"], ["Usage: cs-metrics <command>"]],
    [
      ["help", "share"],
      ["Usage: cs-metrics share", "--values"],
    ],
    [
      ["health-score", "--help"],
      [
        "-i, --input <file>",
        "-c, --config <file>",
        "-o, --output <file>",
        "-l, --locale <code>",
        "-f, --force",
        "--json",
        "samples/health-score/config.json",
        "Exit codes:",
        "  3  the config is wrong",
      ],
    ],
    [
      ["share", "-h"],
      ["-i, --input <file>", "-o, --output <file>", "--values", "-f, --force", "--json", "  4  "],
    ],
  ];
  it.each(HELP)("%j prints the help on stdout and exits 0", (args, texts) => {
    const run = runCli(args, scratch());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    for (const text of texts) expect(run.stdout).toContain(text);
  });

  it.each([["--version"], ["-V"]])("%s prints package.json's version", (flag) => {
    const { version } = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")
    ) as { version: string };
    const run = runCli([flag], scratch());
    expect([run.code, run.stdout]).toEqual([0, `${version}\n`]);
  });

  it("an unknown option names the one meant and points to --help", () => {
    const run = runCli(["health-score", "--inptu", "a.xlsx"], scratch());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown argument "--inptu". Did you mean --input?');
    expect(run.stderr).toContain("cs-metrics health-score --help");
  });

  it("builds with -i -c -o -f -l and accepts the spelling normalization", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "out.xlsx"), "old");
    const config = withConfig({
      metrics: [{ range: "Accounts!B1:B7", normalization: "minmax" } as never],
    });
    const args = ["-i", await writeInput(dir), "-c", writeConfig(dir, config), "-o", "out.xlsx"];
    const run = runCli(["health-score", ...args, "-f", "-l", "ro", "--json"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).sheet).toBe("Scor de sănătate");
  });

  it("a .csv with a config for another sheet says which sheet name to use", () => {
    const dir = scratch();
    writeFileSync(join(dir, "customers.csv"), "id,Usage\nC-1,10\nC-2,20\n");
    const run = runCli(
      ["health-score", "-i", "customers.csv", "-c", writeConfig(dir), "-o", "out.xlsx"],
      dir
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      'customers.csv is a CSV file: its only sheet is named after the file, "customers", but the ' +
        'config\'s ranges name "Accounts". Write the ranges as customers!A1:A301 (and so on), or ' +
        "leave the sheet out (A1:A301).\n"
    );
    expect(files(dir)).toEqual(["config.json", "customers.csv"]);
  });
});

/**
 * The demo health sheet as LibreOffice prints it (spec §16): built from the sample with the file
 * writer, converted to PDF with LibreOffice's defaults, read back page by page with pdftotext.
 * The table prints one page wide with its header row and account column on every page, the panel
 * on pages of its own, no helper value with floating-point noise; the pages are rendered to PNG
 * (pdftoppm) in en, ar and zh-CN for review, next to the pane's screenshots.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { HealthScoreConfig, Locale, OUTPUT_STRINGS } from "../../src/health-score";
import { buildHealthScoreFile } from "../../src/xlsx";
import { ensureLibreOffice } from "../support/libreoffice";
import { ensureCjkFont } from "../support/system-deps";

const lo = require("../../scripts/libreoffice") as {
  convert(
    inputs: readonly string[],
    options: { format: string; outDir: string }
  ): Promise<string[]>;
};

jest.setTimeout(600_000);

const SAMPLE = join(__dirname, "..", "..", "samples", "health-score");
const CONFIG = JSON.parse(readFileSync(join(SAMPLE, "config.json"), "utf8")) as HealthScoreConfig;
const SHOTS = process.env.CS_SCREENSHOTS ?? join(tmpdir(), "cs-wizard-screenshots");
const LOCALES: readonly Locale[] = ["en", "ar", "zh-CN"];
/** The sample's accounts, ACC-1001 … ACC-1300. */
const ACCOUNTS = 300;

interface Printed {
  readonly locale: Locale;
  /** Text of each page of the score sheet, in print order. */
  readonly pages: string[];
  readonly pdf: string;
}

let dir: string;
let printed: Printed[];

async function build(locale: Locale): Promise<string> {
  const file = join(SAMPLE, "accounts.xlsx");
  const result = await buildHealthScoreFile({
    file,
    content: readFileSync(file),
    config: { ...CONFIG, locale },
    buildId: "0a1b2c3d4e5f",
    builtAt: 46000.5,
    productVersion: "test",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const out = join(dir, `demo-${locale}.xlsx`);
  writeFileSync(out, result.output.toBuffer());
  return out;
}

/**
 * The text as typed: pdftotext wraps right-to-left runs in bidi controls and gives Arabic in
 * presentation forms.
 */
const plainText = (text: string): string =>
  text.normalize("NFKC").replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");

/** Pages whose header is the score sheet's name (the workbook's other sheets print too). */
function scorePages(pdf: string, sheet: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return plainText(text.toString("utf8"))
    .split("\f")
    .filter((page) => page.split("\n").some((line) => line.trim() === sheet));
}

beforeAll(async () => {
  ensureLibreOffice();
  ensureCjkFont();
  dir = mkdtempSync(join(tmpdir(), "cs-print-"));
  const files = [];
  for (const locale of LOCALES) files.push(await build(locale));
  const pdfs = await lo.convert(files, { format: "pdf", outDir: dir });
  printed = LOCALES.map((locale, i) => ({
    locale,
    pdf: pdfs[i],
    pages: scorePages(pdfs[i], OUTPUT_STRINGS[locale].sheet),
  }));
});

afterAll(() => {
  if (dir && !process.env.CS_KEEP) rmSync(dir, { recursive: true, force: true });
});

const isTablePage = (page: string, s: (typeof OUTPUT_STRINGS)["en"]) =>
  page.includes(s.account) && /\bACC-\d{4}\b/.test(page) && !page.includes(s.modelTitle);

describe.each(LOCALES)("%s: the demo sheet prints", (locale) => {
  const s = OUTPUT_STRINGS[locale];
  const result = () => printed.find((p) => p.locale === locale) as Printed;

  test("table pages one page wide, then the panel on pages of its own", () => {
    const { pages } = result();
    const table = pages.filter((p) => isTablePage(p, s));
    const panel = pages.filter((p) => p.includes(s.modelTitle));
    // 301 rows at one page wide in landscape: more than one page, far fewer than the 59 pages
    // the sheet printed to without a page set-up.
    expect(table.length).toBeGreaterThanOrEqual(2);
    expect(table.length).toBeLessThanOrEqual(10);
    expect(panel.length).toBeGreaterThanOrEqual(1);
    expect(panel.length).toBeLessThanOrEqual(2);
    expect(pages.length).toBe(table.length + panel.length);
    // The table first, the panel after it, never sharing a page.
    expect(pages.slice(0, table.length)).toEqual(table);
    // The panel's only accounts are the lowest 10: no table row shares its pages.
    const listed = new Set(panel.join("\n").match(/\bACC-\d{4}\b/g));
    expect(listed.size).toBe(10);
  });

  test("every table page carries the header row, the account column and the page footer", () => {
    const { pages } = result();
    const table = pages.filter((p) => isTablePage(p, s));
    const ids = new Set<string>();
    table.forEach((page) => {
      for (const header of [s.account, s.score, s.band]) expect(page).toContain(header);
      for (const id of page.match(/\bACC-\d{4}\b/g) ?? []) ids.add(id);
    });
    expect(ids.size).toBe(ACCOUNTS);
    // "Page 22 of 27", numbered through the whole workbook (its other sheets print first). The
    // last line of the page; compared as words and numbers, since pdftotext gives
    // right-to-left lines in visual order.
    const words = plainText(s.printFooter)
      .split(/&[PN]/)
      .map((w) => w.trim())
      .filter(Boolean);
    const footers = pages.map(
      (page) =>
        page
          .split("\n")
          .filter((l) => l.trim() !== "")
          .pop() ?? ""
    );
    const total = Math.max(...footers.map((f) => Math.max(...(f.match(/\d+/g) ?? []).map(Number))));
    footers.forEach((footer, i) => {
      for (const w of words) expect(footer).toContain(w);
      const page = total - pages.length + 1 + i;
      expect((footer.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b)).toEqual([page, total]);
    });
  });

  test("no number shows more than 15 significant digits, and the helper grid is not printed", () => {
    const { pages } = result();
    const all = pages.join("\n");
    const digits = (n: string) => n.replace(/[^0-9]/g, "").replace(/^0+/, "").length;
    const long = (all.match(/\d[\d,]*\.\d+/g) ?? []).filter((n) => digits(n) > 15);
    expect(long).toEqual([]);
    expect(all).not.toContain(s.percentileGrid);
    expect(all).not.toContain(s.gridValues);
  });

  test("pages rendered for review", () => {
    const { pdf, pages } = result();
    mkdirSync(SHOTS, { recursive: true });
    for (const old of readdirSync(SHOTS, { withFileTypes: true }))
      if (old.name.startsWith(`print-${locale}-`)) rmSync(join(SHOTS, old.name));
    const prefix = join(SHOTS, `print-${locale}`);
    // The score sheet's pages only: the workbook's other sheets print before it.
    const last = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    const first = last - pages.length + 1;
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", `${first}`, "-l", `${last}`, pdf, prefix]);
    const shots = readdirSync(SHOTS).filter((f) => f.startsWith(`print-${locale}-`));
    expect(shots.length).toBeGreaterThanOrEqual(pages.length);
  });
});

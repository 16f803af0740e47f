/**
 * The help page in the reader's language (headless Chromium): ?lang=, else the browser's
 * language; lang/dir on <html>; function text from functions-<lang>.json, error messages and
 * advice from src/i18n; no English text of the page, the metadata or the catalogue left. Then a
 * pseudo-locale (accented, ~40 % longer) shows whether any text is clipped.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Browser, Page } from "playwright-core";
import { ERROR_CATALOGUE } from "../../src/core";
import { CATALOGUES, catalogueMessage } from "../../src/i18n/error-messages";
import { HELP_STRINGS } from "../../src/help/locales";
import { HELP_EN } from "../../src/help/locales/en";
import { launchChromium, OfflineContext } from "../support/browser";
import { DIST } from "../support/bundle";
import { openHelp } from "../support/help-page";
import { clippedElements, pseudoLocalizePage } from "../support/pseudo-locale";
import { serveFolder, StaticServer } from "../support/static-server";

jest.setTimeout(120_000);

interface Metadata {
  functions: {
    id: string;
    description: string;
    parameters: { name: string; description: string }[];
  }[];
}
const metadata = (file: string): Metadata =>
  JSON.parse(readFileSync(join(DIST, file), "utf8")) as Metadata;
const ENGLISH = metadata("functions.json");

let server: StaticServer;
let browser: Browser;
const contexts: OfflineContext[] = [];

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string, options = {}): Promise<Page> =>
  openHelp(browser, server.origin, contexts, path, options);

/** The page's text as a reader sees it, without formulas and other left-to-right values. */
const prose = (page: Page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("code, pre, [dir=ltr]").forEach((e) => e.remove());
    return clone.textContent ?? "";
  });

/** English sentences the page could show: its own words, the metadata and the catalogue. */
const ENGLISH_TEXTS = [
  ...Object.values(HELP_EN)
    .flatMap((t) => t.split("{example}"))
    .filter((t) => t.length > 12),
  ...ENGLISH.functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description)]),
  ...Object.values(ERROR_CATALOGUE).flatMap((e) => [e.advice, e.template.split("{")[0]]),
].filter((t) => t.trim().length > 12);

describe.each([
  ["ar", "ar", "rtl", "functions-ar.json"],
  ["zh-CN", "zh-CN", "ltr", "functions-zh-cn.json"],
] as const)("help.html?lang=%s", (lang, locale, dir, file) => {
  const s = HELP_STRINGS[locale];
  const translated = metadata(file);

  test("#CHURN: lang and dir, the function, its examples and errors in that language", async () => {
    const page = await open(`help.html?lang=${lang}#CHURN`);
    expect(await page.getAttribute("html", "lang")).toBe(locale);
    expect(await page.getAttribute("html", "dir")).toBe(dir);
    expect(await page.title()).toBe(s.functionTitle.replace("{name}", "CHURN"));
    expect(await page.locator("#page-title").textContent()).toBe(s.pageTitle);
    const churn = translated.functions.find((f) => f.id === "CHURN")!;
    const card = page.locator(".cs-card");
    expect(await card.locator("p").first().textContent()).toBe(churn.description);
    expect(await card.locator("dd").allTextContents()).toEqual(
      churn.parameters.map((p) => p.description)
    );
    expect(await page.locator(".cs-function-page h3").allTextContents()).toEqual([
      s.examples,
      s.errors,
    ]);
    const [examples, errors] = await page.locator(".cs-function-page table").all();
    expect(await examples.locator("th").allTextContents()).toEqual([s.formula, s.result]);
    expect(await errors.locator("th").allTextContents()).toEqual([
      s.formula,
      s.result,
      s.message,
      s.advice,
    ]);
    const zero = errors.locator("tbody tr", { hasText: "zero-denominator" });
    const cells = await zero.locator("td").allTextContents();
    expect(cells[2]).toBe(
      catalogueMessage("zero-denominator", { arg: "customers_at_start" }, locale)
    );
    expect(cells[3]).toBe(CATALOGUES[locale]["zero-denominator"].advice);
  });

  test("the index: every card and the whole catalogue in that language, no English left", async () => {
    const page = await open(`help.html?lang=${lang}`);
    expect(await page.locator("#reference article p").first().textContent()).toBe(
      translated.functions[0].description
    );
    const text = await prose(page);
    expect(ENGLISH_TEXTS.filter((english) => text.includes(english))).toEqual([]);
    expect(text).toContain(CATALOGUES[locale]["not-integer"].advice.slice(0, 10));
  });
});

test("without ?lang= the browser's language decides (ro-RO → Romanian, de-DE → English)", async () => {
  const ro = await open("help.html#NPS", { locale: "ro-RO" });
  expect(await ro.getAttribute("html", "lang")).toBe("ro");
  expect(await ro.locator(".cs-function-page h3").first().textContent()).toBe(
    HELP_STRINGS.ro.examples
  );
  const de = await open("help.html#NPS", { locale: "de-DE" });
  expect(await de.getAttribute("html", "lang")).toBe("en");
  expect(await de.locator(".cs-function-page h3").first().textContent()).toBe("Examples");
});

describe.each([360, 1024])("pseudo-locale at %i px", (width) => {
  test.each(["help.html#CHURNFROMDATES", "help.html"])("%s: no text is clipped", async (path) => {
    const page = await open(path);
    await page.setViewportSize({ width, height: 800 });
    await pseudoLocalizePage(page);
    expect(await page.locator("#page-title").textContent()).toMatch(/^\[ÇŠ Ṁéţŕîçš .*~\]$/);
    expect(await clippedElements(page)).toEqual([]);
  });
});

test("no request left the machine", () => {
  expect(contexts.flatMap((c) => c.blocked)).toEqual([]);
});

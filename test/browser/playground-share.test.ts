/**
 * The Share tab in the playground (headless Chromium, the real pane and Office.js edge on the
 * fake workbook): by keyboard, Check workbook, Make shareable and Restore on a sheet of CS cells,
 * in all five languages (right to left in ar and fa, addresses isolated left to right), with the
 * workbook checked after each step and a screenshot per language ($CS_SCREENSHOTS or the temp
 * folder).
 */
import { mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Page } from "playwright-core";
import { ensureCjkFont } from "../support/system-deps";
import { Playground, inBook, startPlayground } from "../support/playground";

jest.setTimeout(180_000);

const SHOTS = process.env.CS_SCREENSHOTS ?? join(tmpdir(), "cs-share-screenshots");
const FORMULAS = [
  ["=CS.NPS(A1:A12)"],
  ["=ROUND(CS.NPS(A1:A12),0)"],
  ["=CS.TTV(C1:C5,D1:D5)"],
  ["=SUM(A1:A12)"],
];

let playground: Playground;

beforeAll(async () => {
  ensureCjkFont();
  mkdirSync(SHOTS, { recursive: true });
  playground = await startPlayground();
}, 120_000);

afterAll(() => playground?.close());

/** A sheet "Scores": scores in A, start and value dates in C and D, the formulas in B. */
async function addScores(page: Page): Promise<void> {
  await inBook(
    page,
    (book, formulas) => {
      const rows = Array.from({ length: 12 }, (_, i) => [
        (i * 7) % 11,
        formulas[i] ? { formula: formulas[i][0] } : null,
        i < 5 ? 45000 + i : null,
        i < 5 ? 45010 + i * 3 : null,
      ]);
      book.addSheet("Scores", rows);
    },
    FORMULAS
  );
}

const formulasOf = (page: Page) => inBook(page, (book) => book.formulas("Scores", "B1:B4"));

async function press(page: Page, id: string): Promise<void> {
  await page.focus(`#${id}`);
  await page.keyboard.press("Enter");
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(document.getElementById("cs-share-check") as HTMLButtonElement).disabled
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  const clip = await page.evaluate(() => {
    const pane = document.querySelector(".pg-pane")!.getBoundingClientRect();
    const content = document.getElementById("share")!.getBoundingClientRect();
    return {
      x: pane.left,
      y: pane.top + window.scrollY,
      width: pane.width,
      height: content.bottom + 16 - pane.top,
    };
  });
  await page.screenshot({ path: join(SHOTS, `share-${name}.png`), clip, fullPage: true });
}

test.each([
  ["en-US", "en", "ltr", "Share"],
  ["ar-SA", "ar", "rtl", "المشاركة"],
  ["fa-IR", "fa", "rtl", "اشتراک‌گذاری"],
  ["ro-RO", "ro", "ltr", "Partajare"],
  ["zh-CN", "zh-CN", "ltr", "共享"],
])("%s: Check, Make shareable and Restore by keyboard (%s, %s)", async (tag, lang, dir, tab) => {
  const page = await playground.open({ lang: tag });
  expect(await page.getAttribute("html", "dir")).toBe(dir);
  await addScores(page);
  // The tab list by keyboard: from Health score, the arrow away from the start reaches Share.
  await page.focus("#tab-wizard");
  await page.keyboard.press(dir === "rtl" ? "ArrowLeft" : "ArrowRight");
  expect(await page.textContent("#tab-share")).toBe(tab);
  expect(await page.getAttribute("#tab-share", "aria-selected")).toBe("true");
  expect(await page.isVisible("#share")).toBe(true);
  await idle(page);

  await press(page, "cs-share-check");
  await page.waitForSelector('#cs-share-report li[data-sheet="Scores"]');
  await idle(page);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("cs-share-check");
  expect(await page.textContent('#cs-share-report li[data-sheet="Scores"]')).toContain("CS.NPS");
  expect(await formulasOf(page)).toEqual(FORMULAS);

  await press(page, "cs-share-make");
  await page.waitForSelector("#cs-share-summary:not([hidden])");
  await idle(page);
  const after = await formulasOf(page);
  expect(after[0][0]).toBe('=(COUNTIF(A1:A12,">=9")-COUNTIF(A1:A12,"<=6"))/COUNT(A1:A12)*100');
  expect(after[1][0]).toMatch(/^=ROUND\(\(COUNTIF/);
  expect(typeof after[2][0]).toBe("number");
  expect(after[3]).toEqual(FORMULAS[3]);
  expect(await inBook(page, (book) => book.visibility("CSMetrics_Originals"))).toBe("VeryHidden");
  const summary = (await page.textContent("#cs-share-summary")) ?? "";
  expect(summary).toContain("Scores!B3");
  expect(await page.getAttribute("#cs-share-summary .cs-address", "dir")).toBe("ltr");
  if (lang === "en")
    expect(summary).toBe(
      "2 formulas now use only built-in Excel functions; 1 cell was frozen as values (TTV median: no native formula before Excel 365): Scores!B3."
    );
  if (lang === "ar") expect(summary).toContain("؛");
  await shoot(page, `${lang}-shared`);

  await press(page, "cs-share-restore");
  await page.waitForFunction(
    () =>
      !(document.getElementById("cs-share-check") as HTMLButtonElement).disabled &&
      (document.getElementById("cs-share-restore") as HTMLButtonElement).disabled
  );
  expect(await formulasOf(page)).toEqual(FORMULAS);
  expect(await inBook(page, (book) => book.sheetNames)).not.toContain("CSMetrics_Originals");
  expect(playground.errors).toEqual([]);
  await page.close();
});

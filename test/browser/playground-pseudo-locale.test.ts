/**
 * The wizard pane in a pseudo-locale (every string accented and about 40 % longer, as German or
 * Romanian often is: test/support/pseudo-locale.ts) at the playground's 360 px pane width. On
 * each step, with ranges picked, metrics set and warnings listed, no text may be clipped.
 */
import { mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Page } from "playwright-core";
import { clippedElements, pseudoLocalizePage } from "../support/pseudo-locale";
import { Playground, pick, startPlayground } from "../support/playground";

jest.setTimeout(180_000);

const SHOTS = process.env.CS_SCREENSHOTS ?? join(tmpdir(), "cs-wizard-screenshots");

let playground: Playground;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  playground = await startPlayground();
}, 120_000);

afterAll(() => playground?.close());

/** The sample's ids, two metrics (one with "n/a" cells: warning W01) and revenue picked. */
async function paneWithRanges(): Promise<Page> {
  const page = await playground.open();
  await pick(page, "cs-ids-pick", "Accounts!A1:A301");
  await pick(page, "cs-m0-pick", "Accounts!G1:G301");
  await page.click("#cs-add-metric");
  await pick(page, "cs-m1-pick", "Accounts!I1:I301");
  await pick(page, "cs-revenue-pick", "Accounts!D1:D301");
  return page;
}

test.each([1, 2, 3, 4])("step %i: no text is clipped", async (step) => {
  const page = await paneWithRanges();
  for (let k = 1; k < step; k++) await page.click("#cs-next");
  await page.waitForFunction(
    (s) => document.getElementById("cs-step-title")?.textContent?.includes(String(s)),
    step
  );
  if (step === 2) await page.selectOption("#cs-m1-normalisation", "thresholds");
  // Only the pane: the workbook grid beside it is the playground's, not the product's. Its
  // column stays, so the pane keeps its 360 px.
  await page.evaluate(() => document.querySelector(".pg-book")?.replaceChildren());
  expect(await page.evaluate(() => document.querySelector(".pg-pane")?.clientWidth)).toBe(360);
  await pseudoLocalizePage(page);
  expect(await page.locator("#cs-step-title").textContent()).toMatch(/^\[.*~\]$/);
  await page.locator(".pg-pane").screenshot({ path: join(SHOTS, `pseudo-step${step}.png`) });
  expect(await clippedElements(page)).toEqual([]);
});

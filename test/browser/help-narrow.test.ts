/**
 * The help page at the task pane's 360 px in English, Arabic and Chinese (headless Chromium):
 * screenshots written to $CS_SCREENSHOTS (or the temp folder) and checked: no table or cell wider
 * than its box, the page no wider than the pane, every header on one line (never broken
 * mid-word), and examples shown as a user sees them (dates, rounded results, no working notes).
 */
import { mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium, OfflineContext } from "../support/browser";
import { DIST } from "../support/bundle";
import { openHelp } from "../support/help-page";
import { serveFolder, StaticServer } from "../support/static-server";

jest.setTimeout(120_000);

const SHOTS = process.env.CS_SCREENSHOTS ?? join(tmpdir(), "cs-help-screenshots");
const PANE = 360;

let server: StaticServer;
let browser: Browser;
const contexts: OfflineContext[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(DIST);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string): Promise<Page> =>
  openHelp(browser, server.origin, contexts, path, { viewport: { width: PANE, height: 800 } });

/** Tables and cells whose content is wider than their box. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("table, th, td"))
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.tagName} "${(e.textContent ?? "").slice(0, 40)}"`)
  );

/** Header words laid out across two lines (a header may wrap between its words, not inside one). */
const brokenHeaders = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll("th")).flatMap((th) => {
      const node = th.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return [];
      const text = node.textContent ?? "";
      const broken: string[] = [];
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
      return broken;
    })
  );

describe.each(["en", "ar", "zh-CN"])("help.html?lang=%s at 360 px", (lang) => {
  test.each(["CHURNFROMDATES", "NPS", "TTV", "NPSTEST", ""])("#%s", async (id) => {
    const page = await open(`help.html?lang=${lang}${id ? `#${id}` : ""}`);
    await page.screenshot({
      path: join(SHOTS, `help-${lang}-${id || "index"}.png`),
      fullPage: true,
    });
    expect(await overflowing(page)).toEqual([]);
    expect(await brokenHeaders(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PANE
    );
    if (!id) return;
    // The examples table: what a user types and sees.
    const examples = page.locator(".cs-function-page table").first();
    const text = await examples.textContent();
    expect(text).not.toMatch(/oracle|fixture|seed \d|§/);
    const results = await examples.locator("tbody td:nth-child(2)").allTextContents();
    expect(results.filter((r) => /\d\.\d{3,}/.test(r))).toEqual([]);
    if (id === "CHURNFROMDATES") {
      expect(text).toContain("DATE(2024,1,1)");
      expect(text).toContain("2023-06-01");
      expect(text).not.toMatch(/4\d{4}/);
    }
    if (id === "NPS") expect(text).toContain("-11.11");
  });
});

test("no request left the machine", () => {
  expect(contexts.flatMap((c) => c.blocked)).toEqual([]);
});

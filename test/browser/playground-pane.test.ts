/**
 * The wizard pane in the playground (headless Chromium, real pane, real Office.js edge, fake
 * workbook with the 300 sample accounts): a keyboard-only run through the four steps, labels,
 * the problem panel and focus, Alt+↓ and Cancel, hostile headers and sheet names as text, and
 * screenshots of every step in en, ar and zh-CN (written to $CS_SCREENSHOTS or the temp folder).
 */
import { mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Page } from "playwright-core";
import { ensureCjkFont } from "../support/system-deps";
import {
  Playground,
  announced,
  inBook,
  pick,
  select,
  startPlayground,
} from "../support/playground";

jest.setTimeout(180_000);

const SHOTS = process.env.CS_SCREENSHOTS ?? join(tmpdir(), "cs-wizard-screenshots");

let playground: Playground;

beforeAll(async () => {
  ensureCjkFont();
  mkdirSync(SHOTS, { recursive: true });
  playground = await startPlayground();
}, 120_000);

afterAll(() => playground?.close());

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Presses Tab until the control with `id` has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, id: string, shift = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
  }
  throw new Error(`#${id} not reached by ${shift ? "Shift+" : ""}Tab`);
}

/** Selects `address` in the workbook, then uses it for a role through the keyboard. */
async function useSelection(page: Page, pickId: string, address: string): Promise<void> {
  await select(page, address);
  await tabTo(page, pickId);
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    ([id, a]) =>
      document.getElementById(id)?.closest("fieldset")?.querySelector(".cs-address")
        ?.textContent === a,
    [pickId, address] as const
  );
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

const statusText = (page: Page) => page.locator("#cs-status-text").textContent();

/** Every input and select has a visible label. */
async function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("#wizard input, select")]
      .filter((c) => !c.labels || c.labels.length === 0 || !c.labels[0].textContent?.trim())
      .map((c) => c.id)
  );
}

/** The focused control shows a visible outline (spec §8: 2 px). */
async function focusOutline(page: Page): Promise<string> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

/** Data step by keyboard: ids, three metrics, previous score and revenue of the sample. */
async function fillData(page: Page): Promise<void> {
  await useSelection(page, "cs-ids-pick", "Accounts!A1:A301");
  await useSelection(page, "cs-m0-pick", "Accounts!G1:G301");
  await tabTo(page, "cs-add-metric");
  await page.keyboard.press("Enter");
  await useSelection(page, "cs-m1-pick", "Accounts!I1:I301");
  await tabTo(page, "cs-add-metric");
  await page.keyboard.press("Space");
  await useSelection(page, "cs-m2-pick", "Accounts!J1:J301");
  await useSelection(page, "cs-previousScore-pick", "Accounts!L1:L301");
  await useSelection(page, "cs-revenue-pick", "Accounts!D1:D301");
}

const writes = (page: Page) => inBook(page, (book) => book.writeLog.length);

test("keyboard-only run through the four steps builds the sheet and announces it", async () => {
  const page = await playground.open();
  expect(await page.getAttribute("html", "dir")).toBe("ltr");
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await fillData(page);
  const ids = page.locator('fieldset[data-role="ids"]');
  expect(await ids.locator(".cs-summary").textContent()).toBe(
    "RangeAccounts!A1:A301HeaderAccount idData rows300"
  );
  expect(await page.isChecked("#cs-ids-header")).toBe(true);
  expect(await page.getAttribute('fieldset[data-role="ids"] .cs-address', "dir")).toBe("ltr");
  expect(await unlabelled(page)).toEqual([]);
  await page.focus("#cs-m0-pick");
  expect(await focusOutline(page)).toBe("solid 2px");

  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  expect(await page.locator("#cs-step-title").textContent()).toBe("Step 2 of 4: Metrics");
  expect(await page.inputValue("#cs-m0-name")).toBe("Usage minutes (30 d)");
  await typeInto(page, "cs-m0-weight", "50");
  await typeInto(page, "cs-m1-weight", "20");
  await tabTo(page, "cs-m1-direction");
  await page.keyboard.press("ArrowDown"); // Lower is better
  await typeInto(page, "cs-m2-weight", "30");
  expect(await page.locator('[data-share="0"]').textContent()).toBe("Share of the score: 50.0%");
  expect(await page.locator('[data-share="1"]').textContent()).toBe("Share of the score: 20.0%");
  expect(await page.inputValue("#cs-m1-direction")).toBe("lower");
  expect(await unlabelled(page)).toEqual([]);

  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  expect(await page.inputValue("#cs-trend-source")).toBe("column");
  expect(await unlabelled(page)).toEqual([]);

  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  await tabTo(page, "cs-build");
  expect(await focusOutline(page)).toBe("solid 2px");
  await page.keyboard.press("Enter");
  expect(await announced(page, /^Built/)).toBe("Built Health Score: 300 accounts, 3 metrics");
  expect(await page.getAttribute(".cs-status", "aria-live")).toBe("polite");
  expect(await inBook(page, (book) => book.sheetNames)).toEqual(["Accounts", "Health Score"]);
  const saved = await inBook(page, (book) => book.settings["CSMetrics.healthScore.v1"]);
  const config = JSON.parse(saved as string) as {
    metrics: { name?: string; direction: string; weight: number }[];
  };
  expect(config.metrics.map((m) => [m.name, m.direction, m.weight])).toEqual([
    [undefined, "higher", 50],
    [undefined, "lower", 20],
    [undefined, "higher", 30],
  ]);
  // The built sheet is now the one edited: Rebuild and Snapshot (trend from a column: no) open.
  expect(await page.inputValue("#cs-sheet")).toBe("Health Score");
  expect(await page.isEnabled("#cs-rebuild")).toBe(true);
  expect(await page.isEnabled("#cs-snapshot")).toBe(false);
  await page.close();
});

test("a problem is listed with role and address, sits next to its control, and focuses it", async () => {
  const page = await playground.open();
  await fillData(page);
  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  await typeInto(page, "cs-m2-weight", "0");
  const problem = page.locator('.cs-problem[data-code="E13"]');
  await problem.waitFor();
  expect(await problem.textContent()).toContain("NPS");
  expect(await problem.textContent()).toContain("Weight of NPS must be a number greater than 0.");
  const warning = page.locator('.cs-problem[data-code="W01"]', { hasText: "Accounts!I1:I301" });
  expect(await warning.textContent()).toContain(
    "Support tickets (90 d): 5 cells are not numbers (I148, I170, I192, I273, I296) and are left out."
  );
  expect(await page.getAttribute("#cs-problems", "aria-live")).toBe("polite");
  expect(await page.getAttribute("#cs-m2-weight", "aria-invalid")).toBe("true");
  expect(await page.getAttribute("#cs-m2-weight", "aria-describedby")).toContain(
    "cs-m2-weight-error"
  );
  expect(await page.textContent("#cs-m2-weight-error")).toBe(
    "Weight of NPS must be a number greater than 0."
  );
  // Review: Build is disabled while the error stands; the problem takes the user back.
  await page.click("#cs-step-4");
  expect(await page.isDisabled("#cs-build")).toBe(true);
  await problem.focus();
  // Reached by the keyboard (Tab away and back), the problem shows its focus outline.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  expect(await focusOutline(page)).toBe("solid 2px");
  await page.keyboard.press("Enter");
  expect(await activeId(page)).toBe("cs-m2-weight");
  expect(await page.locator("#cs-step-title").textContent()).toBe("Step 2 of 4: Metrics");
  // A warning on the data: activating it opens step 1 at the metric's range button.
  await warning.focus();
  await page.keyboard.press("Space");
  expect(await activeId(page)).toBe("cs-m1-pick");
  expect(await writes(page)).toBe(0);
  await page.close();
});

test("Alt+↓ moves a metric and announces it; Cancel stops a build", async () => {
  const page = await playground.open({ latency: 300 });
  await fillData(page);
  await page.focus("#cs-m0-pick");
  await page.keyboard.press("Alt+ArrowDown");
  expect(await activeId(page)).toBe("cs-m0-pick");
  const legends = await page.locator("fieldset[data-role^=m] legend").allTextContents();
  expect(legends).toEqual(["Metric 1", "Metric 2", "Metric 3"]);
  expect(await page.locator("fieldset[data-role^=m] .cs-address").allTextContents()).toEqual([
    "Accounts!I1:I301",
    "Accounts!G1:G301",
    "Accounts!J1:J301",
  ]);
  expect(await statusText(page)).toBe("Usage minutes (30 d) is now metric 2.");
  await page.keyboard.press("Alt+ArrowUp");
  expect(await statusText(page)).toBe("Usage minutes (30 d) is now metric 1.");

  await page.click("#cs-step-4");
  await page.focus("#cs-build");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => !(document.getElementById("cs-cancel") as HTMLButtonElement).disabled
  );
  expect(await activeId(page)).toBe("cs-cancel");
  await page.keyboard.press("Enter");
  expect(await announced(page, /^(Cancelled|Built|Writing)/)).toBe("Cancelled. Nothing was kept.");
  expect(await inBook(page, (book) => book.sheetNames)).toEqual(["Accounts"]);
  await page.close();
});

const HOSTILE = "<img src=x onerror=alert(1)>";
const RTL_OVERRIDE = "\u202Eusage\u202C";
const LONG = `Usage ${"minutes ".repeat(60)}end`;
const RTL_SHEET = "\u202Eteehs\u202C very long name xx";

test("hostile headers and sheet names are text: no element, no script, no request", async () => {
  const page = await playground.open();
  await inBook(
    page,
    (book, [name, rtlSheet, hostile, rtl, long]) => {
      const rows = Array.from({ length: 6 }, (_, i) => [`H-${i + 1}`, i + 1, i + 4, i * 2]);
      book.addSheet(name, [["id", hostile, rtl, long], ...rows]);
      book.addSheet(rtlSheet, [[hostile, long], ...rows.map((r) => [r[1], r[2]])]);
    },
    [HOSTILE, RTL_SHEET, HOSTILE, RTL_OVERRIDE, LONG]
  );
  const sheet = `'${HOSTILE}'`;
  await pick(page, "cs-ids-pick", `${sheet}!A1:A7`);
  await pick(page, "cs-m0-pick", `${sheet}!B1:B7`);
  await page.click("#cs-add-metric");
  await pick(page, "cs-m1-pick", `${sheet}!C1:C7`);
  await page.click("#cs-add-metric");
  await pick(page, "cs-m2-pick", `${sheet}!D1:D7`);
  await page.click("#cs-add-metric");
  await pick(page, "cs-m3-pick", `'${RTL_SHEET}'!B1:B7`);
  const headers = await page.locator(".cs-summary dd bdi:not(.cs-address)").allTextContents();
  expect(headers).toEqual(["id", "6", HOSTILE, "6", RTL_OVERRIDE, "6", LONG, "6", LONG, "6"]);
  expect(await page.locator(".cs-address").allTextContents()).toContain(`'${RTL_SHEET}'!B1:B7`);
  // The grid shows the hostile sheet's tab and cells as text too.
  expect(await page.locator('.pg-tabs [role="tab"]').allTextContents()).toEqual([
    "Accounts",
    HOSTILE,
    RTL_SHEET,
  ]);
  await page.click("#cs-step-2");
  expect(await page.inputValue("#cs-m0-name")).toBe(HOSTILE);
  expect(await page.inputValue("#cs-m1-name")).toBe(RTL_OVERRIDE);
  await page.click('.cs-problem[data-code="E15"]').catch(() => undefined);
  const images = await page.locator("img").evaluateAll((all) => all.map((i) => i.outerHTML));
  expect(images).toEqual(['<img src="assets/icon-32.png" alt="" width="32" height="32">']);
  // Long names wrap inside the 360 px pane instead of widening it.
  const overflow = await page.evaluate(() => {
    const pane = document.querySelector(".pg-pane") as HTMLElement;
    return pane.scrollWidth - pane.clientWidth;
  });
  expect(overflow).toBe(0);
  expect(playground.dialogs).toEqual([]);
  expect(playground.offline.requested.filter((url) => /\/x$/.test(url))).toEqual([]);
  expect(await writes(page)).toBe(0);
  await page.close();
});

/** Shoots the pane (360 px wide, as tall as its content) or, with `whole`, the page. */
async function shoot(page: Page, name: string, whole = false): Promise<void> {
  const path = join(SHOTS, `${name}.png`);
  if (whole) {
    await page.screenshot({ path });
    return;
  }
  const clip = await page.evaluate(() => {
    const pane = document.querySelector(".pg-pane")!.getBoundingClientRect();
    const content = document.getElementById("wizard")!.getBoundingClientRect();
    const top = pane.top + window.scrollY;
    return { x: pane.left, y: top, width: pane.width, height: content.bottom + 16 - pane.top };
  });
  await page.screenshot({ path, clip, fullPage: true });
}

test.each([
  ["en-US", "en", "ltr"],
  ["ar-SA", "ar", "rtl"],
  ["zh-CN", "zh-CN", "ltr"],
])("%s: the pane speaks %s, dir=%s, every step screenshotted", async (tag, lang, dir) => {
  const page = await playground.open({ lang: tag });
  expect(await page.getAttribute("html", "lang")).toBe(lang);
  expect(await page.getAttribute("html", "dir")).toBe(dir);
  expect(await page.locator(".pg-pane").evaluate((p) => p.getBoundingClientRect().width)).toBe(360);
  await fillData(page);
  expect(await unlabelled(page)).toEqual([]);
  expect(await page.getAttribute('fieldset[data-role="ids"] .cs-address', "dir")).toBe("ltr");
  await shoot(page, `${lang}-1-data`);
  for (const step of [2, 3, 4]) {
    await page.click(`#cs-step-${step}`);
    await shoot(page, `${lang}-${step}`);
  }
  await page.click("#cs-build");
  await page.waitForFunction(() => document.getElementById("cs-sheet") !== null);
  expect(await inBook(page, (book) => book.sheetNames)).toHaveLength(2);
  await shoot(page, `${lang}-4-built`);
  await shoot(page, `${lang}-playground`, true);
  await page.click("#cs-step-2");
  await page.fill("#cs-m2-weight", "0");
  await page.dispatchEvent("#cs-m2-weight", "change");
  await page.locator('.cs-problem[data-code="E13"]').waitFor();
  await shoot(page, `${lang}-problems`);
  await page.close();
});

test.each(["en-US", "ro-RO", "ar-SA", "fa-IR", "zh-CN"])(
  "%s: the four steps sit on one row inside the 360 px pane",
  async (tag) => {
    const page = await playground.open({ lang: tag });
    const boxes = await page.evaluate(() => {
      const pane = document.querySelector(".pg-pane")!.getBoundingClientRect();
      return [...document.querySelectorAll(".cs-stepper li")].map((li) => {
        const r = li.getBoundingClientRect();
        return { top: r.top, inside: r.left >= pane.left && r.right <= pane.right };
      });
    });
    expect(boxes).toHaveLength(4);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(boxes.every((b) => b.inside)).toBe(true);
    await page.close();
  }
);

test("without ExcelApi 1.9 the pane says which Excel it needs", async () => {
  const page = await playground.open({ api: "1.8" });
  expect(await page.textContent(".cs-notice")).toContain(
    "needs Excel 2019, Microsoft 365 or Excel on the web"
  );
  await page.close();
});

test("no request left the machine, no dialog opened, the page raised no error", () => {
  expect(playground.offline.blocked).toEqual([]);
  expect(playground.dialogs).toEqual([]);
  expect(playground.errors).toEqual([]);
});

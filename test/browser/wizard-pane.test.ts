/**
 * The health-score wizard pane in headless Chromium with the real office.js, on the scripted
 * in-memory port (test/taskpane/scripted-port.ts): a keyboard-only run through the four steps,
 * labels, the problem panel and focus, hostile headers as text, right-to-left Arabic, and
 * screenshots of every step in en, ar and zh-CN (written to $CS_SCREENSHOTS or the temp folder).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { Browser, Page } from "playwright-core";
import webpack from "webpack";
import { launchChromium, offlineContext, OfflineContext } from "../support/browser";
import { serveFolder, StaticServer } from "../support/static-server";

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, "..", "..");
const SHOTS = process.env.CS_SCREENSHOTS ?? join(tmpdir(), "cs-wizard-screenshots");

let site: string;
let server: StaticServer;
let browser: Browser;
let offline: OfflineContext;
const dialogs: string[] = [];
const pageErrors: string[] = [];

/** Bundles the test page (development mode, no eval: the page's CSP forbids it). */
async function buildTestPage(out: string): Promise<void> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: { "wizard-page": join(ROOT, "test/taskpane/wizard-page.ts") },
    output: { path: out, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
  });
  await new Promise<void>((done, fail) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) fail(error ?? new Error(stats?.toString()));
      else compiler.close(() => done());
    })
  );
  copyFileSync(join(ROOT, "test/taskpane/wizard-page.html"), join(out, "wizard-page.html"));
  copyFileSync(join(ROOT, "src/ui/office.css"), join(out, "office.css"));
}

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), "cs-wizard-page-"));
  mkdirSync(SHOTS, { recursive: true });
  await buildTestPage(site);
  server = await serveFolder(site);
  browser = await launchChromium();
  offline = await offlineContext(browser, server.origin);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function openPane(lang = "en-US", api = true): Promise<Page> {
  const page = await offline.context.newPage();
  await page.setViewportSize({ width: 360, height: 900 });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/wizard-page.html?lang=${lang}${api ? "" : "&api=0"}`);
  await page.waitForSelector(".cs-wizard-title");
  return page;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Presses Tab until the control with `id` has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, id: string, shift = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
  }
  throw new Error(`#${id} not reached by ${shift ? "Shift+" : ""}Tab`);
}

/** Selects `address` in the "grid", then uses it for a role through the keyboard. */
async function useSelection(page: Page, pickId: string, address: string): Promise<void> {
  await page.evaluate((a) => (window.testPort.selected = a), address);
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

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Every input and select has a visible label. */
async function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")]
      .filter((c) => !c.labels || c.labels.length === 0 || !c.labels[0].textContent?.trim())
      .map((c) => c.id)
  );
}

/** Data step: ids, three metrics, previous score and revenue from spec §13.1, by keyboard. */
async function fillData(page: Page): Promise<void> {
  await useSelection(page, "cs-ids-pick", "Accounts!A1:A7");
  await useSelection(page, "cs-m0-pick", "Accounts!B1:B7");
  await tabTo(page, "cs-add-metric");
  await page.keyboard.press("Enter");
  await useSelection(page, "cs-m1-pick", "Accounts!C1:C7");
  await tabTo(page, "cs-add-metric");
  await page.keyboard.press("Space");
  await useSelection(page, "cs-m2-pick", "Accounts!D1:D7");
  await useSelection(page, "cs-previousScore-pick", "Accounts!E1:E7");
  await useSelection(page, "cs-revenue-pick", "Accounts!F1:F7");
}

test("keyboard-only run through the four steps builds the sheet and announces it", async () => {
  const page = await openPane();
  expect(await page.getAttribute("html", "dir")).toBe("ltr");
  expect(await page.getAttribute("html", "lang")).toBe("en");
  await fillData(page);
  const ids = page.locator('fieldset[data-role="ids"]');
  expect(await ids.locator(".cs-summary").textContent()).toBe(
    "RangeAccounts!A1:A7HeaderidData rows6"
  );
  expect(await page.isChecked("#cs-ids-header")).toBe(true);
  expect(await page.getAttribute('fieldset[data-role="ids"] .cs-address', "dir")).toBe("ltr");
  expect(await unlabelled(page)).toEqual([]);
  await shoot(page, "en-1-data");

  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  expect(await page.locator("#cs-step-title").textContent()).toBe("Step 2 of 4: Metrics");
  expect(await page.inputValue("#cs-m0-name")).toBe("Usage minutes");
  await typeInto(page, "cs-m0-weight", "50");
  await typeInto(page, "cs-m1-weight", "20");
  await tabTo(page, "cs-m1-direction");
  await page.keyboard.press("ArrowDown"); // Lower is better
  await typeInto(page, "cs-m2-weight", "30");
  expect(await page.locator('[data-share="0"]').textContent()).toBe("Share of the score: 50.0%");
  expect(await page.locator('[data-share="1"]').textContent()).toBe("Share of the score: 20.0%");
  expect(await page.inputValue("#cs-m1-direction")).toBe("lower");
  expect(await unlabelled(page)).toEqual([]);
  await shoot(page, "en-2-metrics");

  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  expect(await page.inputValue("#cs-trend-source")).toBe("column");
  expect(await unlabelled(page)).toEqual([]);
  await shoot(page, "en-3-bands");

  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  await tabTo(page, "cs-build");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.getElementById("cs-status-text")?.textContent?.startsWith("Built")
  );
  expect(await statusText(page)).toBe("Built Health Score: 6 accounts, 3 metrics");
  expect(await page.getAttribute(".cs-status", "aria-live")).toBe("polite");
  const written = await page.evaluate(() => window.testPort.written.map((w) => w.sheet));
  expect(written).toEqual(["Health Score"]);
  const config = await page.evaluate(() => window.testPort.saved);
  expect(config?.metrics?.map((m) => [m.name, m.direction, m.weight])).toEqual([
    [undefined, "higher", 50],
    [undefined, "lower", 20],
    [undefined, "higher", 30],
  ]);
  // The built sheet is now the one edited: Rebuild and Snapshot (trend from a column: no) open.
  expect(await page.inputValue("#cs-sheet")).toBe("Health Score");
  expect(await page.isEnabled("#cs-rebuild")).toBe(true);
  await shoot(page, "en-4-review");
  await page.close();
});

test("a problem is listed with role and address, sits next to its control, and focuses it", async () => {
  const page = await openPane();
  await fillData(page);
  await tabTo(page, "cs-next");
  await page.keyboard.press("Enter");
  await typeInto(page, "cs-m2-weight", "0");
  const problem = page.locator('.cs-problem[data-code="E13"]');
  await problem.waitFor();
  expect(await problem.textContent()).toContain("NPS");
  expect(await problem.textContent()).toContain("Weight of NPS must be a number greater than 0.");
  const warning = page.locator('.cs-problem[data-code="W01"]');
  expect(await warning.textContent()).toContain("Accounts!C1:C7");
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
  await page.keyboard.press("Enter");
  expect(await activeId(page)).toBe("cs-m2-weight");
  expect(await page.locator("#cs-step-title").textContent()).toBe("Step 2 of 4: Metrics");
  // A warning on the data: activating it opens step 1 at the metric's range button.
  await warning.focus();
  await page.keyboard.press("Enter");
  expect(await activeId(page)).toBe("cs-m1-pick");
  expect(await page.evaluate(() => window.testPort.written.length)).toBe(0);
  await page.close();
});

test("Alt+↓ moves a metric and announces it; Cancel stops a build", async () => {
  const page = await openPane();
  await fillData(page);
  await page.focus("#cs-m0-pick");
  await page.keyboard.press("Alt+ArrowDown");
  expect(await activeId(page)).toBe("cs-m0-pick");
  const legends = await page.locator("fieldset[data-role^=m] legend").allTextContents();
  expect(legends).toEqual(["Metric 1", "Metric 2", "Metric 3"]);
  expect(await page.locator("fieldset[data-role^=m] .cs-address").allTextContents()).toEqual([
    "Accounts!C1:C7",
    "Accounts!B1:B7",
    "Accounts!D1:D7",
  ]);
  expect(await statusText(page)).toBe("Usage minutes is now metric 2.");

  await page.evaluate(() => (window.testPort.delayMs = 400));
  await page.click("#cs-step-4");
  await page.focus("#cs-build");
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => !(document.getElementById("cs-cancel") as HTMLButtonElement).disabled
  );
  expect(await activeId(page)).toBe("cs-cancel");
  expect(await page.isVisible("#cs-progress")).toBe(true);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() =>
    document.getElementById("cs-status-text")?.textContent?.startsWith("Cancelled")
  );
  expect(await page.evaluate(() => window.testPort.written.length)).toBe(0);
  await page.close();
});

test("hostile headers are text: no element, no script, bidi controls kept inside", async () => {
  const page = await openPane();
  await useSelection(page, "cs-ids-pick", "Accounts!A1:A7");
  await useSelection(page, "cs-m0-pick", "Hostile!A1:A7");
  await page.click("#cs-add-metric");
  await useSelection(page, "cs-m1-pick", "Hostile!B1:B7");
  const headers = await page.locator(".cs-summary dd bdi:not(.cs-address)").allTextContents();
  expect(headers).toEqual([
    "7", // ids on another sheet than the first metric, text below: no header (§2)
    "<img src=x onerror=alert(1)>",
    "6",
    "\u202Eusage\u202C",
    "6",
  ]);
  expect(await page.locator("#wizard img").count()).toBe(0);
  await page.click("#cs-step-2");
  expect(await page.inputValue("#cs-m0-name")).toBe("<img src=x onerror=alert(1)>");
  expect(await page.locator("#wizard img").count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(offline.requested.some((url) => url.endsWith("/x"))).toBe(false);
  await page.close();
});

test.each([
  ["ar-SA", "ar", "rtl"],
  ["zh-CN", "zh-CN", "ltr"],
])("%s: the pane speaks %s, dir=%s, every step screenshotted", async (tag, lang, dir) => {
  const page = await openPane(tag);
  expect(await page.getAttribute("html", "lang")).toBe(lang);
  expect(await page.getAttribute("html", "dir")).toBe(dir);
  await fillData(page);
  expect(await unlabelled(page)).toEqual([]);
  expect(await page.getAttribute('fieldset[data-role="ids"] .cs-address', "dir")).toBe("ltr");
  await shoot(page, `${lang}-1-data`);
  for (const step of [2, 3, 4]) {
    await page.click(`#cs-step-${step}`);
    await shoot(page, `${lang}-${step}`);
  }
  await page.click("#cs-build");
  await page.waitForFunction(() => document.getElementById("cs-status-text")?.textContent !== "");
  await page.waitForFunction(() => window.testPort.written.length === 1);
  await shoot(page, `${lang}-4-built`);
  await page.close();
});

test("without ExcelApi 1.9 the pane says which Excel it needs", async () => {
  const page = await openPane("en-US", false);
  expect(await page.textContent(".cs-notice")).toContain(
    "needs Excel 2019, Microsoft 365 or Excel on the web"
  );
  await page.close();
});

test("no request left the machine and the page raised no error", () => {
  expect(offline.blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/**
 * The help page each function's @helpurl opens, in headless Chromium: one function's definition,
 * examples and errors with what to do, rendered as text; no request leaves the machine.
 */
import { Browser, Page } from "playwright-core";
import { ERROR_CATALOGUE } from "../../src/core";
import { launchChromium, offlineContext, OfflineContext } from "../support/browser";
import { DIST } from "../support/bundle";
import { serveFolder, StaticServer } from "../support/static-server";

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let offline: OfflineContext;
let page: Page;

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await launchChromium();
  offline = await offlineContext(browser, server.origin);
  page = await offline.context.newPage();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("help.html#CHURN shows CHURN's examples and errors with what to do", async () => {
  await page.goto(`${server.origin}/help.html#CHURN`);
  await page.waitForSelector(".cs-function-page");
  expect(await page.title()).toBe("CS.CHURN: CS Metrics help");
  expect(await page.locator(".cs-function-page h2").textContent()).toBe("CS.CHURN");
  const [examples, errors] = await page.locator(".cs-function-page table").all();
  expect(await examples.locator("tbody tr").first().textContent()).toContain(
    "=CS.CHURN(1000, 64)6.4%"
  );
  const zero = errors.locator("tbody tr", { hasText: "zero-denominator" });
  expect(await zero.textContent()).toContain("customers_at_start is zero.");
  expect(await zero.textContent()).toContain("the KPI is undefined");
});

test("help.html without a function lists them all with the error catalogue", async () => {
  await page.goto(`${server.origin}/help.html`);
  await page.waitForSelector("#reference article");
  expect(await page.locator("#reference article h2").count()).toBeGreaterThanOrEqual(4);
  expect(await page.locator("#reference table tbody tr").count()).toBe(
    Object.keys(ERROR_CATALOGUE).length
  );
});

test("the help page made no outside request", () => {
  expect(offline.blocked).toEqual([]);
});

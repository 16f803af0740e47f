/**
 * The built task pane in headless Chromium with the real office.js: the page loads, lists the
 * functions, the shared runtime registers every CS function, the registered NPS gives the spec
 * results on a dirty column and on bad input, and no request leaves the machine.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Browser, Page } from "playwright-core";
import { launchChromium, OFFICE_CDN, offlineContext, OfflineContext } from "../support/browser";
import { DIST } from "../support/bundle";
import { serveFolder, StaticServer } from "../support/static-server";

jest.setTimeout(120_000);

const METADATA = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
  functions: { id: string; name: string }[];
};

let server: StaticServer;
let browser: Browser;
let offline: OfflineContext;
let page: Page;
const consoleErrors: { text: string; url: string }[] = [];

beforeAll(async () => {
  server = await serveFolder(DIST);
  browser = await launchChromium();
  offline = await offlineContext(browser, server.origin);
  page = await offline.context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error")
      consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => consoleErrors.push({ text: error.message, url: "" }));
  await page.goto(`${server.origin}/taskpane.html`);
  // The function list is the second tab: present, hidden until its tab is chosen.
  await page.waitForSelector("#functions article", { state: "attached" });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Calls a function the page registered with CustomFunctions.associate; cells may hold errors. */
async function callRegistered(id: string, args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ({ id, args }) => {
      const toExcel = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(toExcel);
        if (value && typeof value === "object" && "error" in value) {
          const { error, message } = value as {
            error: CustomFunctions.ErrorCode;
            message?: string;
          };
          return new CustomFunctions.Error(error, message);
        }
        return value;
      };
      const mappings = (
        CustomFunctions as unknown as { _association: { mappings: Record<string, Function> } }
      )._association.mappings;
      const result = mappings[id](...args.map(toExcel));
      return result instanceof CustomFunctions.Error
        ? { code: result.code, message: result.message }
        : result;
    },
    { id, args }
  );
}

test("the pane lists every function from functions.json", async () => {
  const titles = await page.locator("#functions article h2").allTextContents();
  expect(titles).toEqual(METADATA.functions.map((f) => `CS.${f.name}`));
  expect(await page.locator("#NPS .cs-syntax").textContent()).toBe("=CS.NPS(scores)");
});

test("the shared runtime registered every CS function through associate", async () => {
  const ids = await page.evaluate(() =>
    Object.keys(
      (CustomFunctions as unknown as { _association: { mappings: object } })._association.mappings
    )
  );
  expect(ids.sort()).toEqual(METADATA.functions.map((f) => f.id).sort());
});

test.each<[string, unknown[], unknown]>([
  [
    "a dirty column (spec NPS row 3)",
    [
      [
        [10],
        [9],
        [9],
        [8],
        [7],
        [6],
        [5],
        [0],
        [3],
        [null],
        ["n/a"],
        ["9"],
        [true],
        [false],
        [10],
        [2],
        [null],
        [9],
        [7],
        [1],
      ],
    ],
    -7.142857142857143,
  ],
  [
    "a score off the scale",
    [[[9], [11]]],
    { code: "#NUM!", message: "scores: item 2 is 11, outside 0..10." },
  ],
  [
    "an error cell",
    [[[9], [{ error: "#N/A", message: "missing" }], [3]]],
    { code: "#N/A", message: "missing" },
  ],
  [
    "no valid score",
    [[[null], ["n/a"]]],
    { code: "#DIV/0!", message: "scores contains no valid values." },
  ],
])("registered NPS on %s", async (_title, args, expected) => {
  const result = await callRegistered("NPS", args);
  if (typeof expected === "number")
    expect(Math.abs((result as number) - expected)).toBeLessThanOrEqual(1e-12 * 100);
  else expect(result).toEqual(expected);
});

test("outside Excel a rate is a plain number (no CustomFunctionsRuntime 1.4)", async () => {
  expect(await callRegistered("CHURN", [1000, 64])).toBe(0.064);
});

test("no request left the machine and the page logged no error", async () => {
  // office.js outside Office frames Microsoft's telemetry proxy 3 s after it loads (an iframe with
  // an inline style); the page's Content-Security-Policy blocks both, so nothing is sent. Wait
  // past that point so the test sees the same page however fast the machine is.
  await page.waitForTimeout(3_500);
  const fromOfficeJs = (e: { url: string }) => e.url.startsWith(new URL(OFFICE_CDN).origin);
  for (const e of consoleErrors.filter(fromOfficeJs))
    expect(e.text).toMatch(/Content Security Policy/);
  expect(consoleErrors.filter((e) => !fromOfficeJs(e))).toEqual([]);
  expect(offline.blocked).toEqual([]);
  expect(
    offline.requested.every((url) => url.startsWith(server.origin) || url.startsWith(OFFICE_CDN))
  ).toBe(true);
  expect(offline.requested).toContain(`${OFFICE_CDN}custom-functions-runtime.js`);
});

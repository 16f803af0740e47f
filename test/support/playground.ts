/**
 * The playground (dist-playground/, built by the test setup) in headless Chromium with the
 * network closed: the real pane on the real Office.js edge over the in-browser fake workbook,
 * loaded with the sample accounts. Helpers act as the user in the workbook (`inBook`), pick
 * ranges through the pane's buttons, and read a sheet back as a BookView for plan comparisons.
 */
import { join, resolve } from "path";
import { Browser, Page } from "playwright-core";
import { CellInput, CellView, FakeWorkbook } from "../../test-double/excel";
import { parseArea } from "../../test-double/excel/a1";
import { SourceValue } from "../../src/health-score";
import { BookView } from "../excel/plan-match";
import { MemorySheet } from "../health-score/fixtures";
import { launchChromium, offlineContext, OfflineContext } from "./browser";
import { serveFolder, StaticServer } from "./static-server";

export const PLAYGROUND_DIST = resolve(__dirname, "..", "..", "dist-playground");

export interface Playground {
  readonly origin: string;
  readonly offline: OfflineContext;
  /** Messages of dialogs (alert, confirm) any page opened; each was dismissed. */
  readonly dialogs: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
  open(options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Office display language, e.g. "ar-SA"; default en-US. */
  readonly lang?: string;
  readonly buildId?: string;
  /** Milliseconds every `context.sync()` waits, as on a slow connection. */
  readonly latency?: number;
  /** Highest ExcelApi version the fake supports; default the fake's. */
  readonly api?: string;
  /** Viewport width; the pane itself is 360 px wide beside the grid. */
  readonly width?: number;
  readonly height?: number;
}

export async function startPlayground(): Promise<Playground> {
  const server: StaticServer = await serveFolder(PLAYGROUND_DIST);
  const browser: Browser = await launchChromium();
  const offline = await offlineContext(browser, server.origin);
  const dialogs: string[] = [];
  const errors: string[] = [];
  return {
    origin: server.origin,
    offline,
    dialogs,
    errors,
    async open(options = {}) {
      const page = await offline.context.newPage();
      await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
      const query = new URLSearchParams({
        lang: options.lang ?? "en-US",
        ...(options.buildId ? { buildId: options.buildId } : {}),
        ...(options.latency ? { latency: String(options.latency) } : {}),
        ...(options.api ? { api: options.api } : {}),
      });
      await page.goto(`${server.origin}/index.html?${query}`);
      await page.waitForFunction(() => "playground" in window);
      await page.waitForSelector(".cs-wizard-title");
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Runs `fn` in the page on the playground's FakeWorkbook (as the user, or to inspect it). `fn`
 * must be self-contained: it is sent as source text, `arg` as JSON.
 */
export function inBook<A, R>(
  page: Page,
  fn: (book: FakeWorkbook, arg: A) => R | Promise<R>,
  arg?: A
): Promise<R> {
  const call = `(${fn.toString()})(window.playground.book, ${JSON.stringify(arg ?? null)})`;
  return page.evaluate(call) as Promise<R>;
}

/** Selects `address` ("Sheet!A1:A301", areas comma-separated) in the fake workbook. */
export function select(page: Page, address: string): Promise<void> {
  const bang = address.lastIndexOf("!");
  const quoted = address.slice(0, bang);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return inBook(page, (book, [s, a]) => book.select(s, a), [sheet, address.slice(bang + 1)]);
}

/** Selects `address` in the workbook, then presses the role's "Use current selection". */
export async function pick(page: Page, pickId: string, address: string): Promise<void> {
  await select(page, address);
  await page.click(`#${pickId}`);
  await page.waitForFunction(
    ([id, a]) =>
      document.getElementById(id)?.closest("fieldset")?.querySelector(".cs-address")
        ?.textContent === a,
    [pickId, address] as const
  );
}

export const statusText = (page: Page) => page.locator("#cs-status-text").textContent();

/** Waits for the completion announcement ("Built …", "Snapshot …", a failure) and returns it. */
export async function announced(page: Page, prefix: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    (source) => {
      const text = document.getElementById("cs-status-text")?.textContent ?? "";
      return new RegExp(source).test(text) ? text : undefined;
    },
    prefix.source,
    { timeout: 60_000 }
  );
  return (await handle.jsonValue()) as string;
}

/** The sample workbook exactly as the playground loads it (sample-workbook.json). */
export function sampleSheets(): MemorySheet[] {
  const { sheets } = require(join(PLAYGROUND_DIST, "sample-workbook.json")) as {
    sheets: { name: string; cells: CellInput[][] }[];
  };
  return sheets.map((s) => ({ name: s.name, rows: s.cells as SourceValue[][] }));
}

interface SheetDump {
  readonly cells: (CellView | null)[][];
  readonly validations: (ReturnType<FakeWorkbook["validation"]> | null)[][];
  readonly widths: Record<number, number>;
  readonly heights: Record<number, number>;
  readonly freeze: { rows: number; columns: number } | null;
  readonly autoFilter: string | null;
  readonly conditionalFormats: ReturnType<FakeWorkbook["conditionalFormats"]>;
  readonly names: ReturnType<FakeWorkbook["names"]>;
}

/** Reads sheets of the page's workbook (A1 to the used range's corner) into a BookView. */
export async function dumpBook(page: Page, sheets: readonly string[]): Promise<BookView> {
  const dumps = await inBook(
    page,
    (book, names) =>
      names.map((sheet) => {
        const used = book.usedRange(sheet);
        const corner = /([A-Z]+)(\d+)$/.exec(used);
        const columns = corner
          ? [...corner[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
          : 0;
        const rows = corner ? Number(corner[2]) : 0;
        const grid = <T>(at: (r: number, c: number) => T) =>
          Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (__, c) => at(r, c))
          );
        return {
          cells: grid((r, c) => book.cell(sheet, r, c)),
          validations: grid((r, c) => book.validation(sheet, r, c) ?? null),
          widths: book.columnWidths(sheet),
          heights: book.rowHeights(sheet),
          freeze: book.freeze(sheet) ?? null,
          autoFilter: book.autoFilter(sheet) ?? null,
          conditionalFormats: book.conditionalFormats(sheet),
          names: book.names(sheet),
        };
      }),
    sheets
  );
  const bySheet = new Map<string, SheetDump>(sheets.map((s, i) => [s, dumps[i] as SheetDump]));
  const dump = (sheet: string): SheetDump => {
    const found = bySheet.get(sheet);
    if (!found) throw new Error(`${sheet} was not dumped`);
    return found;
  };
  const empty = { value: "", valueType: "Empty", numberFormat: "General" } as const;
  const cell = (sheet: string, row: number, column: number): CellView =>
    dump(sheet).cells[row]?.[column] ?? ({ ...empty, format: {} } as unknown as CellView);
  return {
    cell,
    formulas(sheet, address) {
      const rect = parseArea(address);
      if (!rect) throw new Error(address);
      const rows: (number | string | boolean)[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: (number | string | boolean)[] = [];
        for (let c = rect.left; c <= rect.right; c++) {
          const view = cell(sheet, r, c);
          row.push(view.formula ?? view.value);
        }
        rows.push(row);
      }
      return rows;
    },
    columnWidths: (sheet) => dump(sheet).widths,
    rowHeights: (sheet) => dump(sheet).heights,
    freeze: (sheet) => dump(sheet).freeze ?? undefined,
    autoFilter: (sheet) => dump(sheet).autoFilter ?? undefined,
    conditionalFormats: (sheet) => dump(sheet).conditionalFormats,
    validation: (sheet, row, column) => dump(sheet).validations[row]?.[column] ?? undefined,
    names: (sheet) => dump(sheet).names,
  };
}

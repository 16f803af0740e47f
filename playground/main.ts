/**
 * The playground: the real pane (the health-score wizard and the Share tab) and the real
 * Office.js edge on the in-browser fake workbook, preloaded with the sample accounts, beside a
 * grid of that workbook. Anyone can try
 * the wizard in a browser without Excel; the browser tests drive this same page.
 *
 * Query parameters: `lang` (Office display language, e.g. ar-SA), `buildId` (a fixed build
 * identity, for tests), `api` (highest ExcelApi version), `latency` (milliseconds every
 * `context.sync()` waits, to feel Excel on the web over a slow connection and to try Cancel).
 */
import { PRODUCT_VERSION } from "../src/product-version";
import { officeShare } from "../src/excel/office-share";
import { officeWorkbook } from "../src/excel/office-workbook";
import { apiSupport } from "../src/excel/api-support";
import { ExcelHost } from "../src/excel/excel-host";
import type { ExcelContext } from "../src/excel/excel-surface";
import { loadPaneLanguage } from "../src/taskpane/locales";
import { loadShareText } from "../src/taskpane/share-locales";
import { startShare } from "../src/taskpane/share-view";
import { setUpTabs } from "../src/taskpane/tabs";
import { startWizard } from "../src/taskpane/wizard-view";
import { createFakeExcel, FakeExcelOptions, FakeWorkbook } from "../test-double/excel";
import { gridView } from "./grid-view";

declare global {
  interface Window {
    /** The fake workbook, for the browser tests to inspect what the wizard wrote. */
    playground?: { book: FakeWorkbook; ready: true };
  }
}

const params = new URLSearchParams(location.search);

function randomBuildId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The context with every `sync()` waiting `ms` first, as a round trip to Excel on the web does. */
function slowed(context: ExcelContext, ms: number): ExcelContext {
  const sync = context.sync.bind(context);
  context.sync = (async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return sync();
  }) as typeof context.sync;
  return context;
}

async function start(): Promise<void> {
  const sample = (await (await fetch("sample-workbook.json")).json()) as Pick<
    FakeExcelOptions,
    "sheets"
  >;
  const fake = createFakeExcel({
    sheets: sample.sheets,
    selection: { sheet: sample.sheets[0].name, address: "A1" },
    displayLanguage: params.get("lang") ?? navigator.language,
    apiVersions: params.get("api") ?? undefined,
  });
  const grid = gridView(fake.book);
  const latency = Number(params.get("latency") ?? 0);
  // The grid redraws after every Excel.run of the pane, as Excel repaints after a batch.
  const host: ExcelHost = {
    ...fake.host,
    run: async (batch) => {
      try {
        return await fake.host.run((context) =>
          batch(latency ? slowed(context, latency) : context)
        );
      } finally {
        grid.refresh();
      }
    },
  };
  document.getElementById("book")!.replaceWith(grid.element);
  const buildId = params.get("buildId");
  const language = await loadPaneLanguage(host.displayLanguage);
  document.getElementById("tab-wizard")!.textContent = language.text("tabWizard");
  document.getElementById("tab-share")!.textContent = language.text("tabShare");
  document.getElementById("cs-tabs")!.setAttribute("aria-label", language.text("tabsLabel"));
  setUpTabs(document.getElementById("cs-tabs")!);
  startWizard(document.getElementById("wizard")!, officeWorkbook(host), {
    language,
    apiSupported: apiSupport(host),
    productVersion: PRODUCT_VERSION,
    newBuildId: buildId ? () => buildId : randomBuildId,
  });
  startShare(document.getElementById("share")!, officeShare(host), {
    text: await loadShareText(language),
    apiSupported: apiSupport(host),
  });
  window.playground = { book: fake.book, ready: true };
}

void start();

/**
 * The playground: the real wizard pane and the real Office.js edge on the in-browser fake
 * workbook, preloaded with the sample accounts, beside a grid of that workbook. Anyone can try
 * the wizard in a browser without Excel; the browser tests drive this same page.
 *
 * Query parameters: `lang` (Office display language, e.g. ar-SA), `buildId` and `time` (an
 * Excel serial: fixed build identity and clock, for tests), `api` (highest ExcelApi version).
 */
import { version } from "../package.json";
import { officeWorkbook } from "../src/excel/office-workbook";
import { apiSupport } from "../src/excel/api-support";
import { ExcelHost } from "../src/excel/excel-host";
import { startWizard } from "../src/taskpane/wizard-view";
import { createFakeExcel, FakeExcelOptions, FakeWorkbook } from "./fake-excel";
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
  // The grid redraws after every Excel.run of the pane, as Excel repaints after a batch.
  const host: ExcelHost = {
    ...fake.host,
    run: async (batch) => {
      try {
        return await fake.host.run(batch);
      } finally {
        grid.refresh();
      }
    },
  };
  document.getElementById("book")!.replaceWith(grid.element);
  const buildId = params.get("buildId");
  startWizard(document.getElementById("wizard")!, officeWorkbook(host), {
    displayLanguage: host.displayLanguage,
    apiSupported: apiSupport(host),
    productVersion: version,
    newBuildId: buildId ? () => buildId : randomBuildId,
  });
  window.playground = { book: fake.book, ready: true };
}

void start();

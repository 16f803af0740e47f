/*
 * Task pane bootstrap, also the shared runtime that hosts the functions. Two tabs: the
 * health-score wizard (first) and the list of CS functions from functions.json.
 */
import { officeHost } from "../excel/excel-host";
import { functionCard } from "../help/function-card";
import { loadFunctions } from "../help/function-metadata";
import { el } from "../ui/dom";
import { WorkbookPort } from "../wizard/workbook-port";
import { paneLanguage } from "./locales";
import { setUpTabs } from "./tabs";
import { startWizard } from "./wizard-view";

/** Version shown in the pane and written in the sheet's panel (row 3). */
const PRODUCT_VERSION = "0.1.0";
const WIZARD_API = { set: "ExcelApi", version: "1.9" } as const;

async function showFunctions(): Promise<void> {
  const root = document.getElementById("functions")!;
  try {
    const functions = await loadFunctions();
    root.replaceChildren(...functions.map((fn) => functionCard(fn, { helpLink: true })));
  } catch (error) {
    root.replaceChildren(
      el("p", { role: "alert" }, error instanceof Error ? error.message : String(error))
    );
  }
}

/** 12 random lowercase hex digits (spec §7). */
function newBuildId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * THE one place where the pane gets its workbook: the Office.js edge (src/excel/, on its own
 * branch) is constructed here from `officeHost()` when it is merged. Until then there is no
 * port and the wizard tab stays empty; nothing fake is constructed in src/.
 */
function workbookPort(): WorkbookPort | undefined {
  return undefined;
}

function startHealthScoreTab(port: WorkbookPort, displayLanguage: string): void {
  const host = officeHost();
  startWizard(document.getElementById("wizard")!, port, {
    displayLanguage,
    apiSupported: host.isSetSupported(WIZARD_API.set, WIZARD_API.version),
    productVersion: PRODUCT_VERSION,
    newBuildId,
  });
}

Office.onReady(() => {
  // Outside Office (a browser, the tests) the context has no display language: English.
  const displayLanguage = Office.context?.displayLanguage ?? "en-US";
  const language = paneLanguage(displayLanguage);
  document.getElementById("tab-wizard")!.textContent = language.text("tabWizard");
  document.getElementById("tab-functions")!.textContent = language.text("tabFunctions");
  document.getElementById("cs-tabs")!.setAttribute("aria-label", language.text("tabsLabel"));
  setUpTabs(document.getElementById("cs-tabs")!);
  const port = workbookPort();
  if (port) startHealthScoreTab(port, displayLanguage);
  return showFunctions();
});

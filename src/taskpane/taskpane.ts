/*
 * Task pane bootstrap, also the shared runtime that hosts the functions. Three tabs: the
 * health-score wizard (first), the list of CS functions from functions.json, and Share.
 */
import { PRODUCT_VERSION } from "../product-version";
import { apiSupport } from "../excel/api-support";
import { officeHost } from "../excel/excel-host";
import { officeWorkbook } from "../excel/office-workbook";
import { insertFunction } from "../excel/insert-function";
import { el } from "../ui/dom";
import { failureMessage } from "./error-message";
import { showFunctions } from "./functions-view";
import { PaneLanguage, loadPaneLanguage } from "./locales";
import { setUpTabs } from "./tabs";
import { startWizard } from "./wizard-view";

/** 12 random lowercase hex digits, the build id of the marker. */
function newBuildId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The wizard on the workbook open in Excel, through the Office.js edge. Outside Excel (a browser
 * tab, the tests of the function list) there is no workbook: the wizard tab says what it needs.
 */
function startHealthScoreTab(inExcel: boolean, language: PaneLanguage): void {
  const host = inExcel ? officeHost() : undefined;
  startWizard(document.getElementById("wizard")!, host && officeWorkbook(host), {
    language,
    apiSupported: host ? apiSupport(host) : false,
    productVersion: PRODUCT_VERSION,
    newBuildId,
  });
}

/**
 * The Share tab on the workbook open in Excel (outside Excel it says what it needs), loaded and
 * started the first time the tab is selected: nothing is read from the workbook before that.
 */
function shareTabOpener(inExcel: boolean, language: PaneLanguage): (tab: HTMLElement) => void {
  let started = false;
  return (tab) => {
    if (started || tab.id !== "tab-share") return;
    started = true;
    const root = document.getElementById("share")!;
    import(/* webpackChunkName: "share" */ "./share-tab")
      .then((m) => m.openShareTab(root, inExcel ? officeHost() : undefined, language))
      .catch((error: unknown) =>
        root.replaceChildren(
          el("p", { role: "alert" }, failureMessage(language.text, "shareLoadFailed", error))
        )
      );
  };
}

Office.onReady(async (info) => {
  // Outside Office (a browser, the tests) the context has no display language: English.
  const language = await loadPaneLanguage(Office.context?.displayLanguage ?? "en-US");
  document.getElementById("tab-wizard")!.textContent = language.text("tabWizard");
  document.getElementById("tab-functions")!.textContent = language.text("tabFunctions");
  document.getElementById("tab-share")!.textContent = language.text("tabShare");
  document.getElementById("cs-tabs")!.setAttribute("aria-label", language.text("tabsLabel"));
  const inExcel = info.host === Office.HostType.Excel;
  setUpTabs(document.getElementById("cs-tabs")!, shareTabOpener(inExcel, language));
  startHealthScoreTab(inExcel, language);
  const host = inExcel ? officeHost() : undefined;
  return showFunctions(
    document.getElementById("functions")!,
    language,
    host && ((name) => insertFunction(host, name))
  );
});

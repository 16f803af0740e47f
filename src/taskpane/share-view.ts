/**
 * The Share tab (docs/share.md, "In the task pane"): Check workbook, Make shareable, Restore (all
 * sheets or one), Cancel, progress, and the one-sentence summary of what finance will see, over a
 * SharePort. Plain DOM as the wizard: user text (sheet names, addresses) only in isolated text
 * nodes, numbers and addresses left to right inside right-to-left text, progress and summary in
 * aria-live regions, focus kept on the control that started an action.
 *
 * Over 300 lines: the Share tab's one view; its renderers share the running action's state.
 */
import { ShareCheck, ShareFailure, SharePort } from "../wizard/share-port";
import { ShareOutcome, ShareReason } from "../share/share-report";
import { cellList, sheetReports, summarise } from "../share/share-summary";
import { Progress } from "../wizard/workbook-port";
import { el } from "../ui/dom";
import { failureMessage } from "./error-message";
import { ShareKey, ShareText } from "./share-locales";
import { address, button, template, progressOn } from "./widgets";

export interface ShareOptions {
  /** The Share strings in the pane's language (loadShareText). */
  readonly text: ShareText;
  /** ExcelApi 1.9, as the wizard (getRangeByIndexes, calculate, very hidden sheets). */
  readonly apiSupported: boolean;
  now?(): number;
}

/** Cells listed per group before "… and n more": the pane stays short on 10,000 cells. */
const LISTED = 50;

const REASON_KEYS: Readonly<Record<ShareReason["id"], ShareKey>> = {
  "median-needs-array": "reasonMedianNeedsArray",
  "criteria-range-not-reference": "reasonCriteriaRangeNotReference",
  "method-unknown": "reasonMethodUnknown",
  "unreadable-formula": "reasonUnreadableFormula",
  "unknown-function": "reasonUnknownFunction",
  "argument-missing": "reasonArgumentMissing",
  "too-many-arguments": "reasonTooManyArguments",
  "spill-inside-formula": "reasonSpillInsideFormula",
  "external-reference": "reasonExternalReference",
  "value-differs": "reasonValueDiffers",
  "unreadable-reference": "reasonUnreadableReference",
  "uncached-reference": "reasonUncachedReference",
  "stale-value": "reasonStaleValue",
  "not-checkable": "reasonNotCheckable",
  "protected-sheet": "reasonProtectedSheet",
  "no-value": "reasonNoValue",
  "defined-name": "reasonDefinedName",
  "spill-blocked": "reasonSpillBlocked",
};

const RULE_KEYS: Readonly<Record<ShareOutcome["rule"], ShareKey>> = {
  native: "shareRuleNative",
  value: "shareRuleValue",
  kept: "shareRuleKept",
};

/** `port` is undefined outside Excel: the tab then only says what it needs. */
export function startShare(
  root: HTMLElement,
  port: SharePort | undefined,
  options: ShareOptions
): void {
  const t = options.text;
  const now = options.now ?? Date.now;
  const title = el("h2", { class: "cs-wizard-title" }, t("shareTitle"));
  if (!options.apiSupported || !port) {
    root.replaceChildren(title, el("p", { class: "cs-notice", role: "alert" }, t("needsApi")));
    return;
  }
  const share = port;
  let running: { cancelled: boolean } | undefined;
  let recorded: ReadonlyMap<string, number> = new Map();

  const checkButton = button(t("shareCheck"), () => void run("check"), { id: "cs-share-check" });
  const makeButton = button(t("shareMake"), () => void run("make"), {
    id: "cs-share-make",
    class: "cs-button cs-button-primary",
  });
  const cancelButton = button(t("cancel"), () => running && (running.cancelled = true), {
    id: "cs-share-cancel",
  });
  const restoreSelect = el("select", { id: "cs-share-restore-sheet", class: "cs-input" });
  const restoreButton = button(t("shareRestore"), () => void run("restore"), {
    id: "cs-share-restore",
  });
  const bar = el("progress", { id: "cs-share-progress", "aria-labelledby": "cs-share-status" });
  bar.hidden = true;
  const statusText = el("p", { id: "cs-share-status" });
  const summary = el("p", { id: "cs-share-summary", class: "cs-notice" });
  summary.hidden = true;
  const report = el("div", { id: "cs-share-report" });
  root.replaceChildren(
    title,
    el("p", { class: "cs-hint" }, t("shareIntro")),
    el("div", { class: "cs-row" }, checkButton, makeButton, cancelButton),
    el(
      "div",
      { class: "cs-field" },
      el("label", { for: "cs-share-restore-sheet" }, t("shareRestoreWhich")),
      restoreSelect
    ),
    el("div", { class: "cs-row" }, restoreButton),
    el(
      "div",
      { class: "cs-status-area" },
      bar,
      el("div", { class: "cs-status", role: "status", "aria-live": "polite" }, statusText)
    ),
    el("div", { "aria-live": "polite" }, summary),
    report
  );

  function say(text: string | readonly Node[]): void {
    statusText.replaceChildren(...(typeof text === "string" ? [text] : text));
  }

  function renderControls(): void {
    const busy = running !== undefined;
    checkButton.disabled = busy;
    makeButton.disabled = busy;
    cancelButton.disabled = !busy;
    restoreButton.disabled = busy || recorded.size === 0;
    restoreSelect.disabled = busy || recorded.size === 0;
    const chosen = restoreSelect.value;
    restoreSelect.replaceChildren(
      el("option", { value: "" }, t("shareAllSheets")),
      ...[...recorded.keys()].map((sheet) => el("option", { value: sheet }, sheet))
    );
    restoreSelect.value = recorded.has(chosen) ? chosen : "";
  }

  function progress(): Progress {
    const current = running;
    return progressOn(bar, say, t("progress"), now, () => current?.cancelled ?? true);
  }

  function reasonText(reason: ShareReason | undefined): string {
    if (!reason) return "";
    const values = reason as { expected?: string; actual?: string };
    return t(REASON_KEYS[reason.id], {
      expected: values.expected ?? "",
      actual: values.actual ?? "",
    });
  }

  /** A list of addresses, at most LISTED, each isolated left to right. */
  function cells(outcomes: readonly ShareOutcome[]): Node[] {
    const shown = outcomes.slice(0, LISTED);
    const nodes: Node[] = [address(cellList(shown))];
    if (outcomes.length > LISTED)
      nodes.push(
        document.createTextNode(" "),
        ...template(t("shareMore"), { n: outcomes.length - LISTED })
      );
    return nodes;
  }

  /** The one sentence of what finance will see (docs/share.md, "In the task pane"). */
  function sentence(outcomes: readonly ShareOutcome[]): Node[] {
    const s = summarise(outcomes.filter((o) => o.kind === "cell"));
    const parts: Node[][] = [];
    // Counts go to t(), which chooses their plural forms; the other values stay nodes.
    if (s.native > 0) parts.push(template(t("shareSummaryNative", { native: s.native }), {}));
    for (const g of s.frozen) {
      parts.push(
        template(t("shareSummaryFrozen", { count: g.count }), {
          reason: reasonText(g.reason),
          cells: el("span", {}, ...cells(g.outcomes)),
        })
      );
    }
    if (s.kept > 0) parts.push(template(t("shareSummaryKept", { count: s.kept }), {}));
    const joined = parts.flatMap((p, i) =>
      i === 0 ? p : [document.createTextNode(t("shareSentenceJoin")), ...p]
    );
    return template(t("shareSentence"), { parts: el("span", {}, ...joined) });
  }

  function renderReport(check: ShareCheck, outcomes: readonly ShareOutcome[]): void {
    const sheets = sheetReports(outcomes, check.protectedSheets);
    if (outcomes.length === 0) {
      report.replaceChildren(el("p", { class: "cs-hint" }, t("shareNothing")));
      return;
    }
    const problems = outcomes.filter((o) => o.rule === "kept");
    const byRule = (rule: ShareOutcome["rule"]) => outcomes.filter((o) => o.rule === rule);
    const parts: (Node | null)[] = [
      el("h3", {}, t("shareReport")),
      el(
        "ul",
        { class: "cs-share-sheets" },
        ...sheets.map((s) =>
          el(
            "li",
            { "data-sheet": s.sheet },
            ...template(t("shareSheetLine"), { sheet: s.sheet, cells: s.cells }),
            el(
              "ul",
              {},
              ...s.byFunction.map((f) =>
                el(
                  "li",
                  {},
                  ...template(t("shareFunctionCount"), {
                    name: el("bdi", { dir: "ltr" }, `CS.${f.id}`),
                    cells: f.cells,
                  })
                )
              )
            ),
            s.protected ? el("p", { class: "cs-hint" }, t("shareProtected")) : null
          )
        )
      ),
      check.ownedSheets.length > 0
        ? el(
            "p",
            { class: "cs-hint" },
            ...template(t("shareOwned"), { sheets: check.ownedSheets.join(", ") })
          )
        : null,
      el("h4", {}, t("shareCellsTitle")),
      el(
        "ul",
        { class: "cs-share-rules" },
        ...(["native", "value"] as const)
          .filter((rule) => byRule(rule).length > 0)
          .map((rule) =>
            el(
              "li",
              { "data-rule": rule },
              el("strong", {}, t(RULE_KEYS[rule])),
              " ",
              ...cells(byRule(rule))
            )
          )
      ),
      el(
        "section",
        { class: "cs-problems", "aria-labelledby": "cs-share-problems-title" },
        el("h3", { id: "cs-share-problems-title" }, t("shareProblems")),
        problems.length === 0
          ? el("p", { class: "cs-hint" }, t("shareNoProblems"))
          : el(
              "ul",
              { id: "cs-share-problems" },
              ...problems
                .slice(0, LISTED)
                .map((p) =>
                  el(
                    "li",
                    { class: "cs-problem cs-problem-warning", "data-reason": p.reason?.id ?? "" },
                    address(p.sheet ? `${cellList([p])}` : p.address),
                    " ",
                    el("span", { class: "cs-problem-message", dir: "auto" }, reasonText(p.reason))
                  )
                ),
              ...(problems.length > LISTED
                ? [el("li", {}, ...template(t("shareMore"), { n: problems.length - LISTED }))]
                : [])
            )
      ),
    ];
    report.replaceChildren(...parts.filter((n): n is Node => n !== null));
  }

  /** `focus`: the user started it, so focus goes to Cancel and back (not the check on opening). */
  async function run(kind: "check" | "make" | "restore", focus = true): Promise<void> {
    running = { cancelled: false };
    renderControls();
    if (focus) cancelButton.focus();
    say(
      t(kind === "check" ? "shareChecking" : kind === "make" ? "shareConverting" : "shareRestoring")
    );
    const focusBack = { check: checkButton, make: makeButton, restore: restoreButton }[kind];
    try {
      if (kind === "check") await doCheck();
      else if (kind === "make") await doMake();
      else await doRestore(restoreSelect.value || undefined);
    } catch (error) {
      say(failureMessage(t, "shareFailed", error));
    } finally {
      running = undefined;
      bar.hidden = true;
      renderControls();
      if (focus) focusBack.focus();
    }
  }

  function stopped(result: ShareFailure): void {
    say(
      result.reason === "cancelled"
        ? t("shareCancelled")
        : t("shareFailed", { message: result.message })
    );
  }

  async function doCheck(): Promise<void> {
    const check = await share.check(progress());
    recorded = check.recorded;
    summary.hidden = true;
    renderReport(check, check.outcomes);
    say(check.outcomes.length === 0 ? t("shareNothing") : "");
  }

  async function doMake(): Promise<void> {
    const result = await share.makeShareable(progress());
    if (!result.ok) return stopped(result);
    const check = await share.check(progress());
    recorded = check.recorded;
    renderReport(check, result.outcomes);
    summary.replaceChildren(...sentence(result.outcomes));
    summary.hidden = result.outcomes.length === 0;
    say(result.outcomes.length === 0 ? t("shareNothing") : "");
  }

  async function doRestore(sheet: string | undefined): Promise<void> {
    const result = await share.restore(sheet, progress());
    if (!result.ok) return stopped(result);
    const check = await share.check(progress());
    recorded = check.recorded;
    renderReport(check, check.outcomes);
    const lines: Node[][] = [template(t("shareRestored"), { restored: result.restored })];
    if (result.recordRemoved) lines.push([document.createTextNode(t("shareRecordRemoved"))]);
    if (result.edited.length > 0)
      lines.push(template(t("shareEdited"), { cells: address(cellList(result.edited)) }));
    if (result.unreadable > 0)
      lines.push(template(t("shareUnreadable"), { count: result.unreadable }));
    summary.replaceChildren(...lines.map((l) => el("span", { class: "cs-line" }, ...l)));
    summary.hidden = false;
    say("");
  }

  renderControls();
  // What was recorded by an earlier Make shareable, so Restore is offered at once.
  void run("check", false);
}

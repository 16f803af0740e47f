/**
 * Edits xl/workbook.xml by splicing at scanXml's offsets: new sheets with their sheet-scoped
 * names, the active tab and the recalculation flag. Every other character stays as the user's
 * file had it (comments, prefixes, quoting, unknown elements), Strict or Transitional.
 */
import { NS_REL, NS_STRICT_MAIN, NS_STRICT_REL, escapeXml } from "./xml";
import {
  ClosedElement,
  Splice,
  appendChildren,
  applySplices,
  prefixOf,
  startTag,
  XmlError,
} from "./xml-scan";
import { WorkbookXml, readWorkbookXml } from "./workbook-names";

export interface NewSheet {
  readonly name: string;
  readonly relId: string;
  readonly names: readonly { name: string; formula: string; hidden: boolean }[];
}

/** The relationships namespace that goes with the workbook's own (Strict or Transitional). */
const relationshipsNamespace = (workbook: WorkbookXml): string =>
  workbook.root.uri === NS_STRICT_MAIN ? NS_STRICT_REL : NS_REL;

/**
 * Appends sheets (last; the first of them the active tab) with their names, and asks for a full
 * recalculation on open. The user's sheets' own parts are not touched: `activeTab` alone makes
 * the new sheet the one Excel opens on.
 */
export function addSheets(xml: string, sheets: readonly NewSheet[]): string {
  const workbook = readWorkbookXml(xml);
  const sheetsElement = workbook.sheetsElement;
  if (!sheetsElement) throw new XmlError("workbook.xml has no sheet list");
  const splices: Splice[] = [];
  const existing = workbook.sheets.length;

  const relUri = relationshipsNamespace(workbook);
  const boundPrefix = sheetsElement.prefixFor(relUri);
  // A prefix bound to the default namespace cannot qualify an attribute; declare our own then.
  const r = boundPrefix || "r";
  const declare: Record<string, string> = boundPrefix ? {} : { [`xmlns:${r}`]: relUri };
  let sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId).filter(Number.isFinite));
  const p = prefixOf(sheetsElement.name);
  const sheetXml = sheets
    .map((s) =>
      startTag(
        `${p}sheet`,
        { name: s.name, sheetId: String(++sheetId), [`${r}:id`]: s.relId, ...declare },
        true
      )
    )
    .join("");
  splices.push(...appendChildren(sheetsElement, sheetXml));

  const namesElement = workbook.definedNamesElement;
  const np = prefixOf((namesElement ?? workbook.root).name);
  const names = sheets
    .flatMap((s, i) =>
      s.names.map((n) => {
        const attributes: Record<string, string> = {
          name: n.name,
          localSheetId: String(existing + i),
        };
        if (n.hidden) attributes.hidden = "1";
        return `${startTag(`${np}definedName`, attributes)}${escapeXml(n.formula)}</${np}definedName>`;
      })
    )
    .join("");
  if (names !== "") {
    if (namesElement) splices.push(...appendChildren(namesElement, names));
    else
      splices.push({
        start: workbook.definedNamesInsertAt,
        end: workbook.definedNamesInsertAt,
        text: `<${np}definedNames>${names}</${np}definedNames>`,
      });
  }

  splices.push(activeTabSplice(workbook, sheetsElement, existing));
  const calc = fullCalculationSplice(workbook);
  if (calc) splices.push(calc);
  return applySplices(xml, splices);
}

/**
 * `activeTab` set to `index`; `firstSheet` (the first tab the tab bar shows) kept, or brought down
 * to `index` when it would scroll the active tab out of view or points past the last sheet.
 */
function activeTabSplice(workbook: WorkbookXml, sheets: ClosedElement, index: number): Splice {
  const view = workbook.workbookView;
  if (!view) {
    const p = prefixOf(workbook.root.name);
    return {
      start: sheets.start,
      end: sheets.start,
      text: `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`,
    };
  }
  const attributes: Record<string, string> = { ...view.attributes, activeTab: String(index) };
  const first = Number(view.attribute("firstSheet"));
  if (view.attribute("firstSheet") !== undefined && !(first >= 0 && first <= index))
    attributes.firstSheet = String(index);
  return {
    start: view.start,
    end: view.contentStart,
    text: startTag(view.name, attributes, view.selfClosing),
  };
}

/**
 * `fullCalcOnLoad="1"` on `<calcPr>` (created when missing) so that Excel computes formulas saved
 * without cached values when the file opens; undefined when the workbook already asks for it.
 */
export function fullCalculationSplice(workbook: WorkbookXml): Splice | undefined {
  const calcPr = workbook.calcPr;
  if (!calcPr)
    return {
      start: workbook.calcPrInsertAt,
      end: workbook.calcPrInsertAt,
      text: `<${workbook.prefix}calcPr fullCalcOnLoad="1"/>`,
    };
  const current = calcPr.attribute("fullCalcOnLoad");
  if (current === "1" || current === "true") return undefined;
  return {
    start: calcPr.start,
    end: calcPr.contentStart,
    text: startTag(calcPr.name, { ...calcPr.attributes, fullCalcOnLoad: "1" }, calcPr.selfClosing),
  };
}

/**
 * Reads and edits xl/workbook.xml: the sheet list, sheet-scoped defined names (ownership
 * markers), structure protection, the active tab and the recalculation flag.
 */
import { attributes, elementPrefix, escapeXml, unescapeXml } from "./xml";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
}

export interface SheetScopedName {
  readonly name: string;
  readonly localSheetId: number;
  readonly formula: string;
  readonly hidden: boolean;
}

export function readSheets(xml: string): WorkbookSheet[] {
  const p = elementPrefix(xml, "workbook");
  return [...xml.matchAll(new RegExp(`<${p}sheet\\s([^>]*?)/?>`, "g"))].map((m) => {
    const attr = (name: string) =>
      unescapeXml(new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(m[1])?.[1] ?? "");
    return { name: attr("name"), sheetId: Number(attr("sheetId")), relId: attr("[\\w]+:id") };
  });
}

export function readDefinedNames(xml: string): SheetScopedName[] {
  const p = elementPrefix(xml, "workbook");
  return [
    ...xml.matchAll(new RegExp(`<${p}definedName\\s([^>]*)>([\\s\\S]*?)</${p}definedName>`, "g")),
  ].flatMap((m) => {
    const attr = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(m[1])?.[1];
    const local = attr("localSheetId");
    if (local === undefined) return [];
    const hidden = attr("hidden");
    return [
      {
        name: unescapeXml(attr("name") ?? ""),
        localSheetId: Number(local),
        formula: unescapeXml(m[2]),
        hidden: hidden === "1" || hidden === "true",
      },
    ];
  });
}

export function isStructureProtected(xml: string): boolean {
  const p = elementPrefix(xml, "workbook");
  const match = new RegExp(`<${p}workbookProtection\\s[^>]*lockStructure="(1|true)"`).exec(xml);
  return match !== null;
}

/** Insertion point before the first of `followers` present, else before the root's end tag. */
function before(xml: string, p: string, followers: readonly string[]): number {
  const found = followers
    .map((f) => xml.search(new RegExp(`<${p}${f}[\\s/>]`)))
    .filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : xml.lastIndexOf(`</${p}workbook>`);
}

/** CT_Workbook's children after definedNames, in schema order. */
export const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export interface NewSheet {
  readonly name: string;
  readonly relId: string;
  readonly names: readonly { name: string; formula: string; hidden: boolean }[];
}

/** Appends sheets (last, the first of them active) with their names; asks for a full recalc. */
export function addSheets(xml: string, sheets: readonly NewSheet[]): string {
  const p = elementPrefix(xml, "workbook");
  let out = xml;
  let r =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      out
    )?.[1];
  if (!r) {
    r = "r";
    out = out.replace(
      new RegExp(`<${p}workbook(?=[\\s>])`),
      `$&` + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    );
  }
  const existing = readSheets(out);
  let sheetId = Math.max(0, ...existing.map((s) => s.sheetId));
  const sheetXml = sheets
    .map(
      (s) => `<${p}sheet${attributes({ name: s.name, sheetId: ++sheetId, [`${r}:id`]: s.relId })}/>`
    )
    .join("");
  const sheetsClose = out.indexOf(`</${p}sheets>`);
  out = out.slice(0, sheetsClose) + sheetXml + out.slice(sheetsClose);

  const names = sheets
    .flatMap((s, i) =>
      s.names.map(
        (n) =>
          `<${p}definedName${attributes({ name: n.name, localSheetId: existing.length + i, hidden: n.hidden ? 1 : undefined })}>${escapeXml(n.formula)}</${p}definedName>`
      )
    )
    .join("");
  const namesClose = out.indexOf(`</${p}definedNames>`);
  if (namesClose >= 0) out = out.slice(0, namesClose) + names + out.slice(namesClose);
  else {
    const at = before(out, p, AFTER_DEFINED_NAMES);
    out = `${out.slice(0, at)}<${p}definedNames>${names}</${p}definedNames>${out.slice(at)}`;
  }
  out = setActiveTab(out, p, existing.length);
  return requestFullCalculation(out, p);
}

function setActiveTab(xml: string, p: string, index: number): string {
  const view = new RegExp(`<${p}workbookView(\\s[^>]*?)?(/?)>`).exec(xml);
  if (!view) {
    const at = xml.search(new RegExp(`<${p}sheets[\\s>]`));
    return `${xml.slice(0, at)}<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>${xml.slice(at)}`;
  }
  const attrs = (view[1] ?? "").replace(/\s(activeTab|firstSheet)="\d*"/g, "");
  return (
    xml.slice(0, view.index) +
    `<${p}workbookView${attrs} activeTab="${index}"${view[2]}>` +
    xml.slice(view.index + view[0].length)
  );
}

/** fullCalcOnLoad="1": formulas carry no cached values, so Excel computes everything on open. */
function requestFullCalculation(xml: string, p: string): string {
  const calc = new RegExp(`<${p}calcPr(\\s[^>]*?)?(/?)>`).exec(xml);
  if (!calc) {
    const at = before(xml, p, AFTER_DEFINED_NAMES.slice(1));
    return `${xml.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
  }
  const attrs = (calc[1] ?? "").replace(/\sfullCalcOnLoad="[^"]*"/, "");
  return (
    xml.slice(0, calc.index) +
    `<${p}calcPr${attrs} fullCalcOnLoad="1"${calc[2]}>` +
    xml.slice(calc.index + calc[0].length)
  );
}

/**
 * A planned sheet as a worksheet part. Column fills become shared formulas (one master formula,
 * every other cell `<f t="shared" si="…"/>`); no cell carries a cached value, so every engine
 * computes on load.
 */
import { fileForm } from "../formula/file-form";
import { cell } from "../a1/a1";
import {
  ConditionalFormat,
  PlannedCell,
  PlannedSheet,
  Rect,
  SheetPlan,
  Validation,
} from "../health-score";
import {
  outlineColumnAttributes,
  pageSetupXml,
  sheetFormatPrXml,
  sheetPrXml,
} from "./print-setup-xml";
import { StylesPart } from "./styles-part";
import {
  NS_MAIN,
  NS_REL,
  NS_STRICT_MAIN,
  NS_STRICT_REL,
  XML_DECLARATION,
  attributes,
  escapeXml,
} from "./xml";

const rectRef = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right
    ? cell(r.top, r.left)
    : `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;

interface Options {
  /** The workbook's main namespace: a Strict workbook gets its new sheets in Strict's namespaces. */
  readonly strict: boolean;
}

/**
 * The worksheet XML as chunks produced on demand (a million-row sheet is streamed into the zip,
 * never held whole). Styles are registered now, so styles.xml can be written before the chunks.
 */
export function sheetXml(
  sheet: PlannedSheet,
  plan: SheetPlan,
  styles: StylesPart,
  options: Options
): () => Generator<Buffer> {
  const styleIndex = (key: string | undefined) =>
    key ? styles.cellFormat(plan.styles[key] ?? {}) : 0;
  const head =
    `${XML_DECLARATION}<worksheet xmlns="${options.strict ? NS_STRICT_MAIN : NS_MAIN}" ` +
    `xmlns:r="${options.strict ? NS_STRICT_REL : NS_REL}">` +
    sheetPrXml(sheet) +
    sheetViews(sheet) +
    sheetFormatPrXml(sheet) +
    columns(sheet) +
    "<sheetData>";
  const rows = sheetData(sheet, styleIndex);
  const tail =
    "</sheetData>" +
    (sheet.autoFilter ? `<autoFilter ref="${rectRef(sheet.autoFilter)}"/>` : "") +
    conditionalFormatting(sheet.conditionalFormats, styles) +
    dataValidations(sheet.validations) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetupXml(sheet) +
    "</worksheet>";
  return function* chunks() {
    yield Buffer.from(head);
    yield* rows();
    yield Buffer.from(tail);
  };
}

/** Never tabSelected: workbook.xml's activeTab alone opens the file on the new sheet. */
function sheetViews(sheet: PlannedSheet): string {
  const attrs = attributes({
    rightToLeft: sheet.rightToLeft ? 1 : undefined,
    workbookViewId: 0,
  });
  const freeze = sheet.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0))
    return `<sheetViews><sheetView${attrs}/></sheetViews>`;
  const topLeft = cell(freeze.rows + 1, freeze.columns + 1);
  const pane =
    freeze.rows > 0 && freeze.columns > 0
      ? "bottomRight"
      : freeze.rows > 0
        ? "bottomLeft"
        : "topRight";
  const paneXml = `<pane${attributes({
    xSplit: freeze.columns || undefined,
    ySplit: freeze.rows || undefined,
    topLeftCell: topLeft,
    activePane: pane,
    state: "frozen",
  })}/>`;
  return `<sheetViews><sheetView${attrs}>${paneXml}<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

function columns(sheet: PlannedSheet): string {
  if (sheet.widths.length === 0) return "";
  const sorted = [...sheet.widths].sort((a, b) => a.column - b.column);
  return `<cols>${sorted.map((w) => `<col min="${w.column}" max="${w.column}" width="${w.width}" customWidth="1"${outlineColumnAttributes(sheet, w.column)}/>`).join("")}</cols>`;
}

interface FillState {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly formula: string;
  readonly style: number;
  readonly si: number;
}

/** Every cell's style is looked up here, at once; the rows themselves are made when asked for. */
function sheetData(
  sheet: PlannedSheet,
  styleIndex: (key: string | undefined) => number
): () => Generator<Buffer> {
  // Fills first, then cells row by row: the order styles.xml numbers the formats in.
  const fills: FillState[] = sheet.fills
    .map((f, si) => ({ ...f, style: styleIndex(f.style), si }))
    .sort((a, b) => a.column - b.column);
  let lastRow = 0;
  for (const f of fills) lastRow = Math.max(lastRow, f.lastRow);
  const cellsByRow = new Map<number, [number, string][]>();
  for (const c of [...sheet.cells].sort((a, b) => a.row - b.row)) {
    const row = cellsByRow.get(c.row) ?? [];
    row.push([c.column, cellXml(c, styleIndex(c.style))]);
    cellsByRow.set(c.row, row);
    lastRow = Math.max(lastRow, c.row);
  }
  const heights = new Map(sheet.heights.map((h) => [h.row, h.height]));
  return function* rows() {
    let batch: string[] = [];
    for (let row = 1; row <= lastRow; row++) {
      const parts: [number, string][] = [...(cellsByRow.get(row) ?? [])];
      for (const f of fills) {
        if (row < f.firstRow || row > f.lastRow) continue;
        const ref = cell(row, f.column);
        const s = f.style ? ` s="${f.style}"` : "";
        const formula =
          row === f.firstRow
            ? `<f t="shared" ref="${ref}:${cell(f.lastRow, f.column)}" si="${f.si}">${escapeXml(fileForm(f.formula))}</f>`
            : `<f t="shared" si="${f.si}"/>`;
        parts.push([f.column, `<c r="${ref}"${s}>${formula}</c>`]);
      }
      if (parts.length === 0) continue;
      parts.sort((a, b) => a[0] - b[0]);
      const height = heights.get(row);
      const rowAttrs = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      batch.push(`<row r="${row}"${rowAttrs}>${parts.map((p) => p[1]).join("")}</row>`);
      if (batch.length >= 2000) {
        yield Buffer.from(batch.join(""));
        batch = [];
      }
    }
    if (batch.length > 0) yield Buffer.from(batch.join(""));
  };
}

export function cellXml(c: PlannedCell, style: number): string {
  const ref = cell(c.row, c.column);
  const s = style ? ` s="${style}"` : "";
  if (c.formula !== undefined)
    return `<c r="${ref}"${s}><f>${escapeXml(fileForm(c.formula))}</f></c>`;
  if (typeof c.value === "number") return `<c r="${ref}"${s}><v>${c.value}</v></c>`;
  if (typeof c.value === "string") {
    const space = c.value !== c.value.trim() ? ' xml:space="preserve"' : "";
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(c.value)}</t></is></c>`;
  }
  return `<c r="${ref}"${s}/>`;
}

function conditionalFormatting(formats: readonly ConditionalFormat[], styles: StylesPart): string {
  return formats
    .map((f, i) => {
      const priority = i + 1;
      let rule: string;
      switch (f.kind) {
        case "formula":
          rule = `<cfRule type="expression" dxfId="${styles.differentialFormat(f.fontColor, f.fill)}" priority="${priority}"><formula>${escapeXml(fileForm(f.formula))}</formula></cfRule>`;
          break;
        case "dataBar":
          rule = `<cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="num" val="${f.min}"/><cfvo type="num" val="${f.max}"/><color rgb="FF${f.color}"/></dataBar></cfRule>`;
          break;
        case "colorScale":
          rule =
            `<cfRule type="colorScale" priority="${priority}"><colorScale>` +
            f.stops.map((s) => `<cfvo type="num" val="${s.value}"/>`).join("") +
            f.stops.map((s) => `<color rgb="FF${s.color}"/>`).join("") +
            "</colorScale></cfRule>";
          break;
      }
      return `<conditionalFormatting sqref="${rectRef(f.range)}">${rule}</conditionalFormatting>`;
    })
    .join("");
}

function dataValidations(validations: readonly Validation[]): string {
  if (validations.length === 0) return "";
  const items = validations.map((v) => {
    const attrs = attributes({
      type: v.type,
      operator: v.operator,
      allowBlank: 1,
      showInputMessage: 1,
      showErrorMessage: 1,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      sqref: rectRef(v.range),
    });
    const formulas = v.values
      .map((value, i) => `<formula${i + 1}>${value}</formula${i + 1}>`)
      .join("");
    return `<dataValidation${attrs}>${formulas}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

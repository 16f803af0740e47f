#!/usr/bin/env node
// Renders the README picture of the demo sheet headless: a copy of health-score-demo.xlsx with
// only the score sheet visible and its own print set-up narrowed to one landscape page (table +
// model panel, first rows), through LibreOffice to PDF, then pdftoppm (poppler-utils) to PNG
// cropped to the printed words. The parts are edited as DOMs. Run: npm run demo:picture.
const { execFileSync } = require("child_process");
const { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");
const { convert } = require("../../scripts/libreoffice");
const { WorkbookPackage } = require("../../lib/xlsx");

const ROOT = join(__dirname, "..", "..");
const DEMO = join(ROOT, "health-score-demo.xlsx");
const PICTURE = join(__dirname, "health-score-demo.png");
const SHEET = "Health Score";
/** The first rows: the planner starts the back-test block at row 54, below the printed panel. */
const LAST_ROW = 53;
const DPI = 160;
/** Points of white kept around the printed words. */
const PADDING = 8;

const parse = (text) => new DOMParser().parseFromString(text, "text/xml");
const elements = (node, tag) => Array.from(node.getElementsByTagName(tag));

function editPart(pkg, part, edit) {
  const doc = parse(pkg.text(part));
  edit(doc);
  pkg.set(part, new XMLSerializer().serializeToString(doc));
}

/** The only `tag` element of `doc`: the planner writes each one once. */
function single(doc, tag) {
  const found = elements(doc, tag);
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0];
}

/**
 * Hides the other sheets and replaces the score sheet's print area (the table, then the panel)
 * by one area from A1 to the panel's last column, first rows only.
 */
function narrowPrintArea(doc) {
  const sheets = elements(doc, "sheet");
  for (const sheet of sheets)
    if (sheet.getAttribute("name") !== SHEET) sheet.setAttribute("state", "hidden");
  const index = sheets.findIndex((sheet) => sheet.getAttribute("name") === SHEET);
  const area = elements(doc, "definedName").find(
    (name) =>
      name.getAttribute("name") === "_xlnm.Print_Area" &&
      name.getAttribute("localSheetId") === `${index}`
  );
  if (!area) throw new Error(`no print area on '${SHEET}'`);
  // The formula text, not XML: "'Health Score'!$A$1:$AA$301,'Health Score'!$AC$1:$AI$65".
  const formula = area.textContent;
  const prefix = formula.slice(0, formula.indexOf("!") + 1);
  const lastColumn = /\$([A-Z]+)\$\d+$/.exec(formula)[1];
  area.textContent = `${prefix}$A$1:$${lastColumn}$${LAST_ROW}`;
}

/** One A3 landscape page; no header or footer, which would widen the crop. */
function onePage(doc) {
  single(doc, "pageSetUpPr").setAttribute("fitToPage", "1");
  const setup = single(doc, "pageSetup");
  for (const [name, value] of Object.entries({
    paperSize: "8",
    orientation: "landscape",
    fitToWidth: "1",
    fitToHeight: "1",
  }))
    setup.setAttribute(name, value);
  for (const headerFooter of elements(doc, "headerFooter"))
    headerFooter.parentNode.removeChild(headerFooter);
}

function pictureCopy(file) {
  const pkg = new WorkbookPackage(readFileSync(file));
  editPart(pkg, pkg.workbookPart(), narrowPrintArea);
  editPart(pkg, pkg.sheetParts().get(SHEET), onePage);
  return pkg.toBuffer();
}

/** x, y, width, height in pixels around the words of the PDF's first page. */
function cropBox(pdf) {
  const xhtml = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"]).toString();
  const words = elements(parse(xhtml), "word");
  const edge = (attr, pick) => pick(...words.map((word) => Number(word.getAttribute(attr))));
  const [left, top] = [edge("xMin", Math.min) - PADDING, edge("yMin", Math.min) - PADDING];
  const [right, bottom] = [edge("xMax", Math.max) + PADDING, edge("yMax", Math.max) + PADDING];
  return [left, top, right - left, bottom - top].map((points) => Math.round((points * DPI) / 72));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "cs-picture-"));
  try {
    const copy = join(dir, "health-score-demo.xlsx");
    writeFileSync(copy, pictureCopy(DEMO));
    const [pdf] = await convert([copy], { format: "pdf", outDir: dir });
    const [x, y, width, height] = cropBox(pdf);
    const crop = ["-x", x, "-y", y, "-W", width, "-H", height].map(String);
    const page = ["-png", "-r", `${DPI}`, "-f", "1", "-l", "1", "-singlefile"];
    execFileSync("pdftoppm", [...page, ...crop, pdf, join(dir, "page")]);
    renameSync(join(dir, "page.png"), PICTURE);
    process.stdout.write(`Wrote ${PICTURE}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});

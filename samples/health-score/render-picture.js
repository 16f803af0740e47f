#!/usr/bin/env node
// Renders the README picture of the demo sheet headless: a copy of health-score-demo.xlsx with
// only the score sheet visible and one landscape page (table + model panel, first rows), through
// LibreOffice to PDF, then pdftoppm (poppler-utils) to PNG. Run: npm run demo:picture.
const { execFileSync } = require("child_process");
const { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { convert } = require("../../scripts/libreoffice");
const { WorkbookPackage } = require("../../lib/xlsx");

const ROOT = join(__dirname, "..", "..");
const DEMO = join(ROOT, "health-score-demo.xlsx");
const PICTURE = join(__dirname, "health-score-demo.png");
const SHEET = "Health Score";
const AREA = "$A$1:$AA$53";
const DPI = 160;
/** x, y, width, height in inches on the landscape A3 page. */
const CROP = [0.6, 0.6, 15.8, 5.55];

function pictureCopy(file) {
  const pkg = new WorkbookPackage(readFileSync(file));
  const workbookPart = pkg.workbookPart();
  const sheets = [...pkg.sheetParts().keys()];
  const index = sheets.indexOf(SHEET);
  let workbook = pkg.text(workbookPart);
  for (const name of sheets.filter((n) => n !== SHEET))
    workbook = workbook.replace(
      new RegExp(`<sheet ([^>]*name="${name}"[^>]*?)/>`),
      (_, attrs) => `<sheet ${attrs.replace(/\s*state="[^"]*"/, "")} state="hidden"/>`
    );
  workbook = workbook.replace(
    "</definedNames>",
    `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${SHEET}'!${AREA}</definedName></definedNames>`
  );
  pkg.set(workbookPart, workbook);
  const part = pkg.sheetParts().get(SHEET);
  const sheet = pkg
    .text(part)
    .replace("<sheetViews>", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>')
    .replace(
      /(<pageMargins [^>]*\/>)/,
      '$1<pageSetup paperSize="8" orientation="landscape" fitToWidth="1" fitToHeight="1"/>'
    );
  pkg.set(part, sheet);
  return pkg.toBuffer();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "cs-picture-"));
  try {
    const copy = join(dir, "health-score-demo.xlsx");
    writeFileSync(copy, pictureCopy(DEMO));
    const [pdf] = await convert([copy], { format: "pdf", outDir: dir });
    // The print area fills the page's width; crop away the empty lower part of the page.
    const [x, y, width, height] = CROP.map((inches) => Math.round(inches * DPI));
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      `${DPI}`,
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      "-x",
      `${x}`,
      "-y",
      `${y}`,
      "-W",
      `${width}`,
      "-H",
      `${height}`,
      pdf,
      join(dir, "page"),
    ]);
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

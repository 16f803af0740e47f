/** Input workbooks for the CLI tests, including damaged and protected ones. */
import { writeFileSync } from "fs";
import { join } from "path";
import { HealthScoreConfig } from "../../src/health-score";
import { WorkbookPackage } from "../../src/xlsx";
import { MINMAX_CONFIG, MINMAX_SHEET, MemorySheet } from "../health-score/fixtures";
import { xlsxFrom } from "../xlsx/workbook-edit";

export async function writeInput(
  dir: string,
  sheets: readonly MemorySheet[] = [MINMAX_SHEET],
  edit?: (pkg: WorkbookPackage) => void
): Promise<string> {
  let content = await xlsxFrom(sheets);
  if (edit) {
    const pkg = new WorkbookPackage(content);
    edit(pkg);
    content = pkg.toBuffer();
  }
  const file = join(dir, "accounts.xlsx");
  writeFileSync(file, content);
  return file;
}

export function writeConfig(
  dir: string,
  config: unknown = MINMAX_CONFIG,
  name = "config.json"
): string {
  const file = join(dir, name);
  writeFileSync(file, typeof config === "string" ? config : JSON.stringify(config));
  return file;
}

/** Edits xl/workbook.xml of a package. */
export const editWorkbook = (pkg: WorkbookPackage, edit: (xml: string) => string): void =>
  pkg.set("xl/workbook.xml", edit(pkg.text("xl/workbook.xml")));

export const withConfig = (patch: Partial<HealthScoreConfig>): HealthScoreConfig => ({
  ...MINMAX_CONFIG,
  ...patch,
});

/** The .xlsx file writer and reader of the health-score CLI. */
export { buildHealthScoreFile, isCsv } from "./build-file";
export type { BuildInput, BuildResult } from "./build-file";
export { writePlan, WorkbookPackage } from "./write-workbook";
export { readInputWorkbook, WorkbookReadError } from "./read-workbook";
export { csvSheetName, decodeCsv, parseCsv } from "./csv";

/**
 * Whether this Excel runs the wizard (docs/health-score.md, "The Excel writer"): it needs ExcelApi
 * 1.9 (getSelectedRanges, getRangeByIndexes, Range.copyFrom); otherwise the pane says it needs
 * Excel 2019, Microsoft 365 or Excel on the web. The workbook it builds needs only Excel 2010.
 */
import { ExcelHost } from "./excel-host";

export const apiSupport = (host: ExcelHost): boolean => host.isSetSupported("ExcelApi", "1.9");

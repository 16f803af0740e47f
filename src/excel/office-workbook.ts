/** The Office.js edge as the pane's WorkbookPort: the reading half and the one writer. */
import { WorkbookPort } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { readPort } from "./read-port";
import { takeSnapshot } from "./snapshot";
import { writePlan } from "./write-plan";

export const officeWorkbook = (host: ExcelHost): WorkbookPort => ({
  ...readPort(host),
  write: (plan, target, progress) => writePlan(host, plan, target, progress),
  snapshot: (sheet, progress) => takeSnapshot(host, sheet, progress),
});

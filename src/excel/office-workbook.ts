/** The Office.js edge as the pane's WorkbookPort: the reading half and the one writer. */
import { WorkbookPort } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { readPort } from "./read-port";
import { writePlan } from "./write-plan";

export const officeWorkbook = (host: ExcelHost): WorkbookPort => ({
  ...readPort(host),
  write: (plan, target, progress) => writePlan(host, plan, target, progress),
  // Snapshot runs only when asked for: its code is a chunk of its own, loaded then.
  snapshot: async (sheet, progress) => {
    const { takeSnapshot } = await import(/* webpackChunkName: "snapshot" */ "./snapshot");
    return takeSnapshot(host, sheet, progress);
  },
});

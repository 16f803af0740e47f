/** The Office.js edge as the Share tab's SharePort: one reader (Check) and one writer. */
import { SharePort } from "../wizard/share-port";
import { ExcelHost } from "./excel-host";
import { checkShare, makeShareable, restoreShare } from "./share-write";

export const officeShare = (host: ExcelHost): SharePort => ({
  check: (progress) => checkShare(host, progress),
  makeShareable: (progress) => makeShareable(host, progress),
  restore: (sheet, progress) => restoreShare(host, sheet, progress),
});

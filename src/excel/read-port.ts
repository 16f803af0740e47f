/** The reading half of WorkbookPort (the writer adds `write` and `snapshot`). */
import { WorkbookPort } from "../wizard/workbook-port";
import { loadState, saveState } from "./document-state";
import { ExcelHost } from "./excel-host";
import { readOwnedSheets } from "./owned-sheets";
import { readSources } from "./read-sources";
import { readSelection } from "./selection";

export type ReadPort = Pick<
  WorkbookPort,
  "selection" | "sources" | "ownedSheets" | "loadState" | "saveState"
>;

export const readPort = (host: ExcelHost): ReadPort => ({
  selection: () => readSelection(host),
  sources: (config, options) => readSources(host, config, options),
  ownedSheets: () => readOwnedSheets(host),
  loadState: () => loadState(host),
  saveState: (config) => saveState(host, config),
});

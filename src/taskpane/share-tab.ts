/**
 * The Share tab with its Office.js edge, as one module the pane loads on demand (its own chunk,
 * like a language): a pane that never opens Share never downloads the converter, the edge and
 * the Share strings.
 */
import { apiSupport } from "../excel/api-support";
import { ExcelHost } from "../excel/excel-host";
import { officeShare } from "../excel/office-share";
import { PaneLanguage } from "./locales";
import { loadShareText } from "./share-locales";
import { startShare } from "./share-view";

export async function openShareTab(
  root: HTMLElement,
  host: ExcelHost | undefined,
  language: PaneLanguage
): Promise<void> {
  startShare(root, host && officeShare(host), {
    text: await loadShareText(language),
    apiSupported: host ? apiSupport(host) : false,
  });
}

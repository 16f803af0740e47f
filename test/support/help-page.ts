/** Opens the built help page in an offline browser context and waits until it has rendered. */
import { BrowserContextOptions, Browser, Page } from "playwright-core";
import { offlineContext, OfflineContext } from "./browser";

export async function openHelp(
  browser: Browser,
  origin: string,
  contexts: OfflineContext[],
  path: string,
  options: BrowserContextOptions = {}
): Promise<Page> {
  const offline = await offlineContext(browser, origin, options);
  contexts.push(offline);
  const page = await offline.context.newPage();
  await page.goto(`${origin}/${path}`);
  await page.waitForSelector(path.includes("#") ? ".cs-function-page" : "#reference article");
  return page;
}

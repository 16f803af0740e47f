/**
 * Headless Chromium (Debian's) driven by playwright-core, with the network closed: the add-in's
 * origin is a local server, office.js is the real library from @microsoft/office-js answered
 * locally for Microsoft's CDN URL, and every other request is aborted and recorded.
 */
import { existsSync } from "fs";
import { dirname, join, normalize, sep } from "path";
import { Browser, BrowserContext, BrowserContextOptions, chromium } from "playwright-core";
import { ensureChromium } from "./system-deps";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
/**
 * Inside Excel, office.js comes with the custom-functions runtime (CustomFunctions.Error,
 * ErrorCode). Outside Excel, Office's file that has both is custom-functions-runtime.js (office.js
 * plus that runtime; it insists on its own file name), so pages get that script in its place.
 */
const OFFICE_JS = `${OFFICE_CDN}office.js`;
const OFFICE_WITH_RUNTIME = `${OFFICE_CDN}custom-functions-runtime.js`;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface OfflineContext {
  readonly context: BrowserContext;
  /** Every request that would have left the machine (and was aborted). */
  readonly blocked: string[];
  /** Every URL the page asked for. */
  readonly requested: string[];
}

/** `options` as for browser.newContext, e.g. `{ locale: "ro-RO" }` for navigator.language. */
export async function offlineContext(
  browser: Browser,
  localOrigin: string,
  options: BrowserContextOptions = {}
): Promise<OfflineContext> {
  const context = await browser.newContext(options);
  const blocked: string[] = [];
  const requested: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.startsWith(localOrigin + "/")) {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).split(OFFICE_JS).join(OFFICE_WITH_RUNTIME);
      return route.fulfill({ response, body: html });
    }
    if (url.startsWith(OFFICE_CDN)) {
      const file = normalize(
        join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length))
      );
      if (file.startsWith(OFFICE_DIST + sep) && existsSync(file)) {
        return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      }
      return route.fulfill({ status: 404 });
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return { context, blocked, requested };
}

/**
 * Test page for the Chromium test: the real pane on the scripted port, language from `?lang=`,
 * ExcelApi support from `?api=0`. The port is exposed as `window.testPort` so the test can set
 * the selection as a user would in the grid.
 */
import { startWizard } from "../../src/taskpane/wizard-view";
import { ACCOUNTS, HOSTILE, ScriptedPort } from "./scripted-port";

declare global {
  interface Window {
    testPort: ScriptedPort;
  }
}

let builds = 0;
Office.onReady(() => {
  const query = new URLSearchParams(location.search);
  const port = new ScriptedPort({ sheets: { Accounts: ACCOUNTS, Hostile: HOSTILE }, chunks: 4 });
  window.testPort = port;
  startWizard(document.getElementById("wizard")!, port, {
    displayLanguage: query.get("lang") ?? "en-US",
    apiSupported: query.get("api") !== "0",
    productVersion: "0.1.0",
    newBuildId: () => (++builds).toString(16).padStart(12, "0"),
  });
});

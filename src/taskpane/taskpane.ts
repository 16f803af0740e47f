/*
 * Task pane bootstrap: lists the CS functions from functions.json. The health-score wizard
 * will live here as well; this page is also the shared runtime that hosts the functions.
 */
import { functionCard } from "../help/function-card";
import { loadFunctions } from "../help/function-metadata";
import { el } from "../ui/dom";

async function showFunctions(): Promise<void> {
  const root = document.getElementById("functions")!;
  try {
    const functions = await loadFunctions();
    root.replaceChildren(...functions.map((fn) => functionCard(fn, { helpLink: true })));
  } catch (error) {
    root.replaceChildren(
      el("p", { role: "alert" }, error instanceof Error ? error.message : String(error))
    );
  }
}

Office.onReady(() => showFunctions());

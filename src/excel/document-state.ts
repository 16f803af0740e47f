/**
 * The pane's current, possibly unbuilt, configuration (docs/health-score.md, "Ownership and
 * Rebuild"), kept as JSON in the document settings so it travels with the workbook.
 */
import { HealthScoreConfig } from "../health-score";
import { ExcelHost } from "./excel-host";

export const STATE_KEY = "CSMetrics.healthScore.v1";

/** The saved config, or undefined when there is none or it is not a version-1 config object. */
export function loadState(host: ExcelHost): HealthScoreConfig | undefined {
  const saved: unknown = host.settings.get(STATE_KEY);
  let parsed: unknown = saved;
  if (typeof saved === "string") {
    try {
      parsed = JSON.parse(saved);
    } catch {
      return undefined;
    }
  }
  const isConfig =
    typeof parsed === "object" &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    (parsed as { version?: unknown }).version === 1;
  return isConfig ? (parsed as HealthScoreConfig) : undefined;
}

/** Sets the config and saves the settings; rejects with Office's message when saving fails. */
export function saveState(host: ExcelHost, config: HealthScoreConfig): Promise<void> {
  host.settings.set(STATE_KEY, JSON.stringify(config));
  return new Promise((resolve, reject) =>
    host.settings.saveAsync((result) => {
      // Office.AsyncResultStatus is "succeeded"/"failed" at run time; the typings say numbers.
      if (String(result.status) === "succeeded") resolve();
      else reject(new Error(result.error?.message ?? "The add-in settings could not be saved."));
    })
  );
}

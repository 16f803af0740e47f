/**
 * The pane's conversations with the workbook, DOM-free: check a config (read sources, plan),
 * build or rebuild (check again, write only when no error stands), snapshot. The pane renders
 * the outcomes; tests drive these with the real Office.js edge on the fake workbook.
 */
import {
  HealthScoreConfig,
  PlanSources,
  Problem,
  SheetPlan,
  configAddresses,
  planHealthScore,
} from "../health-score";
import { BuildTarget, Progress, WorkbookPort, WriteOutcome } from "./workbook-port";

export interface CheckResult {
  readonly problems: readonly Problem[];
  readonly sources: PlanSources;
  /** Present when no error stands. */
  readonly plan?: SheetPlan;
}

export const hasError = (problems: readonly Problem[]) =>
  problems.some((p) => p.severity === "error");

function planned(config: HealthScoreConfig, sources: PlanSources): CheckResult {
  const result = planHealthScore(config, sources);
  return Array.isArray(result)
    ? { problems: result, sources }
    : { problems: result.warnings, sources, plan: result };
}

/** Reads the sources of `config` and plans it: the check run when a range is assigned. */
export async function check(
  port: WorkbookPort,
  config: HealthScoreConfig,
  options: { readonly buildId: string; readonly rebuild?: string }
): Promise<CheckResult> {
  return planned(config, await port.sources(config, options));
}

/**
 * Plans again on sources already read, when only settings changed (no address did): no
 * workbook round trip. `undefined` when an address changed and the sources must be read again.
 */
export function recheck(config: HealthScoreConfig, last: CheckResult): CheckResult | undefined {
  const known = last.sources.ranges;
  return configAddresses(config).every((a) => known.has(a))
    ? planned(config, last.sources)
    : undefined;
}

export type BuildResult =
  | { readonly kind: "blocked"; readonly check: CheckResult }
  | { readonly kind: "written"; readonly check: CheckResult; readonly outcome: WriteOutcome };

/**
 * Build new or Rebuild: reads and validates again (the workbook may have changed since the last
 * check) and writes only a plan without errors.
 */
export async function build(
  port: WorkbookPort,
  config: HealthScoreConfig,
  request: { readonly target: BuildTarget; readonly buildId: string; readonly progress: Progress }
): Promise<BuildResult> {
  const { target, buildId, progress } = request;
  const result = await check(port, config, {
    buildId,
    ...(target.mode === "rebuild" ? { rebuild: target.sheet } : {}),
  });
  if (!result.plan) return { kind: "blocked", check: result };
  const outcome = await port.write(result.plan, target, progress);
  return { kind: "written", check: result, outcome };
}

/**
 * The pane's controls by id, and where each problem (docs/health-score.md, "Checks before writing")
 * is fixed: activating a problem in the panel opens its step and focuses that control; the control
 * carries the error next to it.
 */
import { Problem } from "../health-score";
import { RoleId } from "./state";
import { roleKey } from "./role-summary";

export type Step = 1 | 2 | 3 | 4;
export const STEPS: readonly Step[] = [1, 2, 3, 4];

export const controlId = {
  pick: (role: RoleId) => `cs-${roleKey(role)}-pick`,
  header: (role: RoleId) => `cs-${roleKey(role)}-header`,
  name: (key: number) => `cs-m${key}-name`,
  direction: (key: number) => `cs-m${key}-direction`,
  normalisation: (key: number) => `cs-m${key}-normalisation`,
  bad: (key: number) => `cs-m${key}-bad`,
  good: (key: number) => `cs-m${key}-good`,
  weight: (key: number) => `cs-m${key}-weight`,
  addMetric: "cs-add-metric",
  red: "cs-red",
  green: "cs-green",
  trendThreshold: "cs-trend-threshold",
  trendSource: "cs-trend-source",
  build: "cs-build",
} as const;

export interface ProblemTarget {
  readonly step: Step;
  readonly control: string;
}

/** Step and control of a problem; `metricKeys` maps config metric indexes to pane keys. */
export function problemTarget(problem: Problem, metricKeys: readonly number[]): ProblemTarget {
  const { role, code } = problem;
  switch (role.kind) {
    case "ids":
    case "previousScore":
    case "revenue":
    case "outcome":
      return { step: 1, control: controlId.pick(role.kind) };
    case "metric": {
      const key = metricKeys[role.index];
      if (code === "E13") return { step: 2, control: controlId.weight(key) };
      if (code === "E14") return { step: 2, control: controlId.bad(key) };
      if (code === "E15") return { step: 2, control: controlId.name(key) };
      return { step: 1, control: controlId.pick({ metric: key }) };
    }
    case "settings":
      if (code === "E16") return { step: 3, control: controlId.red };
      if (code === "E17") return { step: 3, control: controlId.trendThreshold };
      return { step: 1, control: controlId.addMetric };
    default:
      return { step: 4, control: controlId.build };
  }
}

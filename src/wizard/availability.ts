/**
 * Which steps and buttons the pane offers, from the state and what is going on
 * (docs/health-score.md, "Checks before writing"; docs/development.md, "Task pane UI").
 */
import { WizardState, effectiveTrendSource } from "./state";
import { Step } from "./controls";

export interface PaneSituation {
  readonly state: WizardState;
  readonly apiSupported: boolean;
  /** A build, rebuild or snapshot is under way. */
  readonly running: boolean;
  /** The last check found an error (nothing is written while one stands). */
  readonly hasErrors: boolean;
  /** The owned score sheet being edited, if any (Rebuild, Snapshot need one). */
  readonly ownedSheet?: string;
}

export interface Availability {
  readonly steps: Readonly<Record<Step, boolean>>;
  readonly buildNew: boolean;
  readonly rebuild: boolean;
  readonly snapshot: boolean;
  readonly cancel: boolean;
}

/** Ids and at least one metric range: enough to describe a model. */
const hasData = (state: WizardState) => !!state.ids && state.metrics.some((m) => m.range);

export function availability(s: PaneSituation): Availability {
  const usable = s.apiSupported && !s.running;
  const data = usable && hasData(s.state);
  const write = data && !s.hasErrors;
  return {
    steps: { 1: usable, 2: data, 3: data, 4: data },
    buildNew: write,
    rebuild: write && s.ownedSheet !== undefined,
    snapshot: usable && s.ownedSheet !== undefined && effectiveTrendSource(s.state) === "snapshots",
    cancel: s.running,
  };
}

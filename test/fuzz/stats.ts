/**
 * What the fuzz runs covered, per function: how the argument sets were generated and what came
 * back (a value, the input error, or which catalogue error), and how long the runs took.
 * Printed with FUZZ_STATS=1 to check that generation stays balanced.
 */
import { Mode } from "./arbitraries";

interface FunctionStats {
  runs: number;
  modes: Record<Mode, number>;
  /** "value" or an error id. */
  outcomes: Map<string, number>;
  wallMs?: number;
  /** CPU time: on a shared machine a steadier measure than wall time. */
  cpuMs?: number;
}

export class FuzzStats {
  private readonly byFunction = new Map<string, FunctionStats>();

  record(id: string, mode: Mode, outcome: string): void {
    let entry = this.byFunction.get(id);
    if (!entry) {
      entry = { runs: 0, modes: { valid: 0, mixed: 0, wild: 0 }, outcomes: new Map() };
      this.byFunction.set(id, entry);
    }
    entry.runs++;
    entry.modes[mode]++;
    entry.outcomes.set(outcome, (entry.outcomes.get(outcome) ?? 0) + 1);
  }

  finish(id: string, wallMs: number, cpuMs: number): void {
    const entry = this.byFunction.get(id);
    if (entry) Object.assign(entry, { wallMs, cpuMs: Math.round(cpuMs) });
  }

  table(): string {
    const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    const lines = [...this.byFunction].map(([id, s]) => {
      const outcomes = [...s.outcomes]
        .sort((a, b) => b[1] - a[1])
        .map(([name, n]) => `${name} ${n} (${percent(n, s.runs)})`)
        .join(", ");
      return (
        `${id}: ${s.runs} runs, ${s.wallMs ?? "?"} ms (CPU ${s.cpuMs ?? "?"} ms); generated valid ${percent(s.modes.valid, s.runs)}, ` +
        `mixed ${percent(s.modes.mixed, s.runs)}, wild ${percent(s.modes.wild, s.runs)}; returned ${outcomes}`
      );
    });
    return `\nfuzz statistics\n${lines.join("\n")}\n`;
  }
}

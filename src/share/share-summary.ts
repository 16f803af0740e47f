/**
 * The facts of the one-sentence summary (docs/share.md, "In the task pane") and the Check report,
 * as data the pane localises: how many formulas are native now, which cells were frozen as values
 * grouped by reason, which were kept (problems), and per sheet the counts by function.
 */
import { sheetPrefix } from "../a1/a1";
import { ShareOutcome, ShareReason } from "./share-report";

export interface FrozenGroup {
  /** `reason.id` and function: one group per distinct pair, in first-seen order. */
  readonly reason: ShareReason;
  /** "Sheet2!D4, D5, D9, Sheet3!A1": the sheet named once per run of its cells. */
  readonly cells: string;
  readonly count: number;
  /** The group's cells, for a shortened list. */
  readonly outcomes: readonly ShareOutcome[];
}

export interface ShareSummary {
  readonly native: number;
  readonly value: number;
  readonly kept: number;
  readonly frozen: readonly FrozenGroup[];
  readonly problems: readonly ShareOutcome[];
}

const reasonKey = (r: ShareReason | undefined) => `${r?.id ?? ""}|${r?.functionId ?? ""}`;

/** Cell addresses as one list, the sheet written before the first of each run of its cells. */
export function cellList(outcomes: readonly Pick<ShareOutcome, "sheet" | "address">[]): string {
  let sheet: string | undefined;
  return outcomes
    .map((o) => {
      const named = o.sheet !== sheet && o.sheet !== undefined;
      sheet = o.sheet;
      return named ? sheetPrefix(o.sheet!) + o.address : o.address;
    })
    .join(", ");
}

export function summarise(outcomes: readonly ShareOutcome[]): ShareSummary {
  const groups = new Map<string, ShareOutcome[]>();
  let native = 0;
  const problems: ShareOutcome[] = [];
  for (const o of outcomes) {
    if (o.rule === "native") native++;
    else if (o.rule === "kept") problems.push(o);
    else {
      const key = reasonKey(o.reason);
      const list = groups.get(key);
      if (list) list.push(o);
      else groups.set(key, [o]);
    }
  }
  const frozen = [...groups.values()].map((list) => ({
    reason: list[0].reason!,
    cells: cellList(list),
    count: list.length,
    outcomes: list,
  }));
  const value = frozen.reduce((n, g) => n + g.count, 0);
  return { native, value, kept: problems.length, frozen, problems };
}

export interface SheetReport {
  readonly sheet: string;
  readonly cells: number;
  /** Cells per CS function (a cell counts once per function it calls), by count then id. */
  readonly byFunction: readonly { readonly id: string; readonly cells: number }[];
  readonly protected: boolean;
}

/** Check's per-sheet lines: CS cells per sheet, grouped by function. */
export function sheetReports(
  outcomes: readonly ShareOutcome[],
  protectedSheets: readonly string[]
): SheetReport[] {
  const bySheet = new Map<string, ShareOutcome[]>();
  for (const o of outcomes) {
    if (o.kind !== "cell" || o.sheet === undefined) continue;
    const list = bySheet.get(o.sheet);
    if (list) list.push(o);
    else bySheet.set(o.sheet, [o]);
  }
  return [...bySheet].map(([sheet, list]) => {
    const counts = new Map<string, number>();
    for (const o of list)
      for (const id of new Set(o.functions)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const byFunction = [...counts]
      .map(([id, cells]) => ({ id, cells }))
      .sort((a, b) => b.cells - a.cells || (a.id < b.id ? -1 : 1));
    return { sheet, cells: list.length, byFunction, protected: protectedSheets.includes(sheet) };
  });
}

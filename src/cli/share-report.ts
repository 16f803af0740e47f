/** What `cs-metrics share` prints: a summary, counts by function and rule, every frozen or kept formula with its reason. */
import { sheetPrefix } from "../a1/a1";
import { countOutcomes, ShareOutcome } from "../share/share-report";
import { reasonText } from "../share/reason-text";
import { fillCounted } from "../i18n/plural";

const where = (o: ShareOutcome): string => {
  if (o.kind === "name")
    return o.sheet ? `name ${o.address} (scope ${o.sheet})` : `name ${o.address}`;
  if (o.kind === "table-column") return `table column ${o.address}`;
  return sheetPrefix(o.sheet ?? "") + o.address;
};

const plural = (n: number, one: string, many: string): string =>
  fillCounted("en", `{n, plural, one {{n} ${one}} other {{n} ${many}}}`, { n });

/** The lines printed for a finished or refused run. */
export function shareReportLines(
  input: string,
  output: string,
  outcomes: readonly ShareOutcome[],
  written: boolean
): string[] {
  if (outcomes.length === 0) return [`No CS.* formulas found in ${input}; nothing written.`];
  const counts = countOutcomes(outcomes);
  const lines = [
    written
      ? `${plural(counts.native, "formula now uses", "formulas now use")} only built-in Excel functions; ${plural(counts.value, "formula was", "formulas were")} frozen as values. Written to ${output}.`
      : `${plural(counts.kept, "CS.* formula", "CS.* formulas")} could neither be converted nor frozen (no saved value); nothing written. Recalculate and save the workbook in Excel with the add-in first, so that every CS.* formula has a saved value.`,
    "By function (calls):",
    ...[...counts.byFunction]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([id, c]) =>
          `  CS.${id}: ${c.native} native, ${c.value} value${c.kept ? `, ${c.kept} kept` : ""}`
      ),
  ];
  for (const rule of ["value", "kept"] as const) {
    const list = outcomes.filter((o) => o.rule === rule);
    if (list.length === 0) continue;
    lines.push(rule === "value" ? "Frozen as values:" : "Not converted (kept as CS.* formulas):");
    for (const o of list)
      lines.push(
        `  ${where(o)}: ${o.reason ? reasonText(o.reason) : rule === "value" ? "--values: every call keeps its value" : "it has no saved value to keep"}.`
      );
  }
  return lines;
}

/** The `--json` report. */
export function shareJson(
  input: string,
  output: string,
  outcomes: readonly ShareOutcome[],
  written: boolean,
  error?: string
): string {
  const counts = countOutcomes(outcomes);
  return JSON.stringify({
    ok: error === undefined && !outcomes.some((o) => o.rule === "kept"),
    input,
    output: written ? output : null,
    written,
    counts: { native: counts.native, value: counts.value, kept: counts.kept },
    byFunction: Object.fromEntries(counts.byFunction),
    outcomes: outcomes.map((o) => ({
      sheet: o.sheet ?? null,
      address: o.address,
      kind: o.kind,
      functions: o.functions,
      rule: o.rule,
      reason: o.reason ? { ...o.reason, text: reasonText(o.reason) } : null,
      before: o.before,
      after: o.after ?? null,
    })),
    ...(error !== undefined ? { error } : {}),
  });
}

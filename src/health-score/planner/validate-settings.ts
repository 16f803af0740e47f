/** Checks of the choices themselves (E01–E03, E13–E17) and of the workbook (E20, E21). */
import { MAX_METRICS } from "../config";
import { Problem } from "../problems";
import { ExistingSheet, PlanSources } from "../sources";
import { MakeProblem } from "./problem-factory";
import { Roles } from "./roles";
import { Settings } from "./settings";

const SETTINGS = { kind: "settings" } as const;
const WORKBOOK = { kind: "workbook" } as const;
const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * The largest weight: twelve of them times 100 (the score's scale) stay far inside a double, so
 * no score formula overflows to #NUM!.
 */
export const MAX_WEIGHT = 1e300;

export function validateSettings(roles: Roles, settings: Settings, make: MakeProblem): Problem[] {
  const problems: Problem[] = [];
  if (!roles.ids) problems.push(make("E01", { kind: "ids" }));
  if (roles.metrics.length === 0) problems.push(make("E02", SETTINGS));
  if (roles.metrics.length > MAX_METRICS) problems.push(make("E03", SETTINGS));
  const seen = new Set<string>();
  let namesBad = false;
  settings.metrics.forEach((m, index) => {
    const role = { kind: "metric", index } as const;
    if (!isFiniteNumber(m.weight) || m.weight <= 0) problems.push(make("E13", role));
    else if (m.weight > MAX_WEIGHT)
      problems.push(make("E13", role, { max: "1E+300" }, undefined, "E13Large"));
    if (m.normalisation === "thresholds") {
      const { bad, good } = m;
      if (!isFiniteNumber(bad) || !isFiniteNumber(good) || bad === good)
        problems.push(make("E14", role));
      // (x − bad) / (good − bad) would divide by infinity: every component 0 or #NUM!.
      else if (!Number.isFinite(good - bad))
        problems.push(make("E14", role, {}, undefined, "E14Large"));
    }
    const key = m.name.trim().toLowerCase();
    if (!namesBad && (key === "" || m.name.length > 60 || seen.has(key))) {
      problems.push(make("E15", role));
      namesBad = true;
    }
    seen.add(key);
  });
  const { red, green, trendThreshold } = settings;
  if (!isFiniteNumber(red) || !isFiniteNumber(green) || !(0 <= red && red < green && green <= 100))
    problems.push(make("E16", SETTINGS));
  if (!isFiniteNumber(trendThreshold) || trendThreshold <= 0) problems.push(make("E17", SETTINGS));
  return problems;
}

const MARKER = /^cs-metrics:(health-score|health-history):v1:[0-9a-f]{12}$/;

/** Sheets that own a marker no other sheet carries ("Ownership and Rebuild"). */
export function ownedSheets(sheets: readonly ExistingSheet[]): Set<string> {
  const holders = markerHolders(sheets);
  return new Set([...holders.values()].filter((h) => h.length === 1).map((h) => h[0]));
}

function markerHolders(sheets: readonly ExistingSheet[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const sheet of sheets) {
    if (sheet.marker === undefined || !MARKER.test(sheet.marker)) continue;
    holders.set(sheet.marker, [...(holders.get(sheet.marker) ?? []), sheet.name]);
  }
  return holders;
}

/** `addsSheet`: the build adds a sheet (a Rebuild that reuses its sheets adds none, so E20 does not apply). */
export function validateWorkbook(
  sources: PlanSources,
  addsSheet: boolean,
  make: MakeProblem
): Problem[] {
  const problems: Problem[] = [];
  if (sources.structureProtected && addsSheet) problems.push(make("E20", WORKBOOK));
  for (const names of markerHolders(sources.sheets).values()) {
    if (names.length > 1) problems.push(make("E21", WORKBOOK, { a: names[0], b: names[1] }));
  }
  return problems;
}

/**
 * The Excel writer (docs/health-score.md, "The Excel writer"): applies a SheetPlan through
 * Office.js in syncs of at most 4 MB, reporting progress and honouring Cancel between syncs. A new
 * build adds its sheets (the score sheet last, activated at the end) and deletes them again if it
 * is cancelled or fails. A Rebuild rewrites only its own score sheet in place, keeping the sheet
 * and its marker; if it stops midway the panel title shows "Rebuild incomplete: run Rebuild again".
 */
import type { ExcelContext } from "./excel-surface";
import { PlannedSheet, SheetPlan } from "../health-score";
import { message, sentences } from "../health-score/locales";
import { NAME_PREFIX, OWNER_NAME } from "../health-score/defined-names";
import { BuildTarget, Progress, WriteOutcome } from "../wizard/workbook-port";
import { ExcelHost } from "./excel-host";
import { Batch, batches } from "./write-batches";
import { Cancelled, errorText, largestPayload, sendBatches } from "./write-sync";
import { WriteOp, bannerCell, scoreSheetOf, sheetOps, textInput } from "./write-ops";

/** What a run has done so far: cleanup after a stop needs to know which sheets it added. */
interface RunState {
  /** Sheets this run adds (set before the sync that adds them): removed again if it stops. */
  adds: readonly PlannedSheet[];
  syncs: number;
}

export async function writePlan(
  host: ExcelHost,
  plan: SheetPlan,
  target: BuildTarget,
  progress: Progress
): Promise<WriteOutcome> {
  const score = scoreSheetOf(plan);
  const state: RunState = { adds: [], syncs: 0 };
  let list: Batch[] = [];
  try {
    const refusal = await host.run(async (context) => {
      const prepared =
        target.mode === "new"
          ? await prepareNew(context, plan, state, canGroup(host))
          : await prepareRebuild(context, plan, target.sheet, state);
      if (typeof prepared === "string") return prepared;
      list = batches([...prepared, { kind: "activate", sheet: score.name }]);
      // The preparing sync that adds or clears the sheets counts as the first step.
      const total = list.length + 1;
      progress.report(1, total);
      state.syncs += await sendBatches(host, context, list, progress, 1, total);
      return undefined;
    });
    if (refusal !== undefined) return { ok: false, reason: "failed", message: refusal };
    return {
      ok: true,
      sheet: score.name,
      syncs: state.syncs,
      largestPayload: largestPayload(list),
    };
  } catch (error) {
    const cancelled = error instanceof Cancelled;
    const first = cancelled
      ? message(plan.locale, "writeCancelled", { sheet: score.name })
      : message(plan.locale, "writeFailed", { sheet: score.name, error: errorText(error) });
    const removed = await removeSheets(host, plan, state.adds);
    const notes =
      target.mode === "new" ? removed : [...(await writeBanner(host, plan)), ...removed];
    return {
      ok: false,
      reason: cancelled ? "cancelled" : "failed",
      message: sentences(plan.locale, [first, ...notes]),
    };
  }
}

/** Range.group and hideGroupDetails came with ExcelApi 1.10. */
const canGroup = (host: ExcelHost): boolean => host.isSetSupported("ExcelApi", "1.10");

/**
 * New build: checks the planned names are still free, then adds the sheets (score sheet last).
 * Returns the writes that follow, or a refusal message.
 */
async function prepareNew(
  context: ExcelContext,
  plan: SheetPlan,
  state: RunState,
  group: boolean
): Promise<WriteOp[] | string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  state.syncs++;
  const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const clash = plan.sheets.find((s) => taken.has(s.name.toLowerCase()));
  if (clash) return message(plan.locale, "writeNameTaken", { sheet: clash.name });
  const adds = [...plan.sheets].sort(
    (a, b) => Number(a.kind === "score") - Number(b.kind === "score")
  );
  for (const sheet of adds) worksheets.add(sheet.name);
  // Set before the sync: if it fails halfway, cleanup still looks for every planned sheet.
  state.adds = adds;
  await context.sync();
  state.syncs++;
  return adds.flatMap((s) => sheetOps(s, plan, { outline: group ? "group" : "hide" }));
}

/**
 * Rebuild: verifies the sheet carries this build's marker (and an existing history sheet its
 * own), clears the score sheet's used range (contents, formats, conditional formats,
 * validations) and its CSMetrics_ names except the marker, and adds a history sheet only if the
 * plan needs one the workbook lacks. The history sheet it finds is never written.
 */
async function prepareRebuild(
  context: ExcelContext,
  plan: SheetPlan,
  sheetName: string,
  state: RunState
): Promise<WriteOp[] | string> {
  const score = scoreSheetOf(plan);
  const notOwned = (name: string) => message(plan.locale, "writeNotOwned", { sheet: name });
  if (score.name !== sheetName) return notOwned(sheetName);
  const worksheets = context.workbook.worksheets;
  const probes = plan.sheets.map((planned) => {
    const sheet = worksheets.getItemOrNullObject(planned.name);
    return { planned, sheet };
  });
  await context.sync();
  state.syncs++;
  const existing = probes.filter((p) => !p.sheet.isNullObject);
  const adds = probes.filter((p) => p.sheet.isNullObject).map((p) => p.planned);
  // Only a missing history sheet is added; the score sheet must be there.
  if (adds.some((s) => s.kind === "score")) return notOwned(score.name);
  const owners = existing.map(({ planned, sheet }) => {
    const owner = sheet.names.getItemOrNullObject(OWNER_NAME);
    owner.load("formula");
    return { planned, owner };
  });
  const used = worksheets.getItem(score.name).getUsedRangeOrNullObject();
  const names = worksheets.getItem(score.name).names;
  names.load("items/name");
  await context.sync();
  state.syncs++;
  const markerOf = (planned: PlannedSheet) =>
    `=${planned.names.find((n) => n.name === OWNER_NAME)?.formula}`;
  const foreign = owners.find(
    (o) => o.owner.isNullObject || o.owner.formula !== markerOf(o.planned)
  );
  if (foreign) return notOwned(foreign.planned.name);
  if (!used.isNullObject) {
    used.conditionalFormats.clearAll();
    used.dataValidation.clear();
    used.clear("All");
  }
  for (const item of names.items)
    if (item.name.startsWith(NAME_PREFIX) && item.name !== OWNER_NAME) item.delete();
  for (const sheet of adds) worksheets.add(sheet.name);
  state.adds = adds;
  await context.sync();
  state.syncs++;
  return [
    ...adds.flatMap((s) => sheetOps(s, plan)),
    // Hiding, not grouping: the first build's group is still there, and grouping again would
    // nest a second level.
    ...sheetOps(score, plan, { keepNames: new Set([OWNER_NAME]), outline: "hide" }),
  ];
}

/** Deletes the sheets a stopped build added, if they exist (best effort). */
async function removeSheets(
  host: ExcelHost,
  plan: SheetPlan,
  added: readonly PlannedSheet[]
): Promise<string[]> {
  const sheets = added;
  if (sheets.length === 0) return [];
  try {
    await host.run(async (context) => {
      const found = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.name));
      await context.sync();
      // A visible sheet must remain: delete only when another sheet exists (always, here).
      for (const s of found) if (!s.isNullObject) s.delete();
      await context.sync();
    });
    return [message(plan.locale, "writeRemoved")];
  } catch (error) {
    return [
      message(plan.locale, "writeNotRemoved", {
        sheet: sheets.map((s) => s.name),
        error: errorText(error),
      }),
    ];
  }
}

/** A stopped Rebuild: the banner in the panel title cell (panel row 1). */
async function writeBanner(host: ExcelHost, plan: SheetPlan): Promise<string[]> {
  const banner = bannerCell(plan);
  try {
    await host.run(async (context) => {
      const cell = context.workbook.worksheets
        .getItem(banner.sheet)
        .getRangeByIndexes(banner.row - 1, banner.column - 1, 1, 1);
      cell.values = [[textInput(banner.text)]];
      cell.format.font.bold = true;
      cell.format.font.color = "#9C0006";
      await context.sync();
    });
    return [message(plan.locale, "writeBanner", { sheet: banner.sheet })];
  } catch (error) {
    return [message(plan.locale, "writeNoBanner", { error: errorText(error) })];
  }
}

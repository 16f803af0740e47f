/**
 * The Functions tab's Insert through the Office.js edge: the selection as the reader sees it,
 * the planner's cell, and the writer's "cells" operation. A cell that is not empty is left alone.
 */
import { InsertPlan, planInsert } from "../wizard/insert-plan";
import { ExcelHost } from "./excel-host";
import { readSelection } from "./selection";
import { applyOp, rangeOf, sheetCache } from "./write-apply";

export type InsertOutcome =
  | { readonly ok: true; readonly plan: InsertPlan }
  | { readonly ok: false; readonly reason: "occupied" | "noRoom"; readonly cell?: string };

export async function insertFunction(host: ExcelHost, name: string): Promise<InsertOutcome> {
  const { range } = await readSelection(host);
  const plan = planInsert(name, range);
  if (!plan) return { ok: false, reason: "noRoom" };
  return host.run(async (context) => {
    const sheetOf = sheetCache(context);
    const target = rangeOf(sheetOf(range.sheet), plan.target).load("formulas");
    await context.sync();
    const [[current]] = target.formulas as unknown[][];
    if (current !== "" && current !== null)
      return { ok: false, reason: "occupied", cell: plan.cell };
    applyOp(sheetOf, {
      kind: "cells",
      sheet: range.sheet,
      rect: plan.target,
      inputs: [[plan.formula]],
    });
    await context.sync();
    return { ok: true, plan };
  });
}

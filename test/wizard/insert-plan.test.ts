/** Where Insert puts `=CS.NAME(…)`: below the selected block, with the block as the argument. */
import { planInsert } from "../../src/wizard/insert-plan";

test.each([
  [{ top: 2, left: 2, rows: 9, columns: 1 }, "=CS.NPS(B2:B10)", "B11"],
  [{ top: 1, left: 3, rows: 1, columns: 1 }, "=CS.NPS(C1)", "C2"],
  [{ top: 5, left: 2, rows: 1, columns: 3 }, "=CS.NPS(B5:D5)", "B6"],
  [{ top: 2, left: 28, rows: 3, columns: 2 }, "=CS.NPS(AB2:AC4)", "AB5"],
])("%j → %s in %s", (block, formula, cell) => {
  const plan = planInsert("NPS", block);
  expect(plan).toMatchObject({ formula, cell });
  expect(plan?.target.top).toBe(block.top + block.rows);
});

test("a block that reaches the last row leaves no cell below it", () => {
  expect(planInsert("NPS", { top: 1, left: 1, rows: 1_048_576, columns: 1 })).toBeUndefined();
});

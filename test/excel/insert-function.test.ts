/** Insert on the fake workbook: the formula lands below the selection, nothing else changes. */
import { createFakeExcel } from "../../test-double/excel";
import { insertFunction } from "../../src/excel/insert-function";

const SCORES = {
  name: "Survey",
  cells: [["Score"], [10], [9], [6], [3]],
};

test("writes =CS.NPS(A2:A5) into A6 and changes no other cell", async () => {
  const fake = createFakeExcel({
    sheets: [SCORES],
    selection: { sheet: "Survey", address: "A2:A5" },
  });
  const before = fake.book.snapshot();
  const outcome = await insertFunction(fake.host, "NPS");
  expect(outcome).toMatchObject({ ok: true, plan: { cell: "A6", formula: "=CS.NPS(A2:A5)" } });
  expect(fake.book.formulas("Survey", "A6")).toEqual([["=CS.NPS(A2:A5)"]]);
  expect(fake.book.diff(before).map((c) => JSON.stringify(c))).toHaveLength(1);
});

test("refuses to overwrite a cell below the selection that holds something", async () => {
  const fake = createFakeExcel({
    sheets: [{ name: "Survey", cells: [...SCORES.cells, ["total"]] }],
    selection: { sheet: "Survey", address: "A2:A5" },
  });
  const before = fake.book.snapshot();
  expect(await insertFunction(fake.host, "NPS")).toEqual({
    ok: false,
    reason: "occupied",
    cell: "A6",
  });
  expect(fake.book.diff(before)).toEqual([]);
});

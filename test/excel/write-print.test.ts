/**
 * The Excel writer's print set-up and helper-column outline on the fake workbook (spec §16): the
 * page layout the plan asks for, the percentile grid's columns grouped and collapsed on ExcelApi
 * 1.10 and hidden before it, and on a Rebuild hidden again without a second group level.
 */
import { createFakeExcel } from "../../test-double/excel";
import { columnOutlineOf, printOf } from "../../test-double/excel/page-layout-api";
import { writePlan } from "../../src/excel/write-plan";
import { HealthScoreConfig } from "../../src/health-score";
import { percentileConfig, percentileSheet } from "../health-score/fixtures";
import { asInputs, planFor, recorder } from "./fake-support";

const SHEET = percentileSheet([10, 20, 20, 40, 80, null]);
const CONFIG: HealthScoreConfig = {
  ...percentileConfig(6, "higher"),
  metrics: [
    { range: "Data!B1:B7", normalisation: "percentile" },
    { range: "Data!B1:B7", name: "Usage (min–max)", normalisation: "minmax" },
  ],
};
// A id, B–C components, D–E points, F score, G band, H gap; panel labels J, metrics K–L (to O,
// the lowest 10's six columns); helper labels Q, coefficients and grids R–S, grid positions
// T–U, present weights V.
const GRID = { labels: 17 };
const FOLDED = [18, 19, 20, 21, 22].map((c) => c - 1);

async function build(apiVersions: string) {
  const fake = createFakeExcel({ sheets: [asInputs(SHEET)], apiVersions });
  const plan = planFor(CONFIG, [SHEET], fake.book.sheetNames);
  const outcome = await writePlan(fake.host, plan, { mode: "new" }, recorder());
  if (!outcome.ok) throw new Error(outcome.message);
  return { ...fake, plan, sheet: fake.book.model.requireSheet("Health Score") };
}

test("the page layout is the plan's: landscape, one page wide, row 1 on every page", async () => {
  const { sheet } = await build("1.12");
  expect(printOf(sheet)).toEqual({
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    // Table A1:H7 and panel J1:O52 (0-based here), each printed from a new page.
    printArea: [
      { top: 0, left: 0, bottom: 6, right: 7 },
      { top: 0, left: 9, bottom: 51, right: 14 },
    ],
    titleRows: { top: 0, bottom: 0 },
    centerHeader: "&A",
    centerFooter: "Page &P of &N",
  });
});

test.each([
  ["1.10", new Map(FOLDED.map((c) => [c, 1]))],
  ["1.9", new Map()],
])("ExcelApi %s: the grid's columns fold away, its label column stays", async (api, levels) => {
  const { sheet } = await build(api);
  const outline = columnOutlineOf(sheet);
  expect(outline.levels).toEqual(levels);
  expect([...outline.hidden].sort((a, b) => a - b)).toEqual(FOLDED);
  expect(outline.hidden.has(GRID.labels - 1)).toBe(false);
});

test("a Rebuild hides the grid again without nesting a second group", async () => {
  const { host, book, plan, sheet } = await build("1.12");
  columnOutlineOf(sheet).hidden.clear();
  const rebuilt = await writePlan(
    host,
    { ...plan, sheets: plan.sheets },
    { mode: "rebuild", sheet: "Health Score" },
    recorder()
  );
  expect(rebuilt).toMatchObject({ ok: true });
  expect(columnOutlineOf(book.model.requireSheet("Health Score")).levels).toEqual(
    new Map(FOLDED.map((c) => [c, 1]))
  );
  expect([...columnOutlineOf(sheet).hidden].sort((a, b) => a - b)).toEqual(FOLDED);
});

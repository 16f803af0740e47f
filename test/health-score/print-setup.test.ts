/**
 * The planner's print set-up and helper blocks (spec §16): the table and the panel as two print
 * areas, row 1 repeated, header and localised footer; the percentile grid in helper columns,
 * labelled, formatted and folded, outside both print areas.
 */
import { Locale, OUTPUT_STRINGS } from "../../src/health-score";
import { MINMAX_CONFIG, MINMAX_SHEET, percentileConfig, percentileSheet } from "./fixtures";
import { plan } from "./plan-support";

const scoreSheet = (locale: Locale = "en") =>
  plan({ ...MINMAX_CONFIG, locale }, [MINMAX_SHEET]).sheets[0];

describe("print set-up", () => {
  // §13.1's layout: A id, B–D components, E–G points, H score, I band, J gap, K–M trend,
  // N revenue; panel labels P, metrics Q–S, the panel's blocks to U (lowest 10: six columns).
  test("landscape, one page wide, row 1 on every page, table then panel", () => {
    expect(scoreSheet().print).toEqual({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: 1, last: 1 },
      areas: [
        { top: 1, left: 1, bottom: 7, right: 14 },
        { top: 1, left: 16, bottom: 52, right: 21 },
      ],
      header: "&A",
      footer: "Page &P of &N",
    });
    // Helper columns: labels W (23), coefficients X–Z, grid positions AA–AC (none: min–max),
    // present weights AD.
    expect(scoreSheet().outline).toEqual({ columns: [{ first: 24, last: 30 }] });
  });

  test.each(["en", "ar", "fa", "ro", "zh-CN"] as const)(
    "%s: the footer numbers the pages in the sheet's language",
    (locale) => {
      const footer = scoreSheet(locale).print?.footer ?? "";
      expect(footer).toBe(OUTPUT_STRINGS[locale].printFooter);
      expect(footer.match(/&[PN]/g)?.sort()).toEqual(["&N", "&P"]);
    }
  );
});

describe("the percentile grid as a helper block", () => {
  const built = plan(percentileConfig(6, "higher"), [percentileSheet([10, 20, 20, 40, 80, null])]);
  const sheet = built.sheets[0];
  // A id, B component, C points, D score, E band, F gap; panel labels H, metric I, blocks to M;
  // grid labels O, the metric's grid P, its grid positions Q, present weights R.
  const inGrid = (column: number) => column >= 15;

  test("labelled in bold above its label column, grid and positions folded away", () => {
    const title = sheet.cells.find((c) => c.row === 54 && c.column === 15);
    expect(title).toMatchObject({ value: "Helper: percentile grid", style: "section" });
    const header = sheet.cells.find((c) => c.row === 1 && c.column === 15);
    expect(header).toMatchObject({ value: "Helpers (grouped, not printed)", style: "header" });
    expect(sheet.outline).toEqual({ columns: [{ first: 16, last: 18 }] });
  });

  test("every helper value carries a number format", () => {
    const styles = built.styles;
    const helper = [
      ...sheet.cells.filter(
        (c) => inGrid(c.column) && (typeof c.value === "number" || c.formula !== undefined)
      ),
      ...sheet.fills.filter((f) => inGrid(f.column)),
    ];
    // The j/100 constants, the flip and sign, the G, F and T fills, the grid positions and the
    // present weights.
    expect(helper).toHaveLength(101 + 2 + 3 + 1 + 1);
    for (const h of helper) expect(styles[h.style ?? ""]?.numberFormat).toMatch(/0/);
  });

  test("outside both print areas", () => {
    for (const area of sheet.print?.areas ?? []) expect(area.right).toBeLessThan(15);
    expect(sheet.print?.areas[1]).toEqual({ top: 1, left: 8, bottom: 52, right: 13 });
  });
});

/**
 * Whether the built sheet shows its words in full (sheet-fit.ts estimates widths): in every
 * language, and in a pseudo-locale ~40 % longer than English, which shows where the fixed
 * column widths of spec §5.8 leave no room for a longer translation.
 */
import { LOCALES, OUTPUT_STRINGS } from "../../src/health-score";
import { pseudoLocalize } from "../support/pseudo-locale";
import { MINMAX_CONFIG, MINMAX_SHEET } from "./fixtures";
import { plan } from "./plan-support";
import { clippedTexts } from "./sheet-fit";

const CONFIGS = {
  column: MINMAX_CONFIG,
  snapshots: { ...MINMAX_CONFIG, previousScore: null, trendSource: "snapshots" as const },
};
const clips = (locale: (typeof LOCALES)[number]) =>
  Object.values(CONFIGS).flatMap((config) =>
    clippedTexts(plan({ ...config, locale }, [MINMAX_SHEET])).map(
      (c) => `R${c.row}C${c.column} ${c.text}`
    )
  );

it.each(LOCALES)("%s: every label, band, trend and Direction word fits its column", (locale) => {
  // The band column is 10 wide (§5.8) and §11 sets the Arabic "No data" to لا توجد بيانات.
  const allowed = locale === "ar" ? [`R2C9 ${OUTPUT_STRINGS.ar.nodata}`] : [];
  expect([...new Set(clips(locale))].filter((c) => !allowed.includes(c))).toEqual([]);
});

it.each(LOCALES)("%s: the sheet names are valid Excel sheet names with room for (99)", (locale) => {
  for (const name of [OUTPUT_STRINGS[locale].sheet, OUTPUT_STRINGS[locale].history]) {
    expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    expect(`${name} (99)`.length).toBeLessThanOrEqual(31);
  }
});

describe("the pseudo-locale", () => {
  beforeAll(() => {
    const en = OUTPUT_STRINGS.en as Record<string, string>;
    for (const key of Object.keys(en))
      // Sheet names are names, not text to fit: accented only (brackets are not allowed).
      en[key] = ["sheet", "history"].includes(key)
        ? pseudoLocalize(en[key]).slice(1).split(" ~")[0]
        : pseudoLocalize(en[key]);
  });

  it("reaches the sheet", () => {
    const sheet = plan(MINMAX_CONFIG, [MINMAX_SHEET]).sheets[0];
    expect(sheet.name).toBe("Ĥéåļţĥ Šçöŕé");
    expect(sheet.cells.find((c) => c.row === 1 && c.column === 1)?.value).toBe("[Åççöûñţ ~~~]");
  });

  it("is clipped exactly where §5.8's widths leave no room for 40 % more text", () => {
    const where = [...new Set(clips("en").map((c) => c.split(" ")[0]))].sort();
    expect(where).toEqual(
      [
        "R2C9", // band, 10 wide: Yellow, No data
        "R2C13", // trend, 14 wide: ▲ Improving, ▼ Declining
        // The panel sits two columns further right with snapshots (Main change, Points change).
        "R8C17", // Direction, 16 wide: Higher/Lower is better (Excel shows ####)
        "R8C18",
        "R8C19",
        "R8C20",
        "R8C21",
        "R17C17", // Status, 16 wide: Source deleted, No numeric values
        "R17C18",
        "R17C19",
        "R17C20",
        "R24C18", // panel labels, 24 wide: Baseline snapshot, Baseline first row,
        "R25C18", // Accounts declining, Revenue at risk (red)
        "R38C16",
        "R38C18",
        "R39C16",
        "R39C18",
      ].sort()
    );
  });
});

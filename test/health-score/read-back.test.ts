import { HealthScoreConfig, PlannedSheet, SourceValue, parseAddress } from "../../src/health-score";
import {
  DELETED_SOURCE,
  PANEL_COLUMNS,
  PANEL_ROWS,
  SETTINGS_KEPT,
  ScoreSheetContent,
  SourceTarget,
  WEIGHTS_KEPT,
  configFromSheet,
  formatArea,
  parseHeaderFlags,
  parseMarker,
  stringConstant,
} from "../../src/health-score/read-back";
import { MINMAX_SHEET, MemorySheet } from "./fixtures";
import { EXPLICIT } from "./read-back-fixtures";
import { plan } from "./plan-support";

/** What the edge would read from a freshly built score sheet: panel values and names. */
function sheetContent(sheet: PlannedSheet, saved?: HealthScoreConfig): ScoreSheetContent {
  const panel: SourceValue[][] = Array.from({ length: PANEL_ROWS }, () =>
    Array<SourceValue>(PANEL_COLUMNS).fill(null)
  );
  for (const c of sheet.cells)
    if (c.row <= PANEL_ROWS && c.column <= PANEL_COLUMNS && c.value !== undefined)
      panel[c.row - 1][c.column - 1] = c.value;
  const sources = new Map<string, SourceTarget>();
  let headers: string | undefined;
  for (const name of sheet.names) {
    const constant = stringConstant(name.formula);
    if (name.name === "CSMetrics_Headers") headers = constant;
    if (constant !== undefined) continue;
    const [area] = parseAddress(name.formula) ?? [];
    sources.set(name.name, { ...area, sheet: area.sheet!, bottom: area.bottom! });
  }
  return { sheetName: sheet.name, headers, sources, panel, saved };
}

const SHEETS: MemorySheet[] = [MINMAX_SHEET];

const scoreSheet = (config: HealthScoreConfig) => plan(config, SHEETS).sheets[0];

describe("configFromSheet", () => {
  it("reads back the configuration a plan wrote (panel, source names, header flags)", () => {
    expect(configFromSheet(sheetContent(scoreSheet(EXPLICIT)))).toEqual({
      config: EXPLICIT,
      adoptedEdits: [],
    });
  });

  it.each<[HealthScoreConfig["trendSource"], Partial<HealthScoreConfig>]>([
    ["none", { previousScore: undefined, revenue: undefined }],
    ["snapshots", { previousScore: undefined }],
  ])("finds the panel with trend source %s", (trendSource, change) => {
    const config: HealthScoreConfig = { ...EXPLICIT, ...change, trendSource };
    const back = configFromSheet(sheetContent(scoreSheet(config)));
    expect(back?.config).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it("finds the panel of a snapshots sheet built before Main change and Points change", () => {
    const config: HealthScoreConfig = {
      ...EXPLICIT,
      previousScore: undefined,
      trendSource: "snapshots",
    };
    const content = sheetContent(scoreSheet(config));
    // Two table columns fewer: every panel cell two columns further left.
    const panel = content.panel.map((row) => [...row.slice(2), null, null]);
    expect(configFromSheet({ ...content, panel })?.config).toEqual(
      JSON.parse(JSON.stringify(config))
    );
  });

  // Every normalisation (EXPLICIT has all three) is shown in the sheet's language.
  it.each(["ar", "fa", "ro", "zh-CN"] as const)(
    "keeps a custom sheet name and reads a sheet in %s",
    (locale) => {
      const config: HealthScoreConfig = { ...EXPLICIT, sheetName: "Q3 health", locale };
      expect(configFromSheet(sheetContent(scoreSheet(config)))?.config).toEqual(config);
    }
  );

  it("adopts finance's weight edit and reports it against the saved state", () => {
    const sheet = scoreSheet(EXPLICIT);
    const content = sheetContent(sheet, EXPLICIT);
    // Weight of metric 2 (panel row 12, second metric column) typed in the sheet.
    const q0 = content.panel[5].indexOf("Metric") + 1;
    const panel = content.panel.map((row) => [...row]);
    panel[11][q0 + 1] = 0.0001;
    const back = configFromSheet({ ...content, panel });
    expect(back?.config.metrics?.[1].weight).toBe(0.0001);
    expect(back?.adoptedEdits).toEqual([WEIGHTS_KEPT]);
  });

  it("reports a band edit, and nothing without a saved state", () => {
    const content = sheetContent(scoreSheet(EXPLICIT), EXPLICIT);
    const q0 = content.panel[5].indexOf("Metric") + 1;
    const panel = content.panel.map((row) => [...row]);
    panel[18][q0] = 30;
    expect(configFromSheet({ ...content, panel })?.adoptedEdits).toEqual([SETTINGS_KEPT]);
    expect(configFromSheet({ ...content, panel, saved: undefined })?.adoptedEdits).toEqual([]);
  });

  it("gives a #REF! source name (or a missing one) the deleted address", () => {
    const content = sheetContent(scoreSheet(EXPLICIT));
    const sources = new Map(content.sources);
    sources.set("CSMetrics_Src_M2", null);
    sources.delete("CSMetrics_Src_Rev");
    const config = configFromSheet({ ...content, sources })?.config;
    expect(config?.metrics?.[1].range).toBe(DELETED_SOURCE);
    expect(config?.revenue?.range).toBe(DELETED_SOURCE);
    expect(parseAddress(DELETED_SOURCE)).toBeUndefined();
  });

  it("follows a source name that Excel moved (rows inserted above, sheet renamed)", () => {
    const content = sheetContent(scoreSheet(EXPLICIT));
    const sources = new Map(content.sources);
    sources.set("CSMetrics_Src_Ids", { sheet: "Q1 data", top: 5, bottom: 10, left: 1, right: 1 });
    expect(configFromSheet({ ...content, sources })?.config.ids).toEqual({
      range: "'Q1 data'!A4:A10",
      header: true,
    });
  });

  it("is undefined without header flags or when the panel labels are not found", () => {
    const content = sheetContent(scoreSheet(EXPLICIT));
    expect(configFromSheet({ ...content, headers: undefined })).toBeUndefined();
    expect(configFromSheet({ ...content, panel: [] })).toBeUndefined();
  });
});

describe("markers, constants, flags and addresses", () => {
  it("parses well-formed markers only", () => {
    expect(parseMarker("cs-metrics:health-score:v1:0123456789ab")).toEqual({
      kind: "score",
      buildId: "0123456789ab",
    });
    expect(parseMarker("cs-metrics:health-history:v1:00000000ffff")).toEqual({
      kind: "history",
      buildId: "00000000ffff",
    });
    for (const foreign of [
      undefined,
      "",
      "my own note",
      "cs-metrics:health-score:v2:0123456789ab",
      "cs-metrics:health-score:v1:0123456789AB",
      "cs-metrics:health-score:v1:0123456789a",
      " cs-metrics:health-score:v1:0123456789ab",
    ])
      expect(parseMarker(foreign)).toBeUndefined();
  });

  it("reads string constants with or without the equals sign", () => {
    expect(stringConstant('="cs-metrics:x"')).toBe("cs-metrics:x");
    expect(stringConstant('"say ""hi"""')).toBe('say "hi"');
    expect(stringConstant("=Accounts!$A$2:$A$7")).toBeUndefined();
    expect(stringConstant('="a"&"b"')).toBeUndefined();
  });

  it("parses header flags", () => {
    expect(parseHeaderFlags("ids=1;m1=1;m2=0;prev=1;locale=fa")).toEqual({
      ids: true,
      metrics: [true, false],
      previousScore: true,
      revenue: undefined,
      locale: "fa",
    });
    expect(parseHeaderFlags("ids=0;m1=0;locale=xx").locale).toBeUndefined();
  });

  it("formats areas as Excel writes them", () => {
    expect(formatArea({ sheet: "Accounts", top: 1, left: 1, bottom: 301, right: 1 })).toBe(
      "Accounts!A1:A301"
    );
    expect(formatArea({ sheet: "My Sheet", top: 1, left: 1, bottom: 5, right: 1 })).toBe(
      "'My Sheet'!A1:A5"
    );
    expect(formatArea({ sheet: "O'Brien", top: 2, left: 28, bottom: 2, right: 28 })).toBe(
      "'O''Brien'!AB2"
    );
    expect(formatArea({ sheet: "Data", top: 1, left: 3, right: 4 })).toBe("Data!C:D");
    expect(formatArea({ sheet: "A1", top: 1, left: 1, bottom: 2, right: 1 })).toBe("'A1'!A1:A2");
  });
});

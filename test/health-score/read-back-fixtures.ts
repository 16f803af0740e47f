import { HealthScoreConfig } from "../../src/health-score";

/** §13.1 with every default written out, as the sheet records it. */
export const EXPLICIT: HealthScoreConfig = {
  version: 1,
  locale: "en",
  ids: { range: "Accounts!A1:A7", header: true },
  metrics: [
    {
      range: "Accounts!B1:B7",
      header: true,
      name: "Usage minutes",
      direction: "higher",
      normalisation: "minmax",
      weight: 50,
    },
    {
      range: "Accounts!C1:C7",
      header: true,
      name: "Tickets",
      normalisation: "thresholds",
      bad: 10,
      good: 0,
      weight: 20,
    },
    {
      range: "Accounts!D2:D7",
      header: false,
      name: "NPS",
      direction: "lower",
      normalisation: "percentile",
      weight: 30,
    },
  ],
  previousScore: { range: "Accounts!E1:E7", header: true },
  revenue: { range: "Accounts!F1:F7", header: true },
  trendSource: "column",
  bands: { red: 35, green: 75 },
  trendThreshold: 5,
};

/** The same with snapshots for the trend (a history sheet, no previous-score column). */
export const WITH_SNAPSHOTS: HealthScoreConfig = {
  ...EXPLICIT,
  previousScore: undefined,
  trendSource: "snapshots",
};

/** Which sheets a config reads: the ones an .xlsx host loads before the ranges are resolved. */
import { HealthScoreConfig, configSheets } from "../../src/health-score";

const SHEETS = [{ name: "Accounts" }, { name: "Usage data" }, { name: "Notes" }];

const config = (...ranges: string[]): HealthScoreConfig => ({
  version: 1,
  ids: { range: ranges[0] },
  metrics: ranges.slice(1).map((range) => ({ range })),
});

it.each([
  ["an unqualified address reads the first sheet", config("A1:A9"), ["Accounts"]],
  [
    "a qualified address reads its sheet, named as the workbook spells it",
    config("accounts!A1:A9", "'usage DATA'!B:B"),
    ["Accounts", "Usage data"],
  ],
  [
    "a sheet read by several addresses is listed once",
    config("Accounts!A:A", "Accounts!B:B", "C1:C9"),
    ["Accounts"],
  ],
  [
    "a missing sheet and an unparsable address are left out (the planner reports them)",
    config("Gone!A:A", "not an address", "Notes!B:B"),
    ["Notes"],
  ],
])("%s", (_, cfg, expected) => {
  expect(configSheets(cfg, SHEETS)).toEqual(expected);
});

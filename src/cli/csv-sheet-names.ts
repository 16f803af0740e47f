/**
 * A .csv input has one sheet, named after the file: a config written for a workbook's sheet
 * (`Accounts!…`) would otherwise fail with one "source deleted" message per range.
 */
import { basename, extname } from "path";
import { sheetPrefix } from "../a1/a1";
import { HealthScoreConfig, parseAddress } from "../health-score";
import { csvSheetName, isCsv } from "../xlsx";

/** The message when the config names a sheet the .csv input does not have; undefined when all match. */
export function csvSheetMismatch(input: string, config: HealthScoreConfig): string | undefined {
  if (!isCsv(input)) return undefined;
  const sheet = csvSheetName(basename(input, extname(input)));
  const addresses = [
    config.ids?.range,
    ...(config.metrics ?? []).map((m) => m.range),
    config.previousScore?.range,
    config.revenue?.range,
  ];
  const named = new Set(
    addresses.flatMap((a) => (a === undefined ? [] : (parseAddress(a) ?? []).map((x) => x.sheet)))
  );
  const others = [...named].filter((s): s is string => s !== undefined && s !== sheet);
  if (others.length === 0) return undefined;
  return (
    `${input} is a CSV file: its only sheet is named after the file, "${sheet}", ` +
    `but the config's ranges name ${others.map((s) => `"${s}"`).join(", ")}. ` +
    `Write the ranges as ${sheetPrefix(sheet)}A1:A301 (and so on), or leave the sheet out (A1:A301).`
  );
}

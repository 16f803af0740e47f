/**
 * Reads and checks the config file: JSON, the schema (ajv), then the rules a schema cannot say
 * clearly: addresses that parse, bad/good only with thresholds, a direction consistent with them,
 * and trendSource "column" only with a previous-score range. Any failure is exit code 3 with the
 * JSON path and the reason.
 */
import Ajv from "ajv";
import { readFileSync } from "fs";
import { HealthScoreConfig, MetricChoice, parseAddress } from "../health-score";
import { CONFIG_SCHEMA } from "./config-schema";
import { CliError, EXIT } from "./exit-codes";

const validateSchema = new Ajv({ allErrors: true }).compile(CONFIG_SCHEMA);

const configError = (file: string, path: string, reason: string) =>
  new CliError(EXIT.config, `${file}: ${path || "/"}: ${reason}`);

export function loadConfig(file: string): HealthScoreConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(EXIT.config, `Cannot read the config ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(EXIT.config, `${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!validateSchema(json)) {
    const [first] = validateSchema.errors ?? [];
    const extra =
      first?.params && "additionalProperty" in first.params
        ? ` "${String(first.params.additionalProperty)}"`
        : "";
    const allowed =
      first?.params && "allowedValues" in first.params
        ? ` (${(first.params.allowedValues as unknown[]).join(", ")})`
        : "";
    throw configError(
      file,
      first?.instancePath ?? "",
      `${first?.message ?? "does not match the schema"}${extra}${allowed}`
    );
  }
  const config = json as HealthScoreConfig;
  checkRules(config, file);
  return config;
}

function checkRules(config: HealthScoreConfig, file: string): void {
  const ranges: [string, string][] = [];
  if (config.ids) ranges.push(["/ids/range", config.ids.range]);
  (config.metrics ?? []).forEach((m, k) => ranges.push([`/metrics/${k}/range`, m.range]));
  if (config.previousScore) ranges.push(["/previousScore/range", config.previousScore.range]);
  if (config.revenue) ranges.push(["/revenue/range", config.revenue.range]);
  if (config.outcome) ranges.push(["/outcome/range", config.outcome.range]);
  for (const [path, address] of ranges)
    if (!parseAddress(address))
      throw configError(file, path, `"${address}" is not a range address such as Accounts!A1:A301`);
  (config.metrics ?? []).forEach((m, k) => checkMetric(m, `/metrics/${k}`, file));
  if (config.trendSource === "column" && !config.previousScore)
    throw configError(file, "/trendSource", '"column" needs a previousScore range');
}

function checkMetric(m: MetricChoice, path: string, file: string): void {
  const thresholds = m.normalisation === "thresholds";
  if (!thresholds && (m.bad !== undefined || m.good !== undefined))
    throw configError(file, path, '"bad" and "good" apply only to normalisation "thresholds"');
  if (
    thresholds &&
    m.direction !== undefined &&
    typeof m.bad === "number" &&
    typeof m.good === "number" &&
    m.bad !== m.good
  ) {
    const implied = m.good > m.bad ? "higher" : "lower";
    if (m.direction !== implied)
      throw configError(
        file,
        `${path}/direction`,
        `must be "${implied}" (or absent): good ${m.good} and bad ${m.bad} imply it`
      );
  }
}

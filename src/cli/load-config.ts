/**
 * Reads and checks the config file: JSON, the schema (ajv), then the rules a schema cannot say
 * clearly: addresses that parse, bad/good only with thresholds, a direction consistent with them,
 * and trendSource "column" only with a previous-score range. Every mistake is reported at once,
 * in plain words; any is exit code 3.
 */
import Ajv from "ajv";
import { readFileSync } from "fs";
import {
  HealthScoreConfig,
  MAX_METRICS,
  MAX_SHEET_NAME,
  MetricChoice,
  parseAddress,
} from "../health-score";
import { ConfigIssue, issueLine, schemaIssues } from "./config-errors";
import { CONFIG_SCHEMA } from "./config-schema";
import { CliError, EXIT } from "./exit-codes";
import { readProblem } from "./read-problem";

const validateSchema = new Ajv({ allErrors: true, verbose: true }).compile(CONFIG_SCHEMA);

/** The American spelling is taken as the config's own: `normalization` → `normalisation`. */
function withAliases(json: unknown): unknown {
  const metrics = (json as { metrics?: unknown } | null)?.metrics;
  if (!Array.isArray(metrics)) return json;
  return {
    ...(json as object),
    metrics: metrics.map((m: unknown) => {
      if (m === null || typeof m !== "object" || !("normalization" in m)) return m;
      if ("normalisation" in m) return m; // both given: the schema names the extra key
      const { normalization, ...rest } = m as Record<string, unknown>;
      return { ...rest, normalisation: normalization };
    }),
  };
}

export function loadConfig(file: string): HealthScoreConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(EXIT.config, readProblem("config", file, error));
  }
  let json: unknown;
  try {
    json = withAliases(JSON.parse(text.replace(/^\uFEFF/, "")));
  } catch (error) {
    throw new CliError(EXIT.config, `${file} is not valid JSON: ${(error as Error).message}`);
  }
  // Past the limit the build stops at E03 anyway: checking 200,000 metrics one by one first
  // would keep the user waiting for an answer that does not depend on them.
  const metrics = (json as { metrics?: unknown } | null)?.metrics;
  const checked =
    Array.isArray(metrics) && metrics.length > MAX_METRICS
      ? { ...(json as object), metrics: metrics.slice(0, MAX_METRICS + 1) }
      : json;
  const issues = validateSchema(checked)
    ? ruleIssues(checked as HealthScoreConfig)
    : schemaIssues(validateSchema.errors ?? []);
  if (issues.length > 0)
    throw new CliError(
      EXIT.config,
      issues.map((issue) => `${file}: ${issueLine(issue, checked)}`).join("\n")
    );
  return json as HealthScoreConfig;
}

function ruleIssues(config: HealthScoreConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  // The schema counts characters; Excel counts UTF-16 units, two for an emoji.
  if (config.sheetName !== undefined && config.sheetName.length > MAX_SHEET_NAME)
    issues.push({
      path: ["sheetName"],
      text: `"sheetName" must be at most ${MAX_SHEET_NAME} characters as Excel counts them (an emoji counts as 2)`,
    });
  const ranges: [(string | number)[], string][] = [];
  if (config.ids) ranges.push([["ids", "range"], config.ids.range]);
  (config.metrics ?? []).forEach((m, k) => ranges.push([["metrics", k, "range"], m.range]));
  if (config.previousScore) ranges.push([["previousScore", "range"], config.previousScore.range]);
  if (config.revenue) ranges.push([["revenue", "range"], config.revenue.range]);
  if (config.outcome) ranges.push([["outcome", "range"], config.outcome.range]);
  for (const [path, address] of ranges)
    if (!parseAddress(address))
      issues.push({
        path,
        text: `"range" "${address}" is not a range address such as Accounts!A1:A301`,
      });
  (config.metrics ?? []).forEach((m, k) => issues.push(...metricIssues(m, ["metrics", k])));
  if (config.trendSource === "column" && !config.previousScore)
    issues.push({
      path: ["trendSource"],
      text: '"trendSource" "column" needs a previousScore range',
    });
  return issues;
}

function metricIssues(m: MetricChoice, path: (string | number)[]): ConfigIssue[] {
  const thresholds = m.normalisation === "thresholds";
  if (!thresholds && (m.bad !== undefined || m.good !== undefined))
    return [{ path, text: '"bad" and "good" apply only to "normalisation": "thresholds"' }];
  if (
    thresholds &&
    m.direction !== undefined &&
    typeof m.bad === "number" &&
    typeof m.good === "number" &&
    m.bad !== m.good
  ) {
    const implied = m.good > m.bad ? "higher" : "lower";
    if (m.direction !== implied)
      return [
        {
          path: [...path, "direction"],
          text: `"direction" must be "${implied}" (or left out): good ${m.good} and bad ${m.bad} imply it`,
        },
      ];
  }
  return [];
}

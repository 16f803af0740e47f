/**
 * The config's mistakes in plain words: where (`Metrics[2] "NPS"`, 1-based as every other
 * message), what is wrong, and a "did you mean" for a misspelt key or value.
 */
import type { ErrorObject } from "ajv";
import { closestName } from "./did-you-mean";

/** One mistake: the JSON path of the key (`["metrics", 0, "weight"]`) and what is wrong with it. */
export interface ConfigIssue {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

const TOP_LABELS: Readonly<Record<string, string>> = {
  ids: "Ids",
  previousScore: "PreviousScore",
  revenue: "Revenue",
  bands: "Bands",
};

const quote = (value: unknown): string => JSON.stringify(value);

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "a number",
  string: "text in quotes",
  object: "an object { … }",
  array: "a list [ … ]",
  null: "null",
  boolean: "true or false",
};

/** `Metrics[2] "NPS": ` for a path inside metric 2, `Ids: ` inside ids, nothing at the top. */
function whereOf(path: readonly (string | number)[], config: unknown): string {
  const [top, index] = path;
  if (top === "metrics" && typeof index === "number") {
    const metrics = (config as { metrics?: { name?: unknown }[] }).metrics;
    const name = metrics?.[index]?.name;
    return `Metrics[${index + 1}]${typeof name === "string" ? ` ${quote(name)}` : ""}: `;
  }
  const label = typeof top === "string" ? TOP_LABELS[top] : undefined;
  return label ? `${label}: ` : "";
}

/** The sentence shown for one issue, ending with its stop (a question keeps its mark). */
export const issueLine = (issue: ConfigIssue, config: unknown): string =>
  `${whereOf(issue.path, config)}${issue.text}${issue.text.endsWith("?") ? "" : "."}`;

const pathOf = (instancePath: string): (string | number)[] =>
  instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

const suggestion = (typed: unknown, allowed: readonly unknown[]): string => {
  if (typeof typed !== "string") return "";
  const near = closestName(
    typed,
    allowed.filter((a): a is string => typeof a === "string")
  );
  return near ? `; did you mean ${quote(near)}?` : "";
};

/** The subject of a message: the key named by the path's last part, or the item of a list. */
const subjectOf = (path: readonly (string | number)[]): string => {
  const last = path[path.length - 1];
  return typeof last === "string" ? quote(last) : "This entry";
};

/** One plain-words issue per schema error (ajv with allErrors and verbose). */
export function schemaIssues(errors: readonly ErrorObject[]): ConfigIssue[] {
  return errors.map((error) => {
    const path = pathOf(error.instancePath);
    const subject = subjectOf(path);
    const it = ` (it is ${quote(error.data)})`;
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case "additionalProperties": {
        const key = String(params.additionalProperty);
        const allowed = Object.keys(
          (error.parentSchema as { properties?: object } | undefined)?.properties ?? {}
        );
        const near = suggestion(key, allowed);
        return {
          path,
          text: `unknown key ${quote(key)}${near || ` (allowed: ${allowed.join(", ")})`}`,
        };
      }
      case "required":
        return { path, text: `${quote(params.missingProperty)} is missing` };
      case "const":
        return { path, text: `${subject} must be ${quote(params.allowedValue)}${it}` };
      case "enum": {
        const allowed = params.allowedValues as unknown[];
        return {
          path,
          text: `${subject} must be one of ${allowed.map(quote).join(", ")}${it}${suggestion(error.data, allowed)}`,
        };
      }
      case "type": {
        const types = ([] as string[]).concat(params.type as string | string[]);
        return {
          path,
          text: `${subject} must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(" or ")}${it}`,
        };
      }
      case "minLength":
        return { path, text: `${subject} must not be empty` };
      case "maxLength":
        return { path, text: `${subject} must be at most ${String(params.limit)} characters` };
      case "pattern":
        return {
          path,
          text: `${subject} ${quote(error.data)} is not a sheet name Excel accepts (none of [ ] : * ? / \\, no ' first or last)`,
        };
      default:
        return { path, text: `${subject} ${error.message ?? "is not valid"}` };
    }
  });
}

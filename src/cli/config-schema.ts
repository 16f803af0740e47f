/**
 * JSON schema of the health-score config, version 1 (README, "The command line"). Unknown keys are
 * errors.
 */
const range = {
  type: "object",
  additionalProperties: false,
  required: ["range"],
  properties: {
    range: { type: "string", minLength: 1 },
    header: { enum: ["auto", true, false] },
  },
};

export const CONFIG_SCHEMA = {
  $id: "https://cs-metrics.invalid/schemas/health-score-config-v1.json",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: { const: 1 },
    locale: { enum: ["en", "ar", "fa", "ro", "zh-CN"] },
    sheetName: {
      type: "string",
      minLength: 1,
      maxLength: 31,
      pattern: "^[^\\[\\]:*?/\\\\']([^\\[\\]:*?/\\\\]*[^\\[\\]:*?/\\\\'])?$",
    },
    ids: range,
    metrics: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["range"],
        properties: {
          ...range.properties,
          name: { type: "string" },
          direction: { enum: ["higher", "lower"] },
          normalisation: { enum: ["minmax", "percentile", "thresholds"] },
          weight: { type: "number" },
          bad: { type: "number" },
          good: { type: "number" },
        },
      },
    },
    // Object keywords apply to objects only, so one schema takes a range or null and reports
    // the range's own mistakes (an anyOf would add a "must be null" for each).
    previousScore: { ...range, type: ["object", "null"] },
    revenue: { ...range, type: ["object", "null"] },
    outcome: { ...range, type: ["object", "null"] },
    trendSource: { enum: ["column", "snapshots", "none"] },
    bands: {
      type: "object",
      additionalProperties: false,
      properties: { red: { type: "number" }, green: { type: "number" } },
    },
    trendThreshold: { type: "number" },
  },
} as const;

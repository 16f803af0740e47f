/**
 * A cell as Office.js reports it (`values` + `valueTypes`) → the planner's SourceValue. The types
 * tell what `values` alone cannot: an error shows as its text (`"#N/A"`), like a typed string.
 */
import { SourceValue } from "../health-score";

export function sourceValue(value: unknown, type: string): SourceValue {
  switch (type) {
    case "Empty":
      return null;
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    case "Boolean":
      return value === true || value === "TRUE" || value === "True";
    case "Error":
      return { error: String(value) };
    default:
      // "String", and kinds no formula treats as a number (rich values, unknown): text.
      return typeof value === "string" ? value : String(value ?? "");
  }
}

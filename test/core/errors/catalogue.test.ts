import { readFileSync } from "fs";
import { join } from "path";
import { ERROR_CATALOGUE } from "../../../src/core/errors/catalogue";
import { fillTemplate, KpiError } from "../../../src/core/errors/kpi-error";

/** The §2 table of the spec, parsed from the markdown: | `id` | Excel | `template` |. */
function specCatalogue(): Map<string, { excel: string; template: string }> {
  const spec = readFileSync(join(__dirname, "../../../../shared/spec/functions.md"), "utf8");
  // §2's table, and §11's one id more (bad-confidence).
  const section =
    spec.slice(spec.indexOf("## 2. Error catalogue"), spec.indexOf("## 3.")) +
    spec.slice(spec.indexOf("## 11."), spec.indexOf("### CS.NPSCI"));
  const rows = new Map<string, { excel: string; template: string }>();
  for (const match of section.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \| (.+) \|$/gm)) {
    rows.set(match[1], { excel: match[2].trim(), template: match[3].trim().replace(/^`|`$/g, "") });
  }
  return rows;
}

describe("error catalogue", () => {
  const spec = specCatalogue();

  test("the spec tables were found", () => {
    expect(spec.size).toBe(22);
  });

  test.each([...spec.entries()].filter(([id]) => id !== "input-error"))(
    "%s matches functions.md §2 (§11) word for word",
    (id, entry) => {
      const { excel, template } = ERROR_CATALOGUE[id as keyof typeof ERROR_CATALOGUE];
      expect({ excel, template }).toEqual(entry);
    }
  );

  test("every error says what to do about it", () => {
    for (const entry of Object.values(ERROR_CATALOGUE)) expect(entry.advice).toMatch(/^[A-Z].*\.$/);
  });

  test("has no id the spec does not list but the overflow rule it lacks", () => {
    expect(Object.keys(ERROR_CATALOGUE).filter((id) => !spec.has(id))).toEqual([
      "result-too-large",
    ]);
  });

  test("input-error is the input's own error in the spec", () => {
    expect(spec.get("input-error")).toEqual({
      excel: "same as the input",
      template: "the input error, unchanged",
    });
  });
});

describe("messages", () => {
  test("fill every placeholder with invariant numbers", () => {
    const error = KpiError.of("score-out-of-scale", {
      arg: "scores",
      item: 12,
      value: 0.5,
      min: 1,
      max: 5,
    });
    expect(error.message).toBe("scores: item 12 is 0.5, outside 1..5.");
    expect(error.excel).toBe("#NUM!");
  });

  test("leave an unknown placeholder visible rather than inventing text", () => {
    expect(fillTemplate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  test("an input error keeps its own code and message", () => {
    const source = { type: "Error", basicValue: "#N/A", code: "#N/A", message: "not found" };
    const error = KpiError.fromInput({ code: "#N/A", message: "not found", source });
    expect([error.excel, error.id, error.message, error.input?.source]).toEqual([
      "#N/A",
      "input-error",
      "not found",
      source,
    ]);
  });
});

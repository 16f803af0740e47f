import { readFileSync } from "fs";
import { join } from "path";
import { ERROR_CATALOGUE } from "../../../src/core/errors/catalogue";
import { fillTemplate, KpiError } from "../../../src/core/errors/kpi-error";

/** The error table of docs/function-contract.md, parsed: | `id` | Excel | `template` |. */
function documentedCatalogue(): Map<string, { excel: string; template: string }> {
  const doc = readFileSync(join(__dirname, "../../../docs/function-contract.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Errors"), doc.indexOf("## Precision"));
  const rows = new Map<string, { excel: string; template: string }>();
  for (const match of section.matchAll(/^\| `([a-z-]+)` +\| ([^|]+) \| (.+?) *\|$/gm)) {
    rows.set(match[1], { excel: match[2].trim(), template: match[3].trim().replace(/^`|`$/g, "") });
  }
  return rows;
}

describe("error catalogue", () => {
  const spec = documentedCatalogue();

  test("the documented table was found", () => {
    expect(spec.size).toBe(23);
  });

  test.each([...spec.entries()].filter(([id]) => id !== "input-error"))(
    "%s matches docs/function-contract.md word for word",
    (id, entry) => {
      const { excel, template } = ERROR_CATALOGUE[id as keyof typeof ERROR_CATALOGUE];
      expect({ excel, template }).toEqual(entry);
    }
  );

  test("every error says what to do about it", () => {
    for (const entry of Object.values(ERROR_CATALOGUE)) expect(entry.advice).toMatch(/^[A-Z].*\.$/);
  });

  test("every id is documented", () => {
    expect(Object.keys(ERROR_CATALOGUE).filter((id) => !spec.has(id))).toEqual([]);
  });

  test("input-error is the input's own error in the docs", () => {
    expect(spec.get("input-error")).toEqual({
      excel: "the input's",
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

import { readCell } from "../../../src/core/values/cell";

const runtimeError = {
  type: "Error",
  basicType: "Error",
  basicValue: "#REF!",
  code: "#REF!",
  message: "",
};

describe("readCell: what each Excel value means (functions.md §1)", () => {
  test.each<[string, unknown, string]>([
    ["a number", 9, "number"],
    ["zero", 0, "number"],
    ["a negative fraction", -0.5, "number"],
    ["NaN is still a number (domains reject it)", NaN, "number"],
    ["null (blank cell, omitted argument)", null, "blank"],
    ["undefined", undefined, "blank"],
    ["the empty string", "", "blank"],
    ["text", "n/a", "text"],
    ["numeric text", "9", "text"],
    ["TRUE", true, "boolean"],
    ["FALSE", false, "boolean"],
    [
      "a formatted number from another CS function",
      { type: "Double", basicValue: 0.064, numberFormat: "0.0%" },
      "number",
    ],
    ["a string data type", { type: "String", basicValue: "x" }, "text"],
    ["an empty string data type", { type: "String", basicValue: "" }, "blank"],
    ["a boolean data type", { type: "Boolean", basicValue: true }, "boolean"],
    ["an empty data type", { type: "Empty" }, "blank"],
    ["an entity", { type: "Entity", text: "Acme", properties: {} }, "text"],
    ["a runtime error object", runtimeError, "error"],
    ["a bare {code} error", { code: "#N/A" }, "error"],
    ["an object whose code is not an Excel error", { code: "E42" }, "text"],
  ])("%s", (_title, value, kind) => {
    expect(readCell(value).kind).toBe(kind);
  });

  test("a formatted number reads as its basic value", () => {
    expect(readCell({ type: "Double", basicValue: 0.064, numberFormat: "0.0%" })).toEqual({
      kind: "number",
      value: 0.064,
    });
  });

  test("a boolean keeps its value (flags read it)", () => {
    expect(readCell(true)).toEqual({ kind: "boolean", value: true });
    expect(readCell(false)).toEqual({ kind: "boolean", value: false });
    expect(readCell({ type: "Boolean", basicValue: true })).toEqual({
      kind: "boolean",
      value: true,
    });
    expect(readCell({ type: "Boolean", basicValue: false })).toEqual({
      kind: "boolean",
      value: false,
    });
  });

  test("an error keeps its code, message and the object itself", () => {
    expect(readCell({ code: "#N/A", message: "lookup failed" })).toEqual({
      kind: "error",
      error: {
        code: "#N/A",
        message: "lookup failed",
        source: { code: "#N/A", message: "lookup failed" },
      },
    });
    expect(readCell(runtimeError)).toEqual({
      kind: "error",
      error: { code: "#REF!", message: undefined, source: runtimeError },
    });
  });

  test("a data-type error without code uses its basic value", () => {
    const cell = readCell({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" });
    expect(cell.kind === "error" && cell.error.code).toBe("#DIV/0!");
  });
});

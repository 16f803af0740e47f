import { sourceValue } from "../../src/excel/cell-values";

describe("sourceValue", () => {
  it.each([
    [null, "Empty", null],
    ["", "Empty", null],
    [12.5, "Double", 12.5],
    [3, "Integer", 3],
    ["12", "String", "12"],
    ["", "String", ""],
    [true, "Boolean", true],
    [false, "Boolean", false],
    ["#N/A", "Error", { error: "#N/A" }],
    ["#DIV/0!", "Error", { error: "#DIV/0!" }],
    ["Contoso", "RichValue", "Contoso"],
  ])("%p typed %s → %p", (value, type, expected) => {
    expect(sourceValue(value, type)).toEqual(expected);
  });
});

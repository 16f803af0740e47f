import { Checks } from "../../../src/core/args/checks";
import { readOption } from "../../../src/core/args/option";

function read(raw: unknown) {
  const checks = new Checks(["way"]);
  const value = readOption(checks, "way", raw, ["fast", "Slow"], "fast");
  return checks.failure
    ? `${checks.failure.excel} ${checks.failure.id}: ${checks.failure.message}`
    : value;
}

const BAD = '#VALUE! arg-bad-option: way must be one of: "fast", "Slow".';

describe("readOption", () => {
  test.each<[string, unknown, string]>([
    ["omitted", undefined, "fast"],
    ["blank", null, "fast"],
    ["empty text", "", "fast"],
    ["blank in a 1×1 range", [[null]], "fast"],
    ["an option, any case, spelled as declared", "SLOW", "Slow"],
    ["an option in a 1×1 range", [["slow"]], "Slow"],
    ["another text", "quick", BAD],
    ["a number", 1, BAD],
    ["FALSE", false, BAD],
    [
      "a larger range",
      [["fast"], ["slow"]],
      "#VALUE! arg-not-single: way must be a single value, not a range of 2×1.",
    ],
    ["an error", { code: "#NAME?" }, "#NAME? input-error: "],
    ["an error in a larger range", [["fast", { code: "#N/A" }]], "#N/A input-error: "],
  ])("%s", (_title, raw, expected) => {
    expect(read(raw)).toBe(expected);
  });
});

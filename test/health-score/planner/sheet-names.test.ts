/** Sheet names stay within Excel's 31 UTF-16 units, the " (n)" suffix shortening the base. */
import { firstFreeName, truncateUnits } from "../../../src/health-score/planner/sheet-names";

const A31 = "A".repeat(31);
const E16 = "😀".repeat(16); // 32 units

test.each<[string, string, string[], string]>([
  ["a free name", "Health Score", [], "Health Score"],
  ["taken, ignoring case", "Health Score", ["health score"], "Health Score (2)"],
  [
    "the next free number",
    "Health Score",
    ["Health Score", "Health Score (2)"],
    "Health Score (3)",
  ],
  ["31 units, free", A31, [], A31],
  ["31 units, taken: the base gives way to the suffix", A31, [A31], `${"A".repeat(27)} (2)`],
  [
    "a two-digit suffix shortens it more",
    A31,
    [A31, ...[2, 3, 4, 5, 6, 7, 8, 9].map((i) => `${"A".repeat(27)} (${i})`)],
    `${"A".repeat(26)} (10)`,
  ],
  ["too long to start with", "B".repeat(40), [], "B".repeat(31)],
  ["emoji never split", E16, [], "😀".repeat(15)],
  ["emoji with a suffix", "😀".repeat(15), ["😀".repeat(15)], `${"😀".repeat(13)} (2)`],
  [
    "no trailing space or apostrophe after a cut",
    `${"C".repeat(26)} 'x`,
    [`${"C".repeat(26)} 'x`],
    `${"C".repeat(26)} (2)`,
  ],
])("%s", (_, base, taken, expected) => {
  const name = firstFreeName(base, taken);
  expect(name).toBe(expected);
  expect(name.length).toBeLessThanOrEqual(31);
});

test("truncateUnits keeps surrogate pairs whole", () => {
  expect(truncateUnits("a😀b", 2)).toBe("a");
  expect(truncateUnits("a😀b", 3)).toBe("a😀");
});

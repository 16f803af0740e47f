/** Edit distance (counted by hand) and the closest-name rule behind "did you mean …?". */
import { closestName, editDistance } from "../../src/cli/did-you-mean";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["weight", "weight", 0],
    ["wieght", "weight", 2], // two substitutions (i↔e)
    ["rang", "range", 1], // one insertion
    ["Weight", "weight", 0], // case is ignored
    ["kitten", "sitting", 3],
    ["normalization", "normalisation", 1],
  ])("%s → %s is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("closestName", () => {
  const KEYS = ["range", "header", "name", "direction", "normalisation", "weight", "bad", "good"];
  it.each([
    ["wieght", "weight"],
    ["rnage", "range"],
    ["directon", "direction"],
    ["colour", undefined], // nothing within a third of its length
    ["x", undefined],
  ])("%s → %s", (typed, expected) => {
    expect(closestName(typed, KEYS)).toBe(expected);
  });
});

/** Weight shares as the pane shows them: one decimal of the valid weights' total (§3). */
import { weightShares } from "../../src/wizard/weights";

test.each<[string[], (number | undefined)[]]>([
  [
    ["50", "20", "30"],
    [50, 20, 30],
  ],
  [
    ["1", "1", "1"],
    [33.3, 33.3, 33.3],
  ],
  [
    ["2", "1"],
    [66.7, 33.3],
  ],
  [["1"], [100]],
  [
    ["30%", "70%"],
    [30, 70],
  ],
  [
    ["1", "50%"],
    [2, 98],
  ],
  [
    ["0", "1"],
    [undefined, 100],
  ], // 0 is not a valid weight (E13)
  [
    ["-2", "3", "x"],
    [undefined, 100, undefined],
  ],
  [
    ["", "1,5", "1.5"],
    [undefined, 50, 50],
  ],
  [["0"], [undefined]],
  [
    ["1", "0.0001"],
    [100, 0],
  ], // 0.0001 / 1.0001 = 0.009999 % → 0.0
  [
    ["١", "٣"],
    [25, 75],
  ],
])("weights %j → %j %", (weights, expected) => {
  expect(weightShares(weights)).toEqual(expected);
});

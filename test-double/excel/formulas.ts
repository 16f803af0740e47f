/**
 * The formula engine the fake computes cell values with (src/formula), and the formula core it
 * computes CS.* calls with (as Excel does with the add-in loaded), behind this one module. The
 * evaluator counts rows and columns from 1; the fake's model from 0.
 */
export { evaluateFormula, shiftFormula } from "../../src/formula";
export type { FormulaBook, FormulaValue } from "../../src/formula";
export { coreFunctionValue } from "../../src/share/core-functions";

/**
 * The formula engine the fake computes cell values with (src/formula), behind this one
 * module. The evaluator counts rows and columns from 1; the fake's model from 0.
 */
export { evaluateFormula, shiftFormula } from "../../src/formula";
export type { FormulaBook, FormulaValue } from "../../src/formula";

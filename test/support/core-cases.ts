/** Runs a spec table through a core KPI function. */
import { KpiError, KpiResult } from "../../src/core";
import { KpiRowResult } from "../../src/core/kpi/kpi-result";
import {
  CaseTable,
  decodeArgs,
  describeRow,
  expectClose,
  expectedItems,
  isExpectedError,
} from "./cases";

export function runCoreCases(
  table: CaseTable,
  kpi: (...args: unknown[]) => KpiResult | KpiRowResult
): void {
  describe(`${table.function}: spec table through the core`, () => {
    test.each(table.rows.map((row) => [describeRow(table, row), row] as const))(
      "%s",
      (_title, row) => {
        const result = kpi(...decodeArgs(row.args));
        if (isExpectedError(row.expect)) {
          expect(result).toBeInstanceOf(KpiError);
          const error = result as KpiError;
          expect({ excel: error.excel, id: error.id, message: error.message }).toEqual({
            excel: row.expect.error,
            id: row.expect.id,
            message: row.expect.message,
          });
        } else {
          const items = expectedItems(table, row.expect);
          // A row result is the core's array of numbers; any other result is one number.
          expect(Array.isArray(result)).toBe(Array.isArray(table.result));
          const values = Array.isArray(result) ? result : [result];
          expect(values).toHaveLength(items.length);
          items.forEach(({ value }, k) => expectClose(values[k], value));
        }
      }
    );
  });
}

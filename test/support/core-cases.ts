/** Runs a spec table through a core KPI function. */
import { KpiError, KpiResult } from "../../src/core";
import { CaseTable, decodeArgs, describeRow, expectClose, isExpectedError } from "./cases";

export function runCoreCases(table: CaseTable, kpi: (...args: unknown[]) => KpiResult): void {
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
          expectClose(result, row.expect);
        }
      }
    );
  });
}

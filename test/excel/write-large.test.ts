/**
 * Large plans on the fake (spec §9, §12): every sync under 4 MB for 100,000 accounts × 12
 * metrics; Cancel after k syncs removes the new sheets. Prints syncs, payload and time.
 */
import { writePlan } from "../../src/excel/write-plan";
import { SYNC_PAYLOAD_LIMIT } from "../../src/excel/write-batches";
import { fakeWith, generatedAccounts, planFor, recorder } from "./fake-support";

const sizes = [300, 100_000];

describe.each(sizes)("%p accounts × 12 metrics", (accounts) => {
  const { sheet, config } = generatedAccounts(accounts);

  test("every sync stays under 4 MB and the fake accepts them", async () => {
    const { host, book } = fakeWith([sheet]);
    const plan = planFor(config, [sheet], book.sheetNames);
    const start = performance.now();
    const outcome = await writePlan(host, plan, { mode: "new" }, recorder());
    const ms = performance.now() - start;
    if (!outcome.ok) throw new Error(outcome.message);
    const measured = Math.max(...book.payloads);
    expect(measured).toBeLessThanOrEqual(SYNC_PAYLOAD_LIMIT);
    expect(outcome.largestPayload).toBeLessThanOrEqual(SYNC_PAYLOAD_LIMIT);
    // The estimate is conservative: never below what the fake measures for a write batch.
    expect(outcome.largestPayload).toBeGreaterThanOrEqual(measured);
    expect(book.formulas("Health Score", `A${accounts + 1}`)[0][0]).toBe(
      `=IF(ISBLANK(Accounts!$A${accounts + 1}),"",Accounts!$A${accounts + 1})`
    );
    process.stdout.write(
      `${accounts} accounts: ${outcome.syncs} syncs, largest payload estimated ` +
        `${outcome.largestPayload} B (fake measured ${measured} B), ${Math.round(ms)} ms in the fake\n`
    );
  }, 120_000);
});

test("Cancel after k syncs of a 100,000-account build removes the new sheets", async () => {
  const { sheet, config } = generatedAccounts(100_000);
  const { host, book } = fakeWith([sheet]);
  const plan = planFor(config, [sheet], book.sheetNames);
  const progress = recorder(3);
  const outcome = await writePlan(host, plan, { mode: "new" }, progress);
  expect(outcome).toMatchObject({ ok: false, reason: "cancelled" });
  expect(progress.reports).toHaveLength(3);
  expect(progress.reports[2][1]).toBeGreaterThan(3);
  expect(book.sheetNames).toEqual(["Accounts"]);
}, 120_000);

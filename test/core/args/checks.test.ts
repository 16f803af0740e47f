import { Checks, Step } from "../../../src/core/args/checks";
import { KpiError } from "../../../src/core/errors/kpi-error";

const missing = (arg: string) => KpiError.of("arg-missing", { arg });

describe("Checks keeps the problem functions.md §1 'Order of checks' says decides", () => {
  test("no problem, no failure", () => {
    expect(new Checks(["a"]).failure).toBeUndefined();
  });

  test("an earlier step wins over an earlier parameter", () => {
    const checks = new Checks(["a", "b"]);
    checks.report(Step.ScalarDomain, "a", missing("a"));
    checks.report(Step.InputError, "b", missing("b"));
    expect(checks.failure?.params.arg).toBe("b");
  });

  test("within a step the earlier parameter wins, whatever the reporting order", () => {
    const checks = new Checks(["a", "b"]);
    checks.report(Step.ArgumentKind, "b", missing("b"));
    checks.report(Step.ArgumentKind, "a", missing("a"));
    expect(checks.failure?.params.arg).toBe("a");
  });

  test("the first report of a parameter at a step stays", () => {
    const checks = new Checks(["a"]);
    checks.report(Step.ItemDomain, "a", KpiError.of("not-integer", { arg: "first" }));
    checks.report(Step.ItemDomain, "a", KpiError.of("not-integer", { arg: "second" }));
    expect(checks.failure?.params.arg).toBe("first");
  });

  test("a parameter the function does not declare is a programming error", () => {
    expect(() => new Checks(["a"]).report(Step.InputError, "z", missing("z"))).toThrow(
      '"z" is not a parameter (a)'
    );
  });
});

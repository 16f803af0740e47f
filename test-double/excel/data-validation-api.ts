/** Range.dataValidation: a rule and an input prompt over the range, as Office.js proxies. */
import type { ExcelDataValidation } from "../../src/excel/excel-surface";
import { FakeClientObject } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { RangeTarget, logWrite } from "./range-writes";
import { live } from "./proxy-support";
export class FakeDataValidation
  extends FakeClientObject<RangeTarget>
  implements ExcelDataValidation
{
  constructor(context: ProxyContext, resolver: () => RangeTarget | null) {
    super(context, resolver, "DataValidation");
  }
  protected _scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      rule: (t) => t.sheet.validation(t.rect.top, t.rect.left)?.rule ?? {},
      prompt: (t) => t.sheet.validation(t.rect.top, t.rect.left)?.prompt ?? {},
    };
  }
  private apply(op: { rule?: unknown; prompt?: unknown; clear?: true }) {
    return (t: RangeTarget) => {
      this._requires("1.8", "DataValidation");
      live(t).sheet.validationOps.push({ rect: t.rect, ...op });
      logWrite(this.context.model, t, "validation");
    };
  }
  get rule(): ExcelDataValidation["rule"] {
    return this._get("rule");
  }
  set rule(v: ExcelDataValidation["rule"]) {
    this._set("rule", v, this.apply({ rule: v }));
  }
  get prompt(): ExcelDataValidation["prompt"] {
    return this._get("prompt");
  }
  set prompt(v: ExcelDataValidation["prompt"]) {
    this._set("prompt", v, this.apply({ prompt: v }));
  }
  clear(): void {
    this._call("clear", [], this.apply({ clear: true }));
  }
}

/** Range.conditionalFormats: custom (formula), data-bar and colour-scale rules, as Office.js proxies. */
import type {
  ExcelConditionalFormat,
  ExcelConditionalFormats,
} from "../../src/excel/excel-surface";
import { intersect } from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { richApiError } from "./errors";
import { ConditionalFormatModel } from "./model";
import { RangeTarget, logWrite } from "./range-writes";
import { colour, live } from "./proxy-support";
type CfType = ConditionalFormatModel["type"];

export class FakeConditionalFormatCollection
  extends FakeCollection<ConditionalFormatModel, FakeConditionalFormat>
  implements ExcelConditionalFormats
{
  constructor(
    context: ProxyContext,
    private readonly range: () => RangeTarget | null
  ) {
    super(
      context,
      () => {
        const t = range();
        return (
          t && t.sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => intersect(r, t.rect)))
        );
      },
      "ConditionalFormatCollection"
    );
  }

  protected _item(model: ConditionalFormatModel): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => model);
  }

  add(type: string): FakeConditionalFormat {
    if (!["Custom", "DataBar", "ColorScale"].includes(type)) {
      throw richApiError(
        "NotImplemented",
        `the fake implements Custom, DataBar and ColorScale, not ${type}`
      );
    }
    let created: ConditionalFormatModel | null = null;
    this._call("add", [type], () => {
      this._requires("1.6", "ConditionalFormatCollection.add");
      const t = live(this.range()!);
      created = {
        id: this.context.model.newConditionalFormatId(),
        type: type as CfType,
        rects: [t.rect],
      };
      // Office.js gives a new conditional format the top priority: the list is in priority order.
      t.sheet.conditionalFormats.unshift(created);
      logWrite(this.context.model, t, "conditionalFormat");
    });
    return new FakeConditionalFormat(this.context, () => created);
  }

  clearAll(): void {
    this._call("clearAll", [], () => {
      this._requires("1.6", "ConditionalFormatCollection.clearAll");
      const t = live(this.range()!);
      t.sheet.clearConditionalFormats(t.rect);
      logWrite(this.context.model, t, "conditionalFormat");
    });
  }
}

/** Applies a change to a conditional format of the right type, logging it on its range. */
function editRule(
  context: ProxyContext,
  cf: ConditionalFormatModel,
  type: CfType,
  edit: (cf: ConditionalFormatModel) => void
): void {
  if (cf.type !== type) {
    throw richApiError("InvalidOperation", `a ${cf.type} conditional format has no ${type} part`);
  }
  edit(cf);
  const sheet = context.model.sheets.find((s) => s.conditionalFormats.includes(cf));
  if (sheet) logWrite(context.model, { sheet, rect: cf.rects[0] }, "conditionalFormat");
}

class CfPart extends FakeClientObject<ConditionalFormatModel> {
  constructor(
    context: ProxyContext,
    resolver: () => ConditionalFormatModel | null,
    typeName: string,
    private readonly cfType: CfType
  ) {
    super(context, resolver, typeName);
  }
  protected _scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return {};
  }
  protected _edit(prop: string, value: unknown, edit: (cf: ConditionalFormatModel) => void) {
    this._set(prop, value, (cf) => editRule(this.context, cf, this.cfType, edit));
  }
}

type DataBar = ExcelConditionalFormat["dataBar"];
type ColorScale = ExcelConditionalFormat["colorScale"];

export class FakeConditionalFormat
  extends FakeClientObject<ConditionalFormatModel>
  implements ExcelConditionalFormat
{
  constructor(context: ProxyContext, resolver: () => ConditionalFormatModel | null) {
    super(context, resolver, "ConditionalFormat");
  }
  protected _scalars(): Record<string, (t: ConditionalFormatModel) => unknown> {
    return { type: (t) => t.type, id: (t) => String(t.id) };
  }
  get type(): string {
    return this._get("type");
  }
  get id(): string {
    return this._get("id");
  }
  private _custom?: ReturnType<FakeConditionalFormat["makeCustom"]>;
  get custom() {
    this._custom ??= this.makeCustom();
    return this._custom;
  }
  private _dataBar?: ReturnType<FakeConditionalFormat["makeDataBar"]>;
  get dataBar() {
    this._dataBar ??= this.makeDataBar();
    return this._dataBar;
  }
  private _colorScale?: ReturnType<FakeConditionalFormat["makeColorScale"]>;
  get colorScale() {
    this._colorScale ??= this.makeColorScale();
    return this._colorScale;
  }
  private makeCustom() {
    const resolve = () => this._resolve();
    const ctx = this.context;
    const custom = (cf: ConditionalFormatModel) => (cf.custom ??= {});
    return {
      rule: new (class extends CfPart {
        set formula(v: string) {
          this._edit("formula", v, (cf) => (custom(cf).formula = v));
        }
        get formula(): string {
          return this._get("formula");
        }
      })(ctx, resolve, "ConditionalFormatRule", "Custom"),
      format: {
        fill: new (class extends CfPart {
          set color(v: string) {
            this._edit("color", v, (cf) => (custom(cf).fill = colour(v)));
          }
          get color(): string {
            return this._get("color");
          }
        })(ctx, resolve, "ConditionalRangeFill", "Custom"),
        font: new (class extends CfPart {
          set color(v: string) {
            this._edit("color", v, (cf) => (custom(cf).fontColor = colour(v)));
          }
          get color(): string {
            return this._get("color");
          }
        })(ctx, resolve, "ConditionalRangeFont", "Custom"),
      },
    };
  }
  private makeDataBar() {
    const bar = (cf: ConditionalFormatModel) => (cf.dataBar ??= {});
    const part = new (class extends CfPart {
      set barDirection(v: DataBar["barDirection"]) {
        this._edit("barDirection", v, (cf) => (bar(cf).barDirection = v));
      }
      get barDirection(): DataBar["barDirection"] {
        return this._get("barDirection");
      }
      set lowerBoundRule(v: DataBar["lowerBoundRule"]) {
        this._edit("lowerBoundRule", v, (cf) => (bar(cf).lowerBoundRule = v));
      }
      get lowerBoundRule(): DataBar["lowerBoundRule"] {
        return this._get("lowerBoundRule");
      }
      set upperBoundRule(v: DataBar["upperBoundRule"]) {
        this._edit("upperBoundRule", v, (cf) => (bar(cf).upperBoundRule = v));
      }
      get upperBoundRule(): DataBar["upperBoundRule"] {
        return this._get("upperBoundRule");
      }
    })(this.context, () => this._resolve(), "DataBarConditionalFormat", "DataBar");
    const positiveFormat = new (class extends CfPart {
      set fillColor(v: string) {
        this._edit("fillColor", v, (cf) => (bar(cf).positiveFillColor = colour(v)));
      }
      get fillColor(): string {
        return this._get("fillColor");
      }
    })(this.context, () => this._resolve(), "ConditionalDataBarPositiveFormat", "DataBar");
    return Object.assign(part, { positiveFormat });
  }
  private makeColorScale() {
    return new (class extends CfPart {
      set criteria(v: ColorScale["criteria"]) {
        this._edit("criteria", v, (cf) => (cf.colorScale = { criteria: v }));
      }
      get criteria(): ColorScale["criteria"] {
        return this._get("criteria");
      }
    })(this.context, () => this._resolve(), "ColorScaleConditionalFormat", "ColorScale");
  }
}

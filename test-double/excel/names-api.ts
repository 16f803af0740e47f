/** Worksheet.names: sheet-scoped names (ranges and constants), as Office.js proxies. */
import type { ExcelNamedItem, ExcelNamedItemCollection } from "../../src/excel/excel-surface";
import { formatAddress } from "./a1";
import { FakeClientObject, FakeCollection } from "./client-object";
import type { ProxyContext } from "./proxy-context";
import { richApiError } from "./errors";
import { NameModel, SheetModel, WorkbookModel } from "./model";
import { FakeRange } from "./range-api";
import { RangeTarget } from "./range-writes";
import { nameTarget } from "./references";
import { checkLive } from "./proxy-support";

const NAME = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d+[Cc]\d+)$/;

interface NameTargetModel {
  readonly scope: SheetModel;
  readonly item: NameModel;
}

/** `NamedItem.type` and `value` from the name's formula. */
function describeName(book: WorkbookModel, t: NameTargetModel): { type: string; value: unknown } {
  const body = t.item.formula.replace(/^=/, "");
  if (body.includes("#REF!")) return { type: "Error", value: "#REF!" };
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: text[1].replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body))
    return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body))
    return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (nameTarget(book, t.scope, t.item.formula)) return { type: "Range", value: body };
  throw richApiError(
    "NotImplemented",
    `the fake cannot describe the name formula ${t.item.formula}`
  );
}

export class FakeNamedItem extends FakeClientObject<NameTargetModel> implements ExcelNamedItem {
  constructor(context: ProxyContext, resolver: () => NameTargetModel | null) {
    super(context, resolver, "NamedItem");
  }

  private get book(): WorkbookModel {
    return this.context.model;
  }

  protected _scalars(): Record<string, (t: NameTargetModel) => unknown> {
    return {
      name: (t) => t.item.name,
      formula: (t) => t.item.formula,
      visible: (t) => t.item.visible,
      comment: (t) => t.item.comment,
      scope: () => "Worksheet",
      type: (t) => describeName(this.book, t).type,
      value: (t) => describeName(this.book, t).value,
    };
  }

  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (t) => {
      t.item.visible = v;
      this.book.log(checkLive(t.scope), t.item.name, "name");
    });
  }
  get comment(): string {
    return this._get("comment");
  }
  get scope(): string {
    return this._get("scope");
  }
  get type(): ExcelNamedItem["type"] {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }

  private rangeOf(t: NameTargetModel): RangeTarget | null {
    const target = nameTarget(this.book, t.scope, t.item.formula);
    return target && !target.sheet.deleted ? target : null;
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve();
      if (!t) return null;
      const target = this.rangeOf(t);
      if (!target) throw richApiError("InvalidReference", `the name ${t.item.name} is not a range`);
      return target;
    });
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve();
      return t && this.rangeOf(t);
    })._resolveAtSync();
  }

  delete(): void {
    this._call("delete", [], (t) => {
      t.scope.names = t.scope.names.filter((n) => n !== t.item);
      this.book.log(checkLive(t.scope), t.item.name, "name");
    });
  }
}

export class FakeNamedItemCollection
  extends FakeCollection<NameTargetModel, FakeNamedItem>
  implements ExcelNamedItemCollection
{
  constructor(
    context: ProxyContext,
    private readonly sheet: () => SheetModel | null
  ) {
    super(
      context,
      () => {
        const s = sheet();
        return s && checkLive(s).names.map((item) => ({ scope: s, item }));
      },
      "NamedItemCollection"
    );
  }

  private get book(): WorkbookModel {
    return this.context.model;
  }

  protected _item(model: NameTargetModel): FakeNamedItem {
    return new FakeNamedItem(this.context, () => model);
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameTargetModel | null = null;
    this._call("add", [name, reference, comment], () => {
      this._requires("1.4", "NamedItemCollection.add");
      const scope = checkLive(this.sheet()!);
      if (
        !NAME.test(name) ||
        CELL_LIKE.test(name) ||
        /^(TRUE|FALSE)$/i.test(name) ||
        name.length > 255
      ) {
        throw richApiError("InvalidArgument", `'${name}' is not a valid name`);
      }
      if (scope.findName(name))
        throw richApiError("ItemAlreadyExists", `the name ${name} exists on ${scope.name}`);
      let formula: string;
      if (typeof reference === "string")
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const r = reference._resolve();
        if (!r) throw richApiError("InvalidArgument", "names.add: the reference is a null object");
        formula = `=${formatAddress(r.sheet.name, r.rect, true)}`;
      }
      const item: NameModel = { name, formula, visible: true, comment: comment ?? "" };
      scope.names.push(item);
      created = { scope, item };
      this.book.log(scope, name, "name");
    });
    return new FakeNamedItem(this.context, () => {
      if (!created) throw richApiError("ItemNotFound", `the name ${name} was not added`);
      return created;
    });
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const s = this.sheet();
      const item = s && checkLive(s).findName(name);
      if (!s || !item) throw richApiError("ItemNotFound", `no name ${name}`);
      return { scope: s, item };
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const s = this.sheet();
      const item = s && checkLive(s).findName(name);
      return s && item ? { scope: s, item } : null;
    })._resolveAtSync();
  }
}

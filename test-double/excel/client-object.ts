/**
 * Office.js proxy semantics: a proxy names an object in the workbook; property writes, method
 * calls and loads are queued on the request context and run, in order, at `context.sync()`; a
 * loaded property becomes readable only after that sync. Objects from *OrNullObject methods learn
 * `isNullObject` at the sync; writes to a null object are ignored, as in Office.js.
 */
import { FakeErrorCode, richApiError } from "./errors";
import type { ProxyContext } from "./proxy-context";

export type LoadSpec = string | string[] | { select?: string | string[]; expand?: string };

/** Turns every form `load` accepts into a list of "a/b/c" paths; empty = all scalar properties. */
export function loadPaths(spec?: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((p) => loadPaths(p));
  return [...loadPaths(spec.select), ...loadPaths(spec.expand)];
}

/** Anything a load path can go through. */
export interface Loadable {
  load(spec?: LoadSpec): unknown;
}

let nextId = 1;

export abstract class FakeClientObject<T> {
  readonly _id = nextId++;
  _isNull: boolean | undefined;
  protected readonly _values: Record<string, unknown> = {};
  private _target: T | null | undefined;

  constructor(
    readonly context: ProxyContext,
    protected readonly _resolver: () => T | null,
    readonly _typeName: string
  ) {}

  /** The workbook object this proxy names, found once (at the sync that first uses it). */
  _resolve(): T | null {
    if (this._target === undefined) {
      this._target = this._resolver();
      this.context._resolved(this);
    }
    return this._target;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw richApiError("PropertyNotLoaded", "isNullObject");
    return this._isNull;
  }

  /** Scalar properties a `load` may ask for, read from the resolved object. */
  protected abstract _scalars(): Record<string, (target: T) => unknown>;

  /** Child objects a load path may go through ("format/font/bold"). */
  protected _children(): Record<string, () => Loadable> {
    return {};
  }

  load(spec?: LoadSpec): this {
    const scalars = this._scalars();
    const children = this._children();
    const own: string[] = [];
    const paths = loadPaths(spec);
    for (const path of paths.length > 0 ? paths : Object.keys(scalars)) {
      const [head, ...rest] = path.split("/");
      if (head in scalars && rest.length === 0) own.push(head);
      else if (head in children)
        children[head]().load(rest.length > 0 ? rest.join("/") : undefined);
      else throw richApiError("InvalidArgument", `${this._typeName} has no property '${path}'`);
    }
    if (own.length > 0) this._loadScalars(own);
    return this;
  }

  protected _loadScalars(props: string[]): void {
    const scalars = this._scalars();
    this.context._enqueue(this, "load", props, () => {
      const target = this._resolve();
      const data: Record<string, unknown> = {};
      for (const p of props) data[p] = target === null ? null : scalars[p](target);
      this.context._deliver(this, data);
    });
  }

  /** Called at the end of a successful sync with what a load read. */
  _receive(data: Record<string, unknown>): void {
    Object.assign(this._values, data);
  }

  protected _get<V>(prop: string): V {
    if (this._isNull) return null as V;
    if (!(prop in this._values)) {
      throw richApiError("PropertyNotLoaded", prop, `${this._typeName}.${prop}`);
    }
    return this._values[prop] as V;
  }

  /** Queues a property write; like Office.js, the proxy reads back what was written. */
  protected _set(prop: string, value: unknown, apply: (target: T) => void): void {
    this._values[prop] = value;
    this._call(`${prop}=`, [value], apply);
  }

  protected _call(name: string, args: unknown[], apply: (target: T) => void): void {
    this.context._enqueue(this, name, args, () => {
      const target = this._resolve();
      if (target !== null) apply(target);
    });
  }

  /** Queues the null check of an *OrNullObject result at its place in the batch. */
  _resolveAtSync(): this {
    this.context._enqueue(this, "resolve", [], () => void this._resolve());
    return this;
  }

  /** Requires ExcelApi `version` of the host, as a call to a newer API fails on an older Excel. */
  protected _requires(version: string, api: string): void {
    this.context._requireApi(version, api);
  }

  protected _fail(code: FakeErrorCode, detail: string, location?: string): never {
    throw richApiError(code, detail, location ?? this._typeName);
  }

  untrack(): this {
    return this;
  }

  track(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { ...this._values };
  }
}

/** A collection proxy: `items` after a load of the items' properties. */
export abstract class FakeCollection<
  M,
  P extends Loadable & { _resolve(): unknown },
> extends FakeClientObject<M[]> {
  private _items: P[] | undefined;

  /** A collection's members are read afresh at each use (items come and go). */
  _resolve(): M[] | null {
    const members = this._resolver();
    this._isNull = members === null;
    return members;
  }

  get items(): P[] {
    if (this._isNull) return [];
    if (!this._items) throw richApiError("PropertyNotLoaded", "items", `${this._typeName}.items`);
    return this._items;
  }

  protected abstract _item(model: M): P;

  protected _scalars(): Record<string, (target: M[]) => unknown> {
    return {};
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec).map((p) => (p.startsWith("items/") ? p.slice(6) : p));
    const itemPaths = paths.filter((p) => p !== "items");
    this.context._enqueue(this, "load", paths, () => {
      const models = this._resolve() ?? [];
      const items = models.map((m) => this._item(m));
      for (const item of items) {
        item._resolve();
        item.load(itemPaths.length > 0 ? itemPaths : undefined);
      }
      this.context._deliverItems(this, items);
    });
    return this;
  }

  _receiveItems(items: unknown[]): void {
    this._items = items as P[];
  }
}

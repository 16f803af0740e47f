/**
 * What a proxy needs of its request context: the queue it adds to, the deliveries of loaded
 * values, and the workbook model. The context implements it, so the proxies and the context do
 * not import each other.
 */
import type { WorkbookModel } from "./model";

/** What the context needs of a proxy (any proxy type). */
export interface ProxyHandle {
  readonly _id: number;
  _isNull: boolean | undefined;
  _resolve(): unknown;
  _receive(data: Record<string, unknown>): void;
}

export interface CollectionHandle extends ProxyHandle {
  _receiveItems(items: unknown[]): void;
}

export interface ProxyContext {
  readonly model: WorkbookModel;
  _enqueue(owner: ProxyHandle, name: string, args: unknown, run: () => void): void;
  _deliver(owner: ProxyHandle, data: Record<string, unknown>): void;
  _deliverItems(owner: CollectionHandle, items: unknown[]): void;
  _resolved(proxy: ProxyHandle): void;
  _requireApi(version: string, api: string): void;
}

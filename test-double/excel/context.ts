/**
 * The request context: the queue of one batch, and `sync()`, which checks the request payload
 * against Excel on the web's 5 MB limit, runs the queue in order (stopping at the first error, as
 * Excel does: what ran before stays applied), then checks the response size and hands loaded
 * values to their proxies.
 */
import type { ExcelContext, ExcelWorkbook } from "../../src/excel/excel-surface";
import { FakeClientObject } from "./client-object";
import { richApiError } from "./errors";
import { WorkbookModel } from "./model";
import type { CollectionHandle, ProxyContext, ProxyHandle } from "./proxy-context";

/** Excel on the web's limit for one request and one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface Action {
  readonly owner: ProxyHandle;
  readonly name: string;
  readonly args: unknown;
  readonly run: () => void;
}

/** Bytes of `text` in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** JSON of queued arguments; proxies are sent as references, as Office.js sends object paths. */
const serialise = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v instanceof FakeClientObject ? { objectPath: (v as ProxyHandle)._id } : v
  );

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const supportsVersion = (highest: string, wanted: string): boolean =>
  compareVersions(highest, wanted) >= 0;

export class FakeContext implements ExcelContext, ProxyContext {
  readonly workbook: ExcelWorkbook;
  private queue: Action[] = [];
  private running: Action[] | undefined;
  private deliveries: [ProxyHandle, Record<string, unknown>][] = [];
  private itemDeliveries: [CollectionHandle, unknown[]][] = [];
  private resolvedThisSync: ProxyHandle[] = [];

  constructor(
    readonly model: WorkbookModel,
    makeWorkbook: (context: ProxyContext) => ExcelWorkbook
  ) {
    this.workbook = makeWorkbook(this);
  }

  _enqueue(owner: ProxyHandle, name: string, args: unknown, run: () => void): void {
    (this.running ?? this.queue).push({ owner, name, args, run });
  }

  _deliver(owner: ProxyHandle, data: Record<string, unknown>): void {
    this.deliveries.push([owner, data]);
  }

  _deliverItems(owner: CollectionHandle, items: unknown[]): void {
    this.itemDeliveries.push([owner, items]);
  }

  _resolved(proxy: ProxyHandle): void {
    this.resolvedThisSync.push(proxy);
  }

  _requireApi(version: string, api: string): void {
    if (!supportsVersion(this.model.apiVersion, version)) {
      throw richApiError("ApiNotFound", `${api} needs ExcelApi ${version}`, api);
    }
  }

  get hasPendingRequests(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const request = batch.map((a) => ({ object: a.owner._id, name: a.name, args: a.args }));
    const bytes = utf8Length(serialise(request));
    this.model.syncs++;
    this.model.payloads.push(bytes);
    await Promise.resolve();
    if (bytes > PAYLOAD_LIMIT) {
      throw richApiError("RequestPayloadSizeLimitExceeded", `${bytes} bytes`);
    }
    this.deliveries = [];
    this.itemDeliveries = [];
    this.resolvedThisSync = [];
    this.running = batch;
    try {
      for (let i = 0; i < batch.length; i++) batch[i].run();
    } finally {
      this.running = undefined;
      this.markNullness();
    }
    const response = utf8Length(serialise(this.deliveries.map(([, data]) => data)));
    if (response > PAYLOAD_LIMIT) {
      throw richApiError("ResponsePayloadSizeLimitExceeded", `${response} bytes`);
    }
    for (const [owner, data] of this.deliveries) owner._receive(data);
    for (const [owner, items] of this.itemDeliveries) owner._receiveItems(items);
  }

  private markNullness(): void {
    for (const proxy of this.resolvedThisSync) {
      if (proxy._isNull === undefined) proxy._isNull = proxy._resolve() === null;
    }
  }
}

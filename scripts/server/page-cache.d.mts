import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export const CACHED_PAGES: ReadonlySet<string>;
export type StoredPage = { headers: Record<string, string | string[]>; html: string };
export function japanDay(now?: number): string;
export function pageKey(method: string, url: string, headers: IncomingHttpHeaders, dataKey: string | null, day: string): string | null;
export function storable(status: number, headers: OutgoingHttpHeaders, body: Buffer): StoredPage | null;
export function replay(entry: StoredPage, nonce?: string): { headers: Record<string, string | string[]>; body: Buffer; nonce: string };
export const trim: (value: unknown) => string;
export class BoundedStore<T> {
  constructor(maxEntries: number, maxBytes?: number, sizeOf?: (entry: T) => number);
  readonly bytes: number;
  get(key: string): T | undefined;
  set(key: string, entry: T): void;
  delete(key: string): void;
  readonly size: number;
}
export class PageCache extends BoundedStore<StoredPage> {
  constructor(maxEntries?: number);
}
export function captureAnswer(res: ServerResponse, done: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void): void;
export function sendStored(req: IncomingMessage, res: ServerResponse, entry: StoredPage, gzip: ((body: Buffer) => Buffer) | null): void;

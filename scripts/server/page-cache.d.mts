import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export const CACHED_PAGES: ReadonlySet<string>;
export type StoredPage = { headers: Record<string, string | string[]>; html: string };
export function japanDay(now?: number): string;
export function pageKey(method: string, url: string, headers: IncomingHttpHeaders, dataKey: string | null, day: string): string | null;
export function storable(status: number, headers: OutgoingHttpHeaders, body: Buffer): StoredPage | null;
export function replay(entry: StoredPage, nonce?: string): { headers: Record<string, string | string[]>; body: Buffer; nonce: string };
export class PageCache {
  constructor(maxEntries?: number);
  get(key: string): StoredPage | undefined;
  set(key: string, entry: StoredPage): void;
  readonly size: number;
}
export function captureAnswer(res: ServerResponse, done: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void): void;
export function sendStored(req: IncomingMessage, res: ServerResponse, entry: StoredPage, gzip: ((body: Buffer) => Buffer) | null): void;

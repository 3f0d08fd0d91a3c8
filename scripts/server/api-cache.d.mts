import type { BoundedStore } from "./page-cache.mjs";
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export const MAX_KEYED_BODY: number;
export type StoredAnswer = { headers: Record<string, string | string[]>; body: Buffer; gzipped: Buffer | null };
export function cacheableRequest(method: string, url: string, headers: IncomingHttpHeaders): boolean;
export function apiKey(method: string, url: string, headers: IncomingHttpHeaders, body: Buffer | null, dataKey: string | null, days: string): string | null;
export function answerDays(now?: number): string;
export function storableJson(status: number, headers: OutgoingHttpHeaders, body: Buffer, gzip?: ((body: Buffer) => Buffer) | null): StoredAnswer | null;
export class AnswerCache extends BoundedStore<StoredAnswer> {
  constructor(maxEntries?: number, maxBytes?: number);
}
export function sendAnswer(req: IncomingMessage, res: ServerResponse, entry: StoredAnswer): void;
export function readBody(req: IncomingMessage, max?: number): Promise<Buffer | null>;
export function withBody(req: IncomingMessage, body: Buffer): IncomingMessage;

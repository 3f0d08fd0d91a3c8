import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
export function stripInternalHeaders(headers: IncomingHttpHeaders): void;
export type Refusal = { status: 400 | 405; allow?: string; code: string; message: string };
export function refusal(method: string | undefined, rawUrl: string | undefined): Refusal | null;
export function ownAnswerHeaders(contentType: string): Record<string, string>;
export function sendOwn(req: IncomingMessage, res: ServerResponse, answer: { status: number; code: string; message: string; messageJa?: string; headers?: Record<string, string> }): void;
export function answerClientError(err: NodeJS.ErrnoException | undefined, socket: import("node:stream").Duplex): void;

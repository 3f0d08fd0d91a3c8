// Answers of the public API (/api/v1), kept in memory by the production server
// (scripts/server.mjs) so that a request the server has answered before, on the same
// reference data and day, is answered again without going through Next (issue 18: an
// endpoint's cost is mostly Next's route handling, not the calculator). The calculators
// are pure functions of the request, the reference data and today's date, so the key
// holds exactly those: method, path and query, the JSON body, the headers an answer may
// vary on (Origin for CORS, Accept-Language, cookies), the reference data's generation and
// version (an admin's write changes it at once in this process, within the version check's
// 2 s elsewhere) and today's date in Japan and in UTC.
//
// Stored: 200 answers with a JSON content type, no Set-Cookie, not compressed. Never
// stored: errors (400 lists, 429, 503), the admin API, bodies over 32 KB, anything sent
// without a Content-Length, and requests that say Cache-Control: no-cache (or no-store),
// which is how `npm run bench` measures computed answers. The request limits
// (scripts/server/limits.mjs) apply to an answer from the store exactly as to a computed
// one. Bounded in entries and bytes.
// Pure apart from hashing; the I/O is the caller's. Types in api-cache.d.mts; tested by
// lib/security/api-cache.test.ts and, end to end, by every Playwright API spec.
import { createHash } from "node:crypto";
import { IncomingMessage } from "node:http";
import { BoundedStore, japanDay, trim } from "./page-cache.mjs";

/** Largest request body kept as part of a key (the largest valid one, 16 segments, is ~3 KB). */
export const MAX_KEYED_BODY = 32 * 1024;
/** Headers never replayed (per response, set by Node, or by the request limits). */
const NOT_REPLAYED = new Set(["date", "content-length", "transfer-encoding", "connection", "keep-alive", "set-cookie", "content-encoding", "ratelimit-remaining", "retry-after"]);

/** The JSON content type, as the route handlers accept it and answer it. */
const JSON_TYPE = /^application\/json\b/i;

/** True for a request whose answer may come from the store (its body still to be read for POST). */
export function cacheableRequest(method, url, headers) {
  if (!url.startsWith("/api/v1/")) return false;
  if (method === "GET") return true;
  if (method !== "POST") return false;
  if (!JSON_TYPE.test(String(headers["content-type"] ?? ""))) return false;
  const length = Number(headers["content-length"]);
  return headers["transfer-encoding"] === undefined && Number.isInteger(length) && length > 0 && length <= MAX_KEYED_BODY;
}

/** The key of a request, or null when its answer must not come from the store. */
export function apiKey(method, url, headers, body, dataKey, days) {
  if (dataKey === null || !cacheableRequest(method, url, headers)) return null;
  if (method === "POST" && (!body || body.length > MAX_KEYED_BODY)) return null;
  // A client that asks for a fresh answer (Cache-Control: no-cache / no-store) gets one.
  if (/no-cache|no-store/i.test(`${headers["cache-control"] ?? ""} ${headers.pragma ?? ""}`)) return null;
  const hash = createHash("sha256");
  hash.update(JSON.stringify([method, url, trim(headers.origin), trim(headers["accept-language"]), trim(headers.cookie), trim(headers["content-type"]), dataKey, days]));
  if (method === "POST") hash.update(body);
  return hash.digest("base64");
}

/** The days an answer may depend on: today in Japan (the calculators' default) and in UTC. */
export function answerDays(now = Date.now()) {
  return `${japanDay(now)}/${new Date(now).toISOString().slice(0, 10)}`;
}

/** Bodies from this size on are also kept gzipped (made once, when stored). */
const GZIP_FROM = 1024;

/**
 * A stored entry from a finished answer, or null when it must not be stored: not 200,
 * not JSON, a cookie being set, or already compressed.
 */
export function storableJson(status, headers, body, gzip = null) {
  if (status !== 200) return null;
  if (!JSON_TYPE.test(String(headers["content-type"] ?? ""))) return null;
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return null;
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) out[name] = Array.isArray(value) ? value.map(String) : String(value);
  return { headers: out, body, gzipped: gzip && body.length >= GZIP_FROM ? gzip(body) : null };
}

const sizeOf = (entry) => entry.body.length + (entry.gzipped?.length ?? 0);

/** The stored answers: 2,000 and 64 MB (bodies and their gzipped copies) at the most. */
export class AnswerCache extends BoundedStore {
  constructor(maxEntries = 2_000, maxBytes = 64 * 1024 * 1024) {
    super(maxEntries, maxBytes, sizeOf);
  }
}

/** Sends a stored answer, gzipped when the client takes gzip and a gzipped body is kept. */
export function sendAnswer(req, res, entry) {
  const compressed = entry.gzipped !== null && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const payload = compressed ? entry.gzipped : entry.body;
  res.writeHead(200, { ...entry.headers, ...(compressed ? { "content-encoding": "gzip" } : {}), "content-length": String(payload.length) });
  res.end(payload);
}

/** Reads a request body of at most `max` bytes; null when the client went away or sent more. */
export function readBody(req, max = MAX_KEYED_BODY) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.once("end", () => resolve(size <= max ? Buffer.concat(chunks) : null));
    req.once("error", () => resolve(null));
    req.once("aborted", () => resolve(null));
  });
}

/**
 * The request again, its body already read: a fresh message on the same socket with the
 * same method, address and headers, whose stream yields `body` (what Next reads).
 */
export function withBody(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

// The HTML of the site's input-free pages, kept in memory by the production server
// (scripts/server.mjs) so that a page is rendered once per data version and day instead
// of on every request (issue 18: Next's render is most of a page's cost). Every answer
// still gets its own CSP nonce: the page is stored with its nonce replaced by a
// placeholder, and each hit puts a fresh one in the HTML and the header alike.
//
// What is cached: GET of a listed page, no query string, an HTML navigation (no RSC or
// prefetch request), answered 200 with a nonce in its CSP and no Set-Cookie. The key
// holds everything such a page may depend on: path, host, cookies (language, theme),
// Accept-Language, the reference data's generation and version (an admin's write drops
// the entry at once in this process, within the version check's 2 s elsewhere) and the
// day in Japan (pages show today's defaults). Pure apart from crypto; the I/O is the
// caller's. Types in page-cache.d.mts; tested by lib/security/page-cache.test.ts.
import { randomUUID } from "node:crypto";

/** Pages whose HTML depends only on the key below (no inputs, no session). */
export const CACHED_PAGES = new Set(["/", "/awards", "/convert", "/ihg", "/avios", "/safety", "/kiva", "/cards", "/developers"]);

const NONCE = /'nonce-([A-Za-z0-9+/=]{16,200})'/;
const PLACEHOLDER = "__TABIJI_NONCE__";
/** Headers never replayed from a stored answer (per response, or set by Node itself). */
const NOT_REPLAYED = new Set(["date", "content-length", "transfer-encoding", "connection", "keep-alive", "set-cookie", "content-encoding"]);
/** Requests from Next's client router ask for something else than the page's HTML. */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-url", "purpose", "x-middleware-prefetch", "sec-purpose"];

/** A request header as a key holds it: a string of at most 400 characters. */
export const trim = (v) => String(v ?? "").slice(0, 400);

/** The day in Japan (YYYY-MM-DD): pages show today's defaults in Japan's calendar. */
export function japanDay(now = Date.now()) {
  return new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** The cache key of a request, or null when its answer must not come from the cache. */
export function pageKey(method, url, headers, dataKey, day) {
  if (method !== "GET" || dataKey === null) return null;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (q !== -1 || !CACHED_PAGES.has(path)) return null;
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return null;
  if (!String(headers.accept ?? "").includes("text/html")) return null;
  return JSON.stringify([path, trim(headers.host), trim(headers.cookie), trim(headers["accept-language"]), dataKey, day]);
}

/**
 * A stored entry from a finished answer, or null when it must not be stored: not 200,
 * not HTML, a cookie being set, or no nonce to replace.
 */
export function storable(status, headers, body) {
  if (status !== 200) return null;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return null;
  const csp = String(headers["content-security-policy"] ?? "");
  const nonce = NONCE.exec(csp)?.[1];
  if (!nonce) return null;
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) out[name] = Array.isArray(value) ? value.map((v) => String(v).split(nonce).join(PLACEHOLDER)) : String(value).split(nonce).join(PLACEHOLDER);
  return { headers: out, html: body.toString("utf8").split(nonce).join(PLACEHOLDER) };
}

/** A stored entry made ready to send: a fresh nonce (as proxy.ts makes them) in the headers and the HTML. */
export function replay(entry, nonce = Buffer.from(randomUUID()).toString("base64")) {
  const headers = {};
  for (const [name, value] of Object.entries(entry.headers)) headers[name] = Array.isArray(value) ? value.map((v) => v.split(PLACEHOLDER).join(nonce)) : value.split(PLACEHOLDER).join(nonce);
  return { headers, body: Buffer.from(entry.html.split(PLACEHOLDER).join(nonce), "utf8"), nonce };
}

/**
 * A map bounded in entries and, given a size of each entry, in bytes: the oldest entries
 * go first (keys change with every data version and day). The page cache and the store
 * of API answers (api-cache.mjs) are both one.
 */
export class BoundedStore {
  constructor(maxEntries, maxBytes = Infinity, sizeOf = () => 0) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.sizeOf = sizeOf;
    this.bytes = 0;
    this.entries = new Map();
  }
  get(key) {
    return this.entries.get(key);
  }
  set(key, entry) {
    if (this.sizeOf(entry) > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += this.sizeOf(entry);
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) this.delete(this.entries.keys().next().value);
  }
  delete(key) {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.bytes -= this.sizeOf(old);
  }
  get size() {
    return this.entries.size;
  }
}

/** The stored pages: 200 at the most. */
export class PageCache extends BoundedStore {
  constructor(maxEntries = 200) {
    super(maxEntries);
  }
}

const MAX_BODY = 2_000_000;
const lower = (h) => Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
const bytes = (chunk, encoding) => (typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));

/**
 * Watches an answer as Next writes it (headers, status, bytes, passed on unchanged) and
 * hands the finished answer to `done`. Bodies over 2 MB are not kept.
 */
export function captureAnswer(res, done) {
  const chunks = [];
  let size = 0;
  let head = null;
  const { writeHead, write, end } = res;
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY) return;
    const b = bytes(chunk, encoding);
    size += b.length;
    chunks.push(b);
  };
  res.writeHead = function (status, ...rest) {
    const h = rest.find((x) => x && typeof x === "object" && !Array.isArray(x));
    if (h) head = h;
    return writeHead.call(this, status, ...rest);
  };
  res.write = function (chunk, encoding, ...rest) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, ...rest);
  };
  res.end = function (chunk, encoding, ...rest) {
    keep(chunk, encoding);
    const result = end.call(this, chunk, encoding, ...rest);
    if (size <= MAX_BODY) done(res.statusCode, { ...lower(res.getHeaders()), ...lower(head) }, Buffer.concat(chunks));
    return result;
  };
}

/** Sends a stored page with a fresh nonce, gzipped (fast level) when the client takes gzip. */
export function sendStored(req, res, entry, gzip) {
  const { headers, body } = replay(entry);
  const compressed = gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const payload = compressed ? gzip(body) : body;
  res.writeHead(200, { ...headers, ...(compressed ? { "content-encoding": "gzip" } : {}), "content-length": String(payload.length) });
  res.end(req.method === "HEAD" ? undefined : payload);
}

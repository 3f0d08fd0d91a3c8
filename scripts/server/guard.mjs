// What the production server (scripts/server.mjs) settles itself before Next sees a
// request: headers only the server may set are removed from what the client sent, and
// requests Next would answer with a 500 (and a stack trace in the log) get a plain 400
// or 405 instead: TRACE/TRACK and methods a path does not serve, and a path whose
// %-escapes do not decode. Every answer from here carries the baseline security headers.
import { createRequire } from "node:module";

const baseline = createRequire(import.meta.url)("../../lib/security/baseline-headers.cjs");

/** Methods Next's route handlers may serve; anything else (TRACE, TRACK, CONNECT, made-up ones) is refused everywhere. */
const API_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Pages, embeds and static files are only read (the app has no server actions). */
const PAGE_METHODS = new Set(["GET", "HEAD"]);

const isApi = (pathname) => pathname === "/api" || pathname.startsWith("/api/");

/** Removes x-tabiji-* and x-nonce from a request: only the server and proxy.ts set them. */
export function stripInternalHeaders(headers) {
  for (const name of Object.keys(headers)) {
    if (name.startsWith("x-tabiji-") || name === "x-nonce") delete headers[name];
  }
}

/**
 * The answer the server gives itself, or null to hand the request to Next:
 * { status, allow?, code, message }.
 */
export function refusal(method, rawUrl) {
  const target = String(rawUrl ?? "/");
  const pathname = target.split("?")[0].split("#")[0];
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
    new URL(target, "http://localhost");
  } catch {
    return { status: 400, code: "bad_path", message: "The path is not a valid URL (a %-escape does not decode)." };
  }
  const allowed = isApi(decoded) ? API_METHODS : PAGE_METHODS;
  if (!allowed.has(String(method).toUpperCase())) {
    return { status: 405, allow: [...allowed].join(", "), code: "method_not_allowed", message: `${method} is not served here.` };
  }
  return null;
}

/** Headers for an answer the server gives itself: the baseline, no framing, nothing to run, not cached. */
export function ownAnswerHeaders(contentType) {
  const headers = {};
  for (const { key, value } of baseline) headers[key] = value;
  headers["X-Frame-Options"] = "DENY";
  headers["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  headers["Cache-Control"] = "no-store";
  headers["Content-Type"] = contentType;
  return headers;
}

/** Sends an answer of the server's own: JSON under /api, plain text (English and Japanese) elsewhere. */
export function sendOwn(req, res, { status, code, message, messageJa, headers = {} }) {
  const api = isApi(String(req.url ?? "/").split("?")[0]);
  const body = api ? JSON.stringify({ error: code, message }) : `${message}\n${messageJa ?? ""}\n`;
  res.writeHead(status, { ...ownAnswerHeaders(api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8"), ...headers });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Requests Node's HTTP parser itself refuses (a method it does not know, such as TRACK or
 * a made-up one; a malformed request line or header): answered here, with the baseline
 * headers, instead of Node's bare 400. An unknown method is a 405, anything else a 400.
 */
export function answerClientError(err, socket) {
  if (err?.code === "ECONNRESET" || !socket.writable) return socket.destroy();
  const unknownMethod = err?.code === "HPE_INVALID_METHOD";
  const status = unknownMethod ? "405 Method Not Allowed" : "400 Bad Request";
  const body = unknownMethod ? "This method is not served here.\nこのメソッドはここでは使えません。\n" : "The request is malformed.\nリクエストの形式が正しくありません。\n";
  const headers = { ...ownAnswerHeaders("text/plain; charset=utf-8"), ...(unknownMethod ? { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" } : {}), "Content-Length": String(Buffer.byteLength(body)), Connection: "close" };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\r\n");
  socket.end(`HTTP/1.1 ${status}\r\n${head}\r\n\r\n${body}`);
}

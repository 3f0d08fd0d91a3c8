// Production HTTP server: Next.js's request handler behind a plain Node server, so the
// app knows who the client is. Next itself keeps any X-Forwarded-For a client sends,
// which would let anyone dodge per-client rate limits by changing it. Here the client
// address is the socket's (or, with TABIJI_TRUST_PROXY=1 behind your own reverse proxy,
// the first X-Forwarded-For entry) and is handed on in x-tabiji-client, always overwritten.
// Before Next: scripts/server/guard.mjs refuses what Next would answer with a 500, and
// scripts/server/limits.mjs applies the per-client budget and the cap on work at once.
import { createServer } from "node:http";
import next from "next";
import { answerClientError, refusal, sendOwn, stripInternalHeaders } from "./server/guard.mjs";
import { ClientBudget, WorkGate, isCounted, isTrivial, positiveIntFromEnv } from "./server/limits.mjs";
import { warmUp } from "./warm-up.mjs";
import { gzipSync } from "node:zlib";
import { PageCache, captureAnswer, japanDay, pageKey, sendStored, storable } from "./server/page-cache.mjs";
import { AnswerCache, answerDays, apiKey, cacheableRequest, readBody, sendAnswer, storableJson, withBody } from "./server/api-cache.mjs";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || "0.0.0.0";
const trustProxy = process.env.TABIJI_TRUST_PROXY === "1";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Who the client is, decided here only (see the top of this file). */
function identifyClient(req) {
  const socketAddress = req.socket.remoteAddress ?? "unknown";
  const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim();
  req.headers["x-tabiji-client"] = trustProxy && forwarded ? forwarded.slice(0, 64) : socketAddress;
  if (!trustProxy) req.headers["x-forwarded-for"] = socketAddress;
  // The scheme the browser used (the admin API's exact Origin check): this server speaks
  // plain HTTP; behind your own TLS proxy (TABIJI_TRUST_PROXY=1) the proxy says.
  const proto = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0].trim().toLowerCase();
  req.headers["x-forwarded-proto"] = trustProxy && (proto === "https" || proto === "http") ? proto : "http";
}

/** Answers 400/405 itself for what Next cannot serve; true when it did. */
function refuseUnservable(req, res) {
  const r = refusal(req.method, req.url);
  if (!r) return false;
  const messageJa = r.status === 400 ? "URL のパスが正しくありません。" : "このメソッドはここでは使えません。";
  sendOwn(req, res, { status: r.status, code: r.code, message: r.message, messageJa, headers: r.allow ? { Allow: r.allow } : {} });
  return true;
}

const budget = new ClientBudget(positiveIntFromEnv(process.env, "TABIJI_RATE_LIMIT_PER_MINUTE", 120));
const gate = new WorkGate(positiveIntFromEnv(process.env, "TABIJI_MAX_CONCURRENT_WORK", 8));

/**
 * The per-client budget for requests that compute (429 + Retry-After beyond it), then a
 * place among the requests computing at once (503 when the wait would be too long).
 * Calls `proceed` when the request may go on; every other request goes on at once.
 */
async function admitWork(req, res, proceed) {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (isTrivial(url.pathname)) return proceed();
  // The route handlers' own limiter (lib/api/handler.ts, for `next dev`) leaves it to us.
  req.headers["x-tabiji-limited"] = "1";
  if (!isCounted(String(req.method).toUpperCase(), url.pathname, url.searchParams)) return proceed();
  const verdict = budget.hit(req.headers["x-tabiji-client"]);
  if (!verdict.ok) {
    const s = verdict.retryAfterSeconds;
    return sendOwn(req, res, {
      status: 429,
      code: "rate_limited",
      message: `Too many requests. Try again in ${s} s.`,
      messageJa: `リクエストが多すぎます。${s} 秒後にもう一度お試しください。`,
      headers: { "Retry-After": String(s), "Access-Control-Allow-Origin": "*" },
    });
  }
  res.setHeader("RateLimit-Remaining", String(verdict.remaining));
  // A client that gives up while waiting (a navigation aborted, a frame reloaded) must
  // not take a place it will never give back: its 'close' may come before the place does.
  let gone = false;
  const leave = () => (gone = true);
  res.once("close", leave);
  const release = await gate.acquire();
  res.off("close", leave);
  if (release && (gone || res.destroyed)) return release();
  if (!release) {
    return sendOwn(req, res, {
      status: 503,
      code: "busy",
      message: "The server is busy. Try again in a few seconds.",
      messageJa: "サーバーが混み合っています。数秒後にもう一度お試しください。",
      headers: { "Retry-After": "5" },
    });
  }
  res.once("finish", release);
  res.once("close", release);
  return proceed();
}

// Input-free pages rendered once per data version and day (scripts/server/page-cache.mjs);
// TABIJI_PAGE_CACHE=0 renders every request.
const pages = process.env.TABIJI_PAGE_CACHE === "0" ? null : new PageCache();
// Public API answers per request, data version and day (scripts/server/api-cache.mjs);
// TABIJI_API_CACHE=0 computes every request.
const answers = process.env.TABIJI_API_CACHE === "0" ? null : new AnswerCache();
const gzipFast = (body) => gzipSync(body, { level: 1 });

/**
 * The reference data's generation and version (lib/db/reference-data.ts keeps its store
 * on globalThis, in this process), after the store's own version check; null when
 * nothing is loaded yet or the database cannot be asked (Next then answers, e.g. 503).
 */
async function dataKey() {
  const holder = globalThis.tabijiReferenceData;
  if (!holder?.store) return null;
  try {
    await holder.store.fresh();
  } catch {
    return null;
  }
  return holder.state.version === undefined ? null : `${holder.state.generation}:${holder.state.version}`;
}

/**
 * The answer kept under `key` when there is one (`send`); otherwise Next answers `forward`
 * uncompressed, so that the bytes can be kept, and `keep` says whether and how to keep them.
 */
function fromStoreOrNext(store, key, req, res, forward, send, keep) {
  const stored = store.get(key);
  if (stored) return send(req, res, stored);
  delete req.headers["accept-encoding"];
  captureAnswer(res, (status, headers, body) => {
    const entry = keep(status, headers, body);
    if (entry) store.set(key, entry);
  });
  return handle(forward, res);
}

/** Pages are kept as text (a fresh nonce put in per answer) and gzipped per answer; API answers as bytes, gzipped once when large. */
const sendPage = (req, res, entry) => sendStored(req, res, entry, gzipFast);
const keepAnswer = (status, headers, body) => storableJson(status, headers, body, gzipFast);

/** A stored page when there is one; otherwise Next renders it, and a cacheable answer is kept. */
async function servePage(req, res) {
  const key = pages && req.method === "GET" ? pageKey(req.method, req.url ?? "/", req.headers, await dataKey(), japanDay()) : null;
  if (key === null) return handle(req, res);
  return fromStoreOrNext(pages, key, req, res, req, sendPage, storable);
}

/** A stored API answer when there is one; otherwise Next computes it, and a storable answer is kept. */
async function serveApi(req, res) {
  const data = await dataKey();
  if (data === null) return handle(req, res);
  let forward = req;
  let body = null;
  if (req.method === "POST") {
    body = await readBody(req);
    if (body === null) return void res.destroy(); // the client went away mid-body
    forward = withBody(req, body);
  }
  const key = apiKey(req.method, req.url ?? "/", req.headers, body, data, answerDays());
  if (key === null) return handle(forward, res);
  return fromStoreOrNext(answers, key, req, res, forward, sendAnswer, keepAnswer);
}

const serve = (req, res) => (answers && cacheableRequest(String(req.method), req.url ?? "/", req.headers) ? serveApi(req, res) : servePage(req, res));

function onRequest(req, res) {
  stripInternalHeaders(req.headers);
  if (refuseUnservable(req, res)) return;
  identifyClient(req);
  admitWork(req, res, () => serve(req, res)).catch((err) => {
    console.error(`request failed: ${err instanceof Error ? err.message : err}`);
    if (!res.headersSent) sendOwn(req, res, { status: 500, code: "internal", message: "Something went wrong.", messageJa: "問題が発生しました。" });
  });
}

// The public port opens once every page has been loaded once (scripts/warm-up.mjs). The
// warm-up goes straight to Next: it must not spend loopback clients' request budget.
await warmUp((req, res) => {
  identifyClient(req);
  handle(req, res);
});
const server = createServer(onRequest);
server.on("clientError", answerClientError);
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Tabiji ready on http://localhost:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));

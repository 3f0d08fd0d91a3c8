// scripts/server/api-cache.mjs: which API requests may be answered from the store, that the
// key holds everything an answer depends on, which answers are kept, and the bounds.
import { describe, expect, test } from "vitest";
import { gzipSync } from "node:zlib";
import { AnswerCache, MAX_KEYED_BODY, answerDays, apiKey, cacheableRequest, storableJson } from "@/scripts/server/api-cache.mjs";

const body = Buffer.from(JSON.stringify({ route: "ponta-jal", points: 10001 }));
const JSON_POST = { "content-type": "application/json", "content-length": String(body.length), origin: "https://blog.example", "accept-language": "ja" };
const DAYS = "2026-12-03/2026-12-03";
const key = (over: { method?: string; url?: string; headers?: Record<string, string | undefined>; body?: Buffer | null; data?: string | null; days?: string } = {}) =>
  apiKey(over.method ?? "POST", over.url ?? "/api/v1/conversions/quote", over.headers ?? JSON_POST, over.body === undefined ? body : over.body, over.data === undefined ? "3:7" : over.data, over.days ?? DAYS);

describe("cacheableRequest / apiKey: only public API calculations, keyed on all they depend on", () => {
  test.each([
    { label: "a JSON POST to a calculator", args: {}, cached: true },
    { label: "a GET of a public lookup with a query", args: { method: "GET", url: "/api/v1/safety/airlines?year=2026", body: null }, cached: true },
    { label: "the admin API", args: { url: "/api/admin/charts/x/publish" }, cached: false },
    { label: "a page", args: { method: "GET", url: "/awards", body: null }, cached: false },
    { label: "HEAD, PUT, DELETE", args: { method: "PUT" }, cached: false },
    { label: "a body that is not JSON (the route answers 415)", args: { headers: { ...JSON_POST, "content-type": "text/plain" } }, cached: false },
    { label: "no Content-Length (chunked): the body is not read here", args: { headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, cached: false },
    { label: "a body over 32 KB (the route answers 413 or 400 itself)", args: { headers: { ...JSON_POST, "content-length": String(MAX_KEYED_BODY + 1) } }, cached: false },
    { label: "Cache-Control: no-cache (a client asking for a computed answer)", args: { headers: { ...JSON_POST, "cache-control": "no-cache" } }, cached: false },
    { label: "Pragma: no-cache", args: { headers: { ...JSON_POST, pragma: "no-cache" } }, cached: false },
    { label: "no data version known (nothing loaded, or the database cannot be asked)", args: { data: null }, cached: false },
  ])("$label", ({ args, cached }) => {
    expect(key(args) !== null).toBe(cached);
  });

  test("the body, query, Origin, Accept-Language, cookie, data version and days each make another key", () => {
    const base = key();
    const others = [
      key({ body: Buffer.from(JSON.stringify({ route: "ponta-jal", points: 10002 })) }),
      key({ url: "/api/v1/conversions/quote?x=1" }),
      key({ url: "/api/v1/ihg/buy-points" }),
      key({ headers: { ...JSON_POST, origin: "https://other.example" } }),
      key({ headers: { ...JSON_POST, "accept-language": "en" } }),
      key({ headers: { ...JSON_POST, cookie: "NEXT_LOCALE=en" } }),
      key({ data: "4:7" }), // an admin's write in this process
      key({ data: "3:8" }), // another server's write
      key({ days: "2026-12-04/2026-12-03" }), // a new day in Japan
      key({ days: "2026-12-03/2026-12-04" }), // a new day in UTC
    ];
    expect(others.every((k) => k !== null)).toBe(true);
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
    // The same request again is the same key.
    expect(key()).toBe(base);
  });

  test("the days are Japan's and UTC's: 2026-12-02 15:00 UTC is the 3rd in Japan, still the 2nd in UTC", () => {
    expect(answerDays(Date.parse("2026-12-02T15:00:00Z"))).toBe("2026-12-03/2026-12-02");
  });

  test("cacheableRequest tells the server whether to read a POST body at all", () => {
    expect(cacheableRequest("POST", "/api/v1/awards/quote", JSON_POST)).toBe(true);
    expect(cacheableRequest("POST", "/api/admin/login", JSON_POST)).toBe(false);
  });
});

describe("storableJson: only plain 200 JSON answers, without per-answer headers", () => {
  const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "access-control-allow-origin": "*", date: "x", "content-length": "12", "ratelimit-remaining": "118" };
  test.each([
    { label: "a 200 JSON answer", status: 200, headers, stored: true },
    { label: "a 400 with the list of problems", status: 400, headers, stored: false },
    { label: "a 429", status: 429, headers, stored: false },
    { label: "a 503 while the database is away", status: 503, headers, stored: false },
    { label: "an SVG map", status: 200, headers: { ...headers, "content-type": "image/svg+xml" }, stored: false },
    { label: "an answer that sets a cookie", status: 200, headers: { ...headers, "set-cookie": "a=b" }, stored: false },
    { label: "an answer already compressed", status: 200, headers: { ...headers, "content-encoding": "gzip" }, stored: false },
  ])("$label", ({ status, headers: h, stored }) => {
    expect(storableJson(status, h, Buffer.from("{}")) !== null).toBe(stored);
  });

  test("the client's remaining budget, the date and the length are not replayed; CORS and cache headers are", () => {
    const entry = storableJson(200, headers, Buffer.from("{}"))!;
    expect(Object.keys(entry.headers).sort()).toEqual(["access-control-allow-origin", "cache-control", "content-type"]);
  });

  test("a large body is kept gzipped too, and the gzip is the body's", () => {
    const big = Buffer.from(JSON.stringify({ quotes: Array.from({ length: 200 }, (_, i) => ({ i, award: "perSegment" })) }));
    const entry = storableJson(200, headers, big, (b) => gzipSync(b))!;
    expect(entry.gzipped).not.toBeNull();
    expect(entry.gzipped!.length).toBeLessThan(big.length);
    expect(storableJson(200, headers, Buffer.from("{}"), (b) => gzipSync(b))!.gzipped).toBeNull();
  });
});

describe("AnswerCache: bounded in entries and bytes, oldest first", () => {
  const entry = (n: number) => ({ headers: {}, body: Buffer.alloc(n), gzipped: null });
  test("entries beyond the count drop the oldest", () => {
    const c = new AnswerCache(3, 1_000_000);
    for (const k of ["a", "b", "c", "d"]) c.set(k, entry(10));
    expect(c.size).toBe(3);
    expect(c.get("a")).toBeUndefined();
    expect(c.get("d")).toBeDefined();
  });
  test("bytes beyond the budget drop the oldest; an entry larger than the budget is not kept", () => {
    const c = new AnswerCache(100, 100);
    c.set("a", entry(40));
    c.set("b", entry(40));
    c.set("c", entry(40));
    expect(c.get("a")).toBeUndefined();
    expect(c.bytes).toBe(80);
    c.set("huge", entry(101));
    expect(c.get("huge")).toBeUndefined();
    expect(c.bytes).toBe(80);
  });
  test("replacing a key does not count its bytes twice", () => {
    const c = new AnswerCache(10, 1_000);
    c.set("a", entry(40));
    c.set("a", entry(50));
    expect(c.bytes).toBe(50);
    expect(c.size).toBe(1);
  });
});

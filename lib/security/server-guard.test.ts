// scripts/server/guard.mjs and limits.mjs: what the production server settles before
// Next (the security probe's findings 1, 3 and 5). The same server is driven over HTTP
// by e2e/api/hardening.spec.ts and test/reliability/flood.test.ts.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { refusal, ownAnswerHeaders, stripInternalHeaders } from "@/scripts/server/guard.mjs";
import { ClientBudget, WorkGate, isCounted, isTrivial, positiveIntFromEnv } from "@/scripts/server/limits.mjs";

describe("refusal: what Next would answer with a 500", () => {
  test.each([
    { label: "TRACE on a page (probe)", method: "TRACE", url: "/", status: 405 },
    { label: "TRACE on the API", method: "TRACE", url: "/api/v1/airports", status: 405 },
    { label: "TRACK", method: "TRACK", url: "/awards", status: 405 },
    { label: "a made-up method", method: "BREW", url: "/api/v1/airports", status: 405 },
    { label: "DELETE on a static file (probe)", method: "DELETE", url: "/embed.js", status: 405 },
    { label: "POST on a page", method: "POST", url: "/awards", status: 405 },
    { label: "a bad %-escape in the API (probe)", method: "GET", url: "/api/v1/safety/airlines/%zz", status: 400 },
    { label: "a lone % on a page (probe)", method: "GET", url: "/safety/%", status: 400 },
    { label: "a bad %-escape in the admin API (probe)", method: "GET", url: "/api/admin/tables/%/csv", status: 400 },
    { label: "a lone % in the admin API (probe)", method: "POST", url: "/api/admin/charts/%", status: 400 },
  ])("$label → $status", ({ method, url, status }) => {
    expect(refusal(method, url)).toMatchObject({ status });
  });

  test.each([
    { method: "GET", url: "/awards?s=%zz" }, // a bad escape in the query is the page's to judge (400 in its own words)
    { method: "GET", url: "/safety/airlines/JL" },
    { method: "HEAD", url: "/" },
    { method: "POST", url: "/api/v1/awards/quote" },
    { method: "DELETE", url: "/api/v1/awards/quote" }, // Next answers 405 for route handlers itself
    { method: "OPTIONS", url: "/api/v1/awards/map.svg" },
    { method: "GET", url: "/api/v1/safety/airlines/%E6%97%A5" },
  ])("$method $url goes on to Next", ({ method, url }) => {
    expect(refusal(method, url)).toBeNull();
  });

  test("405 says which methods are served", () => {
    expect(refusal("DELETE", "/embed.js")).toMatchObject({ allow: "GET, HEAD" });
    expect(refusal("TRACE", "/api/x")!.allow).toContain("POST");
  });

  test("property: never throws, whatever the method and path", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (m, u) => void refusal(m, u)));
  });

  test("own answers carry the baseline security headers", () => {
    const h = ownAnswerHeaders("text/plain");
    expect(h).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Cache-Control": "no-store" });
    expect(h["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(h["Strict-Transport-Security"]).toBeTruthy();
  });

  test("headers only the server sets are removed from what the client sent", () => {
    const headers: Record<string, string> = { host: "x", "x-tabiji-embed": "1", "x-tabiji-theme": "dark", "x-tabiji-client": "1.2.3.4", "x-tabiji-limited": "1", "x-nonce": "abc", "x-requested-with": "y" };
    stripInternalHeaders(headers);
    expect(headers).toEqual({ host: "x", "x-requested-with": "y" });
  });
});

describe("which requests count against the per-client budget", () => {
  const q = (s: string) => new URLSearchParams(s);
  test.each([
    { label: "an award search page with inputs (probe)", method: "GET", path: "/awards", query: "s=NRT-HEL", counted: true },
    { label: "an embed with inputs (probe)", method: "GET", path: "/embed/awards", query: "s=NRT-HEL&theme=dark", counted: true },
    { label: "an embed with its defaults, as embed.js loads it", method: "GET", path: "/embed/kiva", query: "lang=en&parent=https%3A%2F%2Fblog.example", counted: false },
    { label: "the route map (probe)", method: "GET", path: "/api/v1/awards/map.svg", query: "route=NRT-HEL&plan=best", counted: true },
    { label: "the IHG price series (probe)", method: "GET", path: "/api/v1/ihg/price-series", query: "bonusPercent=100", counted: true },
    { label: "a client-side navigation with inputs", method: "GET", path: "/kiva", query: "loanUsd=25&_rsc=abc", counted: true },
    { label: "an API POST", method: "POST", path: "/api/v1/awards/quote", query: "", counted: true },
    { label: "a page without inputs", method: "GET", path: "/awards", query: "", counted: false },
    { label: "a page in Japanese", method: "GET", path: "/awards", query: "lang=ja", counted: false },
    { label: "a prefetch of a page without inputs", method: "GET", path: "/kiva", query: "_rsc=1x", counted: false },
    { label: "the airport picker (a lookup per keystroke)", method: "GET", path: "/api/v1/airports", query: "q=hel&limit=8", counted: false },
    { label: "a CORS preflight", method: "OPTIONS", path: "/api/v1/awards/quote", query: "", counted: false },
    { label: "the trivial route", method: "GET", path: "/api/health/live", query: "", counted: false },
    { label: "admin sign-in (its own throttle)", method: "POST", path: "/api/admin/sign-in", query: "", counted: false },
    { label: "a static chunk", method: "GET", path: "/_next/static/chunks/a.js", query: "v=1", counted: false },
  ])("$label: $counted", ({ method, path, query, counted }) => {
    expect(isCounted(method, path, q(query))).toBe(counted);
  });

  test("static files and health checks are never counted (nor queued)", () => {
    expect(["/api/health/live", "/api/health", "/_next/static/x.js", "/islands/a.js", "/embed.js"].every(isTrivial)).toBe(true);
    expect(["/", "/awards", "/api/v1/awards/quote", "/admin"].some(isTrivial)).toBe(false);
  });
});

describe("ClientBudget", () => {
  test("per client: the request after the limit gets a retry time until the minute is over", () => {
    const b = new ClientBudget(3);
    expect([1, 2, 3].map(() => b.hit("a", 1000).ok)).toEqual([true, true, true]);
    expect(b.hit("a", 1000)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(b.hit("a", 31_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(b.hit("b", 31_000)).toEqual({ ok: true, remaining: 2 });
    expect(b.hit("a", 61_000)).toEqual({ ok: true, remaining: 2 });
  });

  test("property: never more than the limit in one window per client", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 59_999 }), fc.constantFrom("a", "b")), { maxLength: 300 }), (hits) => {
        const b = new ClientBudget(10);
        const ok = { a: 0, b: 0 };
        for (const [t, k] of [...hits].sort((x, y) => x[0] - y[0])) if (b.hit(k, t).ok) ok[k]++;
        expect(Math.max(ok.a, ok.b)).toBeLessThanOrEqual(10);
      }),
    );
  });
});

describe("WorkGate", () => {
  test("at most `slots` at once; the others wait in order; a full queue is refused", async () => {
    const gate = new WorkGate(2, 2, 60_000);
    const r1 = await gate.acquire();
    const r2 = await gate.acquire();
    const order: number[] = [];
    const w3 = gate.acquire().then((r) => (order.push(3), r));
    const w4 = gate.acquire().then((r) => (order.push(4), r));
    expect(await gate.acquire()).toBeNull(); // queue of 2 is full
    expect(gate.busy).toBe(2);
    r1!();
    r1!(); // releasing twice frees one slot only
    const r3 = await w3;
    expect(order).toEqual([3]);
    r2!();
    const r4 = await w4;
    expect(order).toEqual([3, 4]);
    r3!();
    r4!();
    expect(gate.busy).toBe(0);
  });

  test("a wait longer than allowed is refused", async () => {
    const gate = new WorkGate(1, 10, 20);
    const r = await gate.acquire();
    expect(await gate.acquire()).toBeNull();
    r!();
    expect(gate.busy).toBe(0);
  });
});

test("limits from the environment: default, a value, a clear error for nonsense", () => {
  expect(positiveIntFromEnv({}, "X", 120)).toBe(120);
  expect(positiveIntFromEnv({ X: "100000" }, "X", 120)).toBe(100000);
  expect(() => positiveIntFromEnv({ X: "lots" }, "X", 120)).toThrow(/X must be a whole number/);
  expect(() => positiveIntFromEnv({ X: "0" }, "X", 120)).toThrow(/X/);
});

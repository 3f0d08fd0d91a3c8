// scripts/server/page-cache.mjs: which answers may be stored, what the key holds, and
// that every answer from the store gets a nonce of its own, in the header and the HTML.
import { describe, expect, test } from "vitest";
import { PageCache, japanDay, pageKey, replay, storable } from "@/scripts/server/page-cache.mjs";

const NAV = { host: "tabiji.example", accept: "text/html,application/xhtml+xml", cookie: "NEXT_LOCALE=ja", "accept-language": "ja" };
const NONCE = "MmY1YjQ0ZjEtOWQ1Mi00YzQ4LWI1ZWQtOWJiMTc3YzM4YzQx";
const CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`;
const HTML = Buffer.from(`<html><head><script nonce="${NONCE}">self.__next_f=[]</script></head><body>旅路</body></html>`);
const OK_HEADERS = { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP, "x-frame-options": "DENY", "content-length": String(HTML.length), date: "x" };

describe("pageKey: only input-free page navigations, keyed on all they depend on", () => {
  test.each([
    { label: "a listed page, no query, an HTML navigation", method: "GET", url: "/ihg", headers: NAV, data: "3:7", cached: true },
    { label: "a query (inputs, or ?lang= which sets a cookie)", method: "GET", url: "/ihg?points=20000", headers: NAV, data: "3:7", cached: false },
    { label: "a page not on the list (the admin area, a safety detail)", method: "GET", url: "/admin", headers: NAV, data: "3:7", cached: false },
    { label: "Next's client router asking for the RSC payload", method: "GET", url: "/ihg", headers: { ...NAV, rsc: "1" }, data: "3:7", cached: false },
    { label: "a prefetch", method: "GET", url: "/ihg", headers: { ...NAV, "next-router-prefetch": "1" }, data: "3:7", cached: false },
    { label: "not asking for HTML", method: "GET", url: "/ihg", headers: { ...NAV, accept: "*/*" }, data: "3:7", cached: false },
    { label: "a POST", method: "POST", url: "/ihg", headers: NAV, data: "3:7", cached: false },
    { label: "no data version known (nothing loaded, or the database cannot be asked)", method: "GET", url: "/ihg", headers: NAV, data: null, cached: false },
  ])("$label", ({ method, url, headers, data, cached }) => {
    expect(pageKey(method, url, headers, data, "2026-12-03") !== null).toBe(cached);
  });

  test("language cookie, Accept-Language, host, data version and day each make another key", () => {
    const base = pageKey("GET", "/", NAV, "3:7", "2026-12-03");
    const others = [
      pageKey("GET", "/", { ...NAV, cookie: "NEXT_LOCALE=en" }, "3:7", "2026-12-03"),
      pageKey("GET", "/", { ...NAV, "accept-language": "en-US" }, "3:7", "2026-12-03"),
      pageKey("GET", "/", { ...NAV, host: "other.example" }, "3:7", "2026-12-03"),
      pageKey("GET", "/", NAV, "4:7", "2026-12-03"), // an admin's write in this process
      pageKey("GET", "/", NAV, "3:8", "2026-12-03"), // another server's write
      pageKey("GET", "/", NAV, "3:7", "2026-12-04"), // a new day in Japan
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  test("the day is Japan's: 2026-12-02 15:00 UTC is already the 3rd", () => {
    expect(japanDay(Date.parse("2026-12-02T14:59:59Z"))).toBe("2026-12-02");
    expect(japanDay(Date.parse("2026-12-02T15:00:00Z"))).toBe("2026-12-03");
  });
});

describe("storable and replay", () => {
  test("a 200 HTML page is stored without its nonce; each replay carries a fresh one, in the CSP and the HTML", () => {
    const entry = storable(200, OK_HEADERS, HTML)!;
    expect(entry.html).not.toContain(NONCE);
    expect(JSON.stringify(entry.headers)).not.toContain(NONCE);
    expect(entry.headers).not.toHaveProperty("date");
    expect(entry.headers).not.toHaveProperty("content-length");
    const a = replay(entry);
    const b = replay(entry);
    expect(a.nonce).not.toBe(b.nonce);
    for (const r of [a, b]) {
      expect(r.headers["content-security-policy"]).toBe(CSP.replace(NONCE, r.nonce));
      expect(r.body.toString("utf8")).toBe(HTML.toString("utf8").replace(NONCE, r.nonce));
      expect(r.headers["x-frame-options"]).toBe("DENY");
    }
  });

  test.each([
    { label: "an error page", status: 404, headers: OK_HEADERS },
    { label: "a cookie being set", status: 200, headers: { ...OK_HEADERS, "set-cookie": "NEXT_LOCALE=ja" } },
    { label: "not HTML", status: 200, headers: { ...OK_HEADERS, "content-type": "application/json" } },
    { label: "no nonce in the CSP", status: 200, headers: { ...OK_HEADERS, "content-security-policy": "default-src 'self'" } },
    { label: "already compressed", status: 200, headers: { ...OK_HEADERS, "content-encoding": "gzip" } },
  ])("not stored: $label", ({ status, headers }) => {
    expect(storable(status, headers, HTML)).toBeNull();
  });

  test("the cache keeps at most its size, dropping the oldest", () => {
    const cache = new PageCache(2);
    const entry = storable(200, OK_HEADERS, HTML)!;
    cache.set("a", entry);
    cache.set("b", entry);
    cache.set("c", entry);
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("c")).toBe(entry);
  });
});

import { describe, expect, test } from "vitest";
import { crossOriginProblem, isLoopbackHttp, readCookie, wantsSecureCookieFor } from "./origin";

describe("crossOriginProblem (CSRF guard for admin POSTs)", () => {
  test.each<{ label: string; headers: Record<string, string>; refused: boolean }>([
    { label: "same origin", headers: { host: "tabiji.example", origin: "https://tabiji.example", "x-forwarded-proto": "https" }, refused: false },
    { label: "same origin, default port written out", headers: { host: "tabiji.example", origin: "https://tabiji.example:443", "x-forwarded-proto": "https" }, refused: false },
    { label: "same host, other scheme (http page posting to https, the probe's finding)", headers: { host: "tabiji.example", origin: "http://tabiji.example", "x-forwarded-proto": "https" }, refused: true },
    { label: "same host, other scheme (https origin, plain-http server)", headers: { host: "127.0.0.1:3200", origin: "https://127.0.0.1:3200" }, refused: true },
    { label: "same origin with a port", headers: { host: "127.0.0.1:3200", origin: "http://127.0.0.1:3200" }, refused: false },
    { label: "another site", headers: { host: "tabiji.example", origin: "https://evil.example" }, refused: true },
    { label: "same host name, other port", headers: { host: "tabiji.example", origin: "https://tabiji.example:8443", "x-forwarded-proto": "https" }, refused: true },
    { label: "opaque origin (sandboxed frame, file:)", headers: { host: "tabiji.example", origin: "null" }, refused: true },
    { label: "no Origin, browser says cross-site", headers: { host: "tabiji.example", "sec-fetch-site": "cross-site" }, refused: true },
    { label: "no Origin, browser says same-site (a sibling subdomain)", headers: { host: "tabiji.example", "sec-fetch-site": "same-site" }, refused: true },
    { label: "no Origin, browser says same-origin", headers: { host: "tabiji.example", "sec-fetch-site": "same-origin" }, refused: false },
    { label: "no Origin and no Sec-Fetch-Site (curl, scripts)", headers: { host: "tabiji.example" }, refused: false },
  ])("$label", ({ headers, refused }) => {
    expect(crossOriginProblem(new Headers(headers), "http://127.0.0.1:3200/api/admin/sign-in") !== null).toBe(refused);
  });
});

test.each([
  { url: "http://127.0.0.1:3100/api/admin/sign-in", loopback: true },
  { url: "http://localhost:3000/x", loopback: true },
  { url: "https://localhost/x", loopback: false },
  { url: "http://tabiji.example/x", loopback: false },
])("isLoopbackHttp($url) = $loopback", ({ url, loopback }) => {
  expect(isLoopbackHttp(url)).toBe(loopback);
});

test("readCookie finds one cookie among several", () => {
  expect(readCookie("a=1; tabiji_admin=tok; b=2", "tabiji_admin")).toBe("tok");
  expect(readCookie("xtabiji_admin=tok", "tabiji_admin")).toBeNull();
  expect(readCookie(null, "tabiji_admin")).toBeNull();
});

describe("wantsSecureCookieFor: Secure and __Host- from what the browser addressed", () => {
  const h = (host: string | null, proto?: string) => new Headers({ ...(host ? { host } : {}), ...(proto ? { "x-forwarded-proto": proto } : {}) });
  test.each([
    { label: "a local run on loopback over plain HTTP (whatever address the server is bound to)", headers: h("127.0.0.1:3100", "http"), env: "production", secure: false },
    { label: "localhost by name", headers: h("localhost:3000", "http"), env: "production", secure: false },
    { label: "a public host name, TLS ending at a proxy in front", headers: h("tabiji.example", "http"), env: "production", secure: true },
    { label: "HTTPS on loopback (a trusted proxy said so)", headers: h("127.0.0.1:3000", "https"), env: "production", secure: true },
    { label: "an unparseable Host header in production errs on the safe side", headers: h("a b"), env: "production", secure: true },
    { label: "development never marks it Secure", headers: h("tabiji.example", "https"), env: "development", secure: false },
  ])("$label", ({ headers, env, secure }) => {
    expect(wantsSecureCookieFor(headers, env as "production" | "development")).toBe(secure);
  });
});

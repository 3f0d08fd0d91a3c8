import { afterEach, describe, expect, test, vi } from "vitest";
import { authFromRequest, clearedSessionCookie, sessionCookie } from "./http";

afterEach(() => vi.unstubAllEnvs());

/**
 * A request as scripts/server.mjs hands it to Next: request.url names the address the
 * server is bound to (0.0.0.0), while the Host header and x-forwarded-proto say what the
 * browser addressed (the cookie's decision must follow those).
 */
function asServed(url: string, headers: Record<string, string> = {}): Request {
  const u = new URL(url);
  return new Request(`http://0.0.0.0:3000${u.pathname}`, { headers: { host: u.host, "x-forwarded-proto": u.protocol.replace(":", ""), ...headers } });
}

describe("the session cookie", () => {
  test.each([
    { label: "production over HTTPS: Secure", env: "production", url: "https://tabiji.example/api/admin/sign-in", secure: true },
    { label: "production on a loopback address over plain HTTP (local runs, tests): not Secure", env: "production", url: "http://127.0.0.1:3100/api/admin/sign-in", secure: false },
    { label: "production on another host over plain HTTP (TLS ends at a proxy): Secure", env: "production", url: "http://tabiji.example/api/admin/sign-in", secure: true },
    { label: "development: not Secure", env: "development", url: "http://127.0.0.1:3200/api/admin/sign-in", secure: false },
  ])("$label", ({ env, url, secure }) => {
    vi.stubEnv("NODE_ENV", env);
    const set = sessionCookie(asServed(url), "T".repeat(43));
    const name = secure ? "__Host-tabiji_admin" : "tabiji_admin";
    expect(set).toBe(`${name}=${"T".repeat(43)}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
    expect(clearedSessionCookie(asServed(url))).toBe(`${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? "; Secure" : ""}`);
    // The cookie is read back under the same name only (a plain-named one cannot stand in for it).
    const other = secure ? "tabiji_admin" : "__Host-tabiji_admin";
    expect(authFromRequest(asServed(url, { cookie: `${other}=${"X".repeat(43)}; ${name}=${"T".repeat(43)}` })).token).toBe("T".repeat(43));
    expect(authFromRequest(asServed(url, { cookie: `${other}=${"X".repeat(43)}` })).token).toBeNull();
  });
});

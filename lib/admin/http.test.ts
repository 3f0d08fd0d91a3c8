import { afterEach, describe, expect, test, vi } from "vitest";
import { clearedSessionCookie, sessionCookie } from "./http";

afterEach(() => vi.unstubAllEnvs());

describe("the session cookie", () => {
  test.each([
    { label: "production over HTTPS: Secure", env: "production", url: "https://tabiji.example/api/admin/sign-in", secure: true },
    { label: "production on a loopback address over plain HTTP (local runs, tests): not Secure", env: "production", url: "http://127.0.0.1:3100/api/admin/sign-in", secure: false },
    { label: "production on another host over plain HTTP (TLS ends at a proxy): Secure", env: "production", url: "http://tabiji.example/api/admin/sign-in", secure: true },
    { label: "development: not Secure", env: "development", url: "http://127.0.0.1:3200/api/admin/sign-in", secure: false },
  ])("$label", ({ env, url, secure }) => {
    vi.stubEnv("NODE_ENV", env);
    const set = sessionCookie(new Request(url), "T".repeat(43));
    expect(set).toBe(`tabiji_admin=${"T".repeat(43)}; Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
    expect(clearedSessionCookie(new Request(url))).toMatch(/^tabiji_admin=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/);
  });
});

import { expect, test } from "@playwright/test";

test("GET /api/health answers ok with the database reachable", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const path of ["/", "/api/health", "/no-such-page"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["x-powered-by"], path).toBeUndefined();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"], path).toContain("max-age=");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toMatch(/object-src 'none'|default-src 'none'/);
  }
});

test("pages get a fresh CSP nonce on every request", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"] ?? "")?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test("an unknown page is a 404 page, not an error", async ({ request }) => {
  const res = await request.get("/no-such-page");
  expect(res.status()).toBe(404);
});

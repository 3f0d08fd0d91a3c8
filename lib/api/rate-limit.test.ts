import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { RateLimiter, clientId } from "./rate-limit";

describe("RateLimiter: a fixed window per client", () => {
  test("allows the limit, refuses the next with Retry-After, resets after the window", () => {
    const rl = new RateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => rl.hit("a", t0).ok)).toEqual([true, true, true]);
    const refused = rl.hit("a", t0 + 10_000);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(rl.hit("b", t0 + 10_000).ok).toBe(true); // another client is not affected
    expect(rl.hit("a", t0 + 60_000).ok).toBe(true); // window over
  });

  test("property: never more than `limit` successes per key in one window", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 59_999 }), { maxLength: 100 }), (limit, offsets) => {
        const rl = new RateLimiter(limit, 60_000);
        const ok = [...offsets].sort((a, b) => a - b).filter((o) => rl.hit("k", 5_000_000 + o).ok).length;
        expect(ok).toBeLessThanOrEqual(limit);
      }),
    );
  });

  test("memory stays bounded under many distinct clients", () => {
    const rl = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 10_000; i++) rl.hit(`c${i}`, 1);
    expect((rl as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });
});

describe("clientId", () => {
  test.each([
    { label: "the server's own header wins over a spoofed X-Forwarded-For", headers: { "x-tabiji-client": "10.0.0.9", "x-forwarded-for": "1.2.3.4" }, expected: "10.0.0.9" },
    { label: "first X-Forwarded-For hop under next dev", headers: { "x-forwarded-for": "1.2.3.4, 5.6.7.8" }, expected: "1.2.3.4" },
    { label: "no header at all", headers: {}, expected: "local" },
  ])("$label", ({ headers, expected }) => {
    expect(clientId(new Request("http://x/", { headers: headers as Record<string, string> }))).toBe(expected);
  });
});

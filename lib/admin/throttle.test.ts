import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { LoginThrottle, type ThrottleLimits } from "./throttle";

const limits: ThrottleLimits = { pair: 3, client: 5, account: 4, firstDelayMs: 1000, maxDelayMs: 16_000, accountMaxDelayMs: 4000, windowMs: 3_600_000 };

describe("LoginThrottle: growing delays, never a lock a stranger can keep up", () => {
  test("after the free failures one account from one address waits 1 s, then 2 s, 4 s ... up to the cap", () => {
    const t = new LoginThrottle(limits);
    let now = 0;
    for (let i = 0; i < 3; i++) t.fail("a@x", "10.0.0.1", now);
    expect(t.check("a@x", "10.0.0.1", now, { knownClient: true })).toEqual({ ok: false, scope: "pair", retryAfterSeconds: 1 });
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const v = t.check("a@x", "10.0.0.1", now, { knownClient: true });
      const wait = v.ok ? 0 : v.retryAfterSeconds;
      waits.push(wait);
      now += wait * 1000;
      expect(t.check("a@x", "10.0.0.1", now, { knownClient: true }).ok).toBe(true);
      t.fail("a@x", "10.0.0.1", now);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 16]);
  });

  test("a stranger's failures on one address do not make the owner wait on another", () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 3; i++) t.fail("a@x", "203.0.113.9", i);
    expect(t.check("a@x", "203.0.113.9", 10).ok).toBe(false);
    expect(t.check("a@x", "10.0.0.1", 10)).toEqual({ ok: true });
  });

  test("many addresses on one account: an unknown address waits at most the account cap, a known one not at all", () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 12; i++) t.fail("a@x", `203.0.113.${i}`, 0);
    const v = t.check("a@x", "198.51.100.1", 0);
    expect(v).toEqual({ ok: false, scope: "account", retryAfterSeconds: 4 });
    expect(t.accountWaits("a@x", 0)).toBe(true);
    expect(t.check("a@x", "10.0.0.1", 0, { knownClient: true })).toEqual({ ok: true });
  });

  test("one address trying many accounts waits", () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 5; i++) t.fail(`u${i}@x`, "10.0.0.1", 1000);
    expect(t.check("new@x", "10.0.0.1", 1000)).toMatchObject({ ok: false, scope: "client" });
    expect(t.check("new@x", "10.0.0.2", 1000).ok).toBe(true);
  });

  test("fail() reports the scope a failure has just put under a delay, once", () => {
    const t = new LoginThrottle(limits);
    const started = Array.from({ length: 5 }, (_, i) => t.fail("a@x", "10.0.0.1", i));
    expect(started).toEqual([[], [], ["pair"], ["account"], ["client"]]);
  });

  test("a success clears this address's failures on the account; clear() forgets the account's failures everywhere", () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 3; i++) t.fail("a@x", "10.0.0.1", 0);
    t.succeed("a@x", "10.0.0.1");
    expect(t.check("a@x", "10.0.0.1", 0).ok).toBe(true);
    for (let i = 0; i < 12; i++) t.fail("a@x", `203.0.113.${i % 6}`, 0);
    expect(t.check("a@x", "203.0.113.0", 0).ok).toBe(false);
    t.clear("a@x", 0);
    expect(t.check("a@x", "203.0.113.0", 0).ok).toBe(true);
    expect(t.check("a@x", "198.51.100.1", 0).ok).toBe(true);
  });

  test("property: whatever strangers do, the owner's address never waits, and no wait exceeds the cap", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 30 })), { maxLength: 80 }), (attempts) => {
        const t = new LoginThrottle(limits);
        for (const [at, client] of [...attempts].sort((a, b) => a[0] - b[0])) {
          if (t.check("victim", `203.0.113.${client}`, at).ok) t.fail("victim", `203.0.113.${client}`, at);
          expect(t.check("victim", "10.0.0.1", at, { knownClient: true })).toEqual({ ok: true });
          const v = t.check("victim", "198.51.100.7", at);
          if (!v.ok) expect(v.retryAfterSeconds).toBeLessThanOrEqual(limits.accountMaxDelayMs / 1000);
        }
      }),
    );
  });

  test("property: after the free failures, consecutive allowed failures from one address are at least the growing delay apart", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 60 }), (times) => {
        const t = new LoginThrottle(limits);
        const allowed: number[] = [];
        for (const at of [...times].sort((a, b) => a - b)) {
          if (t.check("a@x", "10.0.0.1", at, { knownClient: true }).ok) {
            t.fail("a@x", "10.0.0.1", at);
            allowed.push(at);
          }
        }
        for (let i = limits.pair; i < allowed.length; i++) expect(allowed[i] - allowed[i - 1]).toBeGreaterThanOrEqual(t.delayMs("pair", i));
      }),
    );
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { LoginThrottle } from "./throttle";

const limits = { account: 3, client: 5, windowMs: 60_000 };

describe("LoginThrottle", () => {
  test("an account is refused after its failures, whatever the client, until the window passes", () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 3; i++) t.fail("a@x", `10.0.0.${i}`, 1000 + i);
    expect(t.check("a@x", "10.9.9.9", 2000)).toEqual({ ok: false, retryAfterSeconds: 59 });
    expect(t.check("b@x", "10.9.9.9", 2000)).toEqual({ ok: true });
    expect(t.check("a@x", "10.9.9.9", 61_000)).toEqual({ ok: true });
  });
  test("a client is refused after failing on many accounts", () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 5; i++) t.fail(`u${i}@x`, "10.0.0.1", 1000);
    expect(t.check("new@x", "10.0.0.1", 1000).ok).toBe(false);
    expect(t.check("new@x", "10.0.0.2", 1000).ok).toBe(true);
  });
  test("a success clears the account's failures, not the client's", () => {
    const t = new LoginThrottle(limits);
    for (let i = 0; i < 2; i++) t.fail("a@x", "10.0.0.1", 1000);
    t.succeed("a@x");
    t.fail("a@x", "10.0.0.1", 1000);
    t.fail("a@x", "10.0.0.1", 1000);
    expect(t.check("a@x", "10.0.0.1", 1000).ok).toBe(true);
  });
  test("property: never more than `account` failures of one account get through in one window", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 59_999 }), fc.integer({ min: 0, max: 50 })), { maxLength: 60 }), (attempts) => {
        const t = new LoginThrottle({ account: 3, client: 1000, windowMs: 60_000 });
        let allowed = 0;
        for (const [at, client] of [...attempts].sort((a, b) => a[0] - b[0])) {
          if (t.check("victim", `c${client}`, at).ok) {
            allowed++;
            t.fail("victim", `c${client}`, at);
          }
        }
        expect(allowed).toBeLessThanOrEqual(3);
      }),
    );
  });
});

// Sign-in throttle (engineering guide §3: rate limits on login per IP and per account).
// Counts failed attempts per key in a sliding window. While a key is over its limit
// every attempt is refused with 429 before the password is even checked, so a burst
// learns nothing. The account limit alone stops a burst against one account however
// the client disguises its address (e.g. a changing X-Forwarded-For under next dev).
// In memory: one process, one throttle; bounded so a flood of keys cannot exhaust memory.
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_CLIENT, LOGIN_WINDOW_MS } from "./config";

export type ThrottleVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly limits: { account: number; client: number; windowMs: number } = {
      account: LOGIN_FAILURES_PER_ACCOUNT,
      client: LOGIN_FAILURES_PER_CLIENT,
      windowMs: LOGIN_WINDOW_MS,
    },
    private readonly maxKeys = 20_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  private verdictFor(key: string, limit: number, now: number): ThrottleVerdict {
    const list = this.recent(key, now);
    if (list.length < limit) return { ok: true };
    // Free again when the oldest failure that keeps it over the limit leaves the window.
    const freeAt = list[list.length - limit] + this.limits.windowMs;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now) / 1000)) };
  }

  /** May this account be tried from this client now? */
  check(account: string, client: string, now: number): ThrottleVerdict {
    const a = this.verdictFor(`a:${account}`, this.limits.account, now);
    const c = this.verdictFor(`c:${client}`, this.limits.client, now);
    if (a.ok && c.ok) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(a.ok ? 0 : a.retryAfterSeconds, c.ok ? 0 : c.retryAfterSeconds) };
  }

  fail(account: string, client: string, now: number): void {
    if (this.failures.size >= this.maxKeys) this.sweep(now);
    for (const key of [`a:${account}`, `c:${client}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list.slice(-100));
    }
  }

  /** A successful sign-in clears the account's failures (not the client's). */
  succeed(account: string): void {
    this.failures.delete(`a:${account}`);
  }

  private sweep(now: number) {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
    if (this.failures.size >= this.maxKeys) {
      const oldest = [...this.failures.entries()].sort((x, y) => x[1][x[1].length - 1] - y[1][y[1].length - 1]);
      for (const [k] of oldest.slice(0, Math.ceil(this.maxKeys / 10))) this.failures.delete(k);
    }
  }
}

// One per process, kept on globalThis so a dev reload or a second bundle of the same
// module shares it.
const g = globalThis as unknown as { tabijiLoginThrottle?: LoginThrottle };
export function loginThrottle(): LoginThrottle {
  g.tabijiLoginThrottle ??= new LoginThrottle();
  return g.tabijiLoginThrottle;
}

// Sign-in throttle (engineering guide §3; ASVS 5.0 V6.3): growing delays, never a hard
// lock that a stranger could renew forever. Failed sign-ins are counted in three scopes:
//   pair     one account from one address: the owner's own typos, or one guesser;
//   client   one address over all accounts: one guesser spraying many accounts;
//   account  one account over all addresses: many guessers on one account.
// In each scope the first failures up to the limit are free; from the limit on, the next attempt waits
// 1 s, then 2 s, 4 s, ... up to a cap. The account scope is capped at one minute and
// does not apply to an address the admin has signed in from before (the caller says
// so), so failures from strangers never keep the owner out. While a wait runs every
// attempt is refused with 429 before the password is checked, so a burst learns nothing.
// `clear` forgets an account's failures (admin:unlock, admin:create --reset).
// In memory: one process, one throttle; bounded so a flood of keys cannot exhaust memory.
import {
  LOGIN_ACCOUNT_MAX_DELAY_MS,
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_CLIENT,
  LOGIN_FAILURES_PER_PAIR,
  LOGIN_FIRST_DELAY_MS,
  LOGIN_MAX_DELAY_MS,
  LOGIN_WINDOW_MS,
} from "./config";

export type ThrottleVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; scope: Scope };
export type Scope = "pair" | "client" | "account";

export type ThrottleLimits = {
  pair: number;
  client: number;
  account: number;
  firstDelayMs: number;
  maxDelayMs: number;
  accountMaxDelayMs: number;
  windowMs: number;
};

export const DEFAULT_LIMITS: ThrottleLimits = {
  pair: LOGIN_FAILURES_PER_PAIR,
  client: LOGIN_FAILURES_PER_CLIENT,
  account: LOGIN_FAILURES_PER_ACCOUNT,
  firstDelayMs: LOGIN_FIRST_DELAY_MS,
  maxDelayMs: LOGIN_MAX_DELAY_MS,
  accountMaxDelayMs: LOGIN_ACCOUNT_MAX_DELAY_MS,
  windowMs: LOGIN_WINDOW_MS,
};

const keyOf = (scope: Scope, account: string, client: string) =>
  scope === "pair" ? `p:${account}\n${client}` : scope === "client" ? `c:${client}` : `a:${account}`;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    private readonly maxKeys = 20_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Failures in this scope that cost nothing. */
  free(scope: Scope): number {
    return this.limits[scope];
  }

  /** How long after the last failure the next attempt must wait, given the failures so far. */
  delayMs(scope: Scope, failures: number): number {
    const over = failures - this.free(scope);
    if (over < 0) return 0;
    const cap = scope === "account" ? this.limits.accountMaxDelayMs : this.limits.maxDelayMs;
    return Math.min(cap, this.limits.firstDelayMs * 2 ** Math.min(over, 40));
  }

  private verdictFor(scope: Scope, key: string, now: number): ThrottleVerdict {
    const list = this.recent(key, now);
    const wait = list.length ? list[list.length - 1] + this.delayMs(scope, list.length) - now : 0;
    return wait > 0 ? { ok: false, scope, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) } : { ok: true };
  }

  /** Must this attempt wait? `knownClient`: the admin has signed in from this address before. */
  check(account: string, client: string, now: number, opts: { knownClient?: boolean } = {}): ThrottleVerdict {
    const scopes: Scope[] = opts.knownClient ? ["pair", "client"] : ["pair", "client", "account"];
    let worst: ThrottleVerdict = { ok: true };
    for (const scope of scopes) {
      const v = this.verdictFor(scope, keyOf(scope, account, client), now);
      if (!v.ok && (worst.ok || v.retryAfterSeconds > worst.retryAfterSeconds)) worst = v;
    }
    return worst;
  }

  /** Would the account-wide count make an unknown address wait? (Asked before looking the address up.) */
  accountWaits(account: string, now: number): boolean {
    return !this.verdictFor("account", keyOf("account", account, ""), now).ok;
  }

  /** Records a failure; returns the scopes that this failure has just put under a delay (for the audit trail). */
  fail(account: string, client: string, now: number): Scope[] {
    if (this.failures.size >= this.maxKeys) this.sweep(now);
    const started: Scope[] = [];
    for (const scope of ["pair", "client", "account"] as const) {
      const key = keyOf(scope, account, client);
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list.slice(-100));
      if (list.length === this.free(scope)) started.push(scope);
    }
    return started;
  }

  /** A successful sign-in clears the failures of this account from this address. */
  succeed(account: string, client: string): void {
    this.failures.delete(keyOf("pair", account, client));
  }

  /** Forgets every failure on this account at or before `until` (admin:unlock, a password reset). */
  clear(account: string, until: number): void {
    const prefix = keyOf("pair", account, "");
    for (const [key, list] of this.failures) {
      if (key !== keyOf("account", account, "") && !key.startsWith(prefix)) continue;
      const kept = list.filter((t) => t > until);
      if (kept.length) this.failures.set(key, kept);
      else this.failures.delete(key);
    }
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

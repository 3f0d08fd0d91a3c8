// Admin sign-in and sessions on the real database: command-line creation (no default
// password, bcrypt >= 12), one answer for an unknown account and a wrong password, a
// new session id at every sign-in, idle and absolute timeouts (with a clock the test
// moves), sign-out that ends the session, the sign-in throttle (growing delays per address,
// per account and per client; strangers cannot lock the owner out; unlock), and
// deny-by-default in the data layer.
import { afterAll, describe, expect, test } from "vitest";
import bcrypt from "bcryptjs";
import { testDb, dbTarget } from "./setup/db";
import { depsFor, newPassword, signedInAdmin, testClock } from "./admin-support";
import { createAdmin } from "@/lib/admin/create-admin";
import { authenticate, signIn, signOut } from "@/lib/admin/session";
import { DEFAULT_LIMITS, LoginThrottle } from "@/lib/admin/throttle";
import { unlockAdmin } from "@/lib/admin/unlock";
import { tokenHash } from "@/lib/admin/token";
import { requireAdmin } from "@/lib/admin/authorize";
import { listCharts } from "@/lib/admin/charts/read";
import { listAudit } from "@/lib/admin/audit-read";
import { currentAdmin } from "@/lib/admin/me";
import { BCRYPT_COST, LOGIN_ACCOUNT_MAX_DELAY_MS, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_CLIENT, LOGIN_FAILURES_PER_PAIR, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "@/lib/admin/config";

const db = testDb();
afterAll(() => db.$disconnect());

const MIN = 60_000;

describe(`admin accounts (${dbTarget()})`, () => {
  test("createAdmin stores a bcrypt hash of cost >= 12, never the password, and audits it", async () => {
    const password = newPassword();
    const r = await createAdmin(db, { email: "  New.Admin@Tabiji.TEST ", password });
    expect(r).toMatchObject({ ok: true, email: "new.admin@tabiji.test", created: true });
    const row = await db.admin.findUniqueOrThrow({ where: { email: "new.admin@tabiji.test" } });
    expect(row.passwordHash).not.toContain(password);
    expect(bcrypt.getRounds(row.passwordHash)).toBeGreaterThanOrEqual(BCRYPT_COST);
    expect(BCRYPT_COST).toBeGreaterThanOrEqual(12);
    expect(await db.auditEntry.count({ where: { action: "admin.create", entityKey: "new.admin@tabiji.test" } })).toBe(1);
  });

  test.each([
    { label: "a password under 12 characters", email: "a@tabiji.test", password: "short-pass1", message: /at least 12/ },
    { label: "a password over bcrypt's 72 bytes", email: "a@tabiji.test", password: "x".repeat(73), message: /72 bytes/ },
    { label: "not an email address", email: "not-an-email", password: newPassword(), message: /not an email/ },
    { label: "a common password (the security probe's)", email: "a@tabiji.test", password: "passwordpassword", message: /too common/ },
    { label: "a run of digits (the security probe's)", email: "a@tabiji.test", password: "123456789012", message: /too common/ },
    { label: "one character repeated (the security probe's)", email: "a@tabiji.test", password: "aaaaaaaaaaaa", message: /too common/ },
  ])("createAdmin refuses $label", async ({ email, password, message }) => {
    const r = await createAdmin(db, { email, password });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  test("an existing admin is not overwritten without --reset; with it, the old sessions end", async () => {
    const deps = depsFor(db);
    const { email, auth } = await signedInAdmin(deps, "reset");
    expect(await createAdmin(db, { email, password: newPassword() })).toMatchObject({ ok: false });
    expect(await authenticate(deps, auth.token)).not.toBeNull();
    expect(await createAdmin(db, { email, password: newPassword(), reset: true })).toMatchObject({ ok: true, created: false });
    expect(await authenticate(deps, auth.token)).toBeNull();
  });
});

describe(`sign-in (${dbTarget()})`, () => {
  test("unknown account and wrong password give the same answer; neither creates a session", async () => {
    const deps = depsFor(db);
    const { email } = await signedInAdmin(deps, "same");
    const sessions = await db.adminSession.count();
    const throttle = new LoginThrottle();
    const unknown = await signIn(deps, { email: "nobody@tabiji.test", password: newPassword(), client: "1.1.1.1" }, throttle);
    const wrong = await signIn(deps, { email, password: newPassword(), client: "1.1.1.1" }, throttle);
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
    expect(await db.adminSession.count()).toBe(sessions);
  });

  test("failed sign-ins are on the audit trail (account name as typed, client, time), never the password, alike for unknown and wrong", async () => {
    const deps = depsFor(db);
    const { email, auth } = await signedInAdmin(deps, "failed");
    const wrongPassword = newPassword();
    const unknownPassword = newPassword();
    const typed = email.toUpperCase(); // as the person typed it, not normalised
    await signIn(deps, { email: typed, password: wrongPassword, client: "192.0.2.44" }, new LoginThrottle());
    await signIn(deps, { email: "Nobody.Here@tabiji.test", password: unknownPassword, client: "192.0.2.45" }, new LoginThrottle());
    const rows = await db.auditEntry.findMany({ where: { action: "session.signInFailed", entityKey: { in: [typed, "Nobody.Here@tabiji.test"] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.actor, r.entityKey, r.ip, r.adminId, r.at.toISOString()])).toEqual([
      [typed, typed, "192.0.2.44", null, deps.now().toISOString()],
      ["Nobody.Here@tabiji.test", "Nobody.Here@tabiji.test", "192.0.2.45", null, deps.now().toISOString()],
    ]);
    // Never the password, in any column of any audit entry.
    const all = JSON.stringify(await db.auditEntry.findMany());
    expect(all).not.toContain(wrongPassword);
    expect(all).not.toContain(unknownPassword);
    // Visible to an admin through the data layer (what /admin/audit shows).
    const { entries } = await listAudit(auth, { entity: "AdminSession" }, deps);
    expect(entries).toEqual(expect.arrayContaining([expect.objectContaining({ action: "session.signInFailed", actor: typed, ip: "192.0.2.44" })]));
    // A throttled attempt is refused before anything is looked up, and writes nothing.
    const throttle = new LoginThrottle({ ...DEFAULT_LIMITS, pair: 1 });
    await signIn(deps, { email: "burst@tabiji.test", password: newPassword(), client: "192.0.2.46" }, throttle);
    const count = await db.auditEntry.count();
    expect(await signIn(deps, { email: "burst@tabiji.test", password: newPassword(), client: "192.0.2.46" }, throttle)).toMatchObject({ reason: "rate_limited" });
    expect(await db.auditEntry.count()).toBe(count);
  });

  test("a disabled admin cannot sign in, and its sessions stop working", async () => {
    const deps = depsFor(db);
    const { email, password, auth } = await signedInAdmin(deps, "disabled");
    await db.admin.update({ where: { email }, data: { disabledAt: deps.now() } });
    expect(await authenticate(deps, auth.token)).toBeNull();
    expect(await signIn(deps, { email, password, client: "1.1.1.2" }, new LoginThrottle())).toEqual({ ok: false, reason: "invalid" });
  });

  test("each sign-in makes a new session id, stores only its SHA-256, and revokes the token the browser brought", async () => {
    const deps = depsFor(db);
    const { email, password, auth } = await signedInAdmin(deps, "rotate");
    const again = await signIn(deps, { email, password, client: "1.1.1.3", previousToken: auth.token }, new LoginThrottle());
    if (!again.ok) throw new Error("sign-in failed");
    expect(again.token).not.toBe(auth.token);
    expect(again.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect(await db.adminSession.findUnique({ where: { id: again.token } })).toBeNull();
    expect(await db.adminSession.findUnique({ where: { id: tokenHash(again.token) } })).not.toBeNull();
    expect(await authenticate(deps, auth.token)).toBeNull();
    expect(await authenticate(deps, again.token)).toMatchObject({ email });
  });
});

describe(`session timeouts and sign-out (${dbTarget()})`, () => {
  test(`idle: valid after ${SESSION_IDLE_MS / MIN - 1} quiet minutes, gone after ${SESSION_IDLE_MS / MIN}`, async () => {
    const deps = depsFor(db, testClock());
    const { auth } = await signedInAdmin(deps, "idle");
    deps.clock.advance(SESSION_IDLE_MS - MIN);
    expect(await authenticate(deps, auth.token)).not.toBeNull(); // this use restarts the idle clock
    deps.clock.advance(SESSION_IDLE_MS - MIN);
    expect(await authenticate(deps, auth.token)).not.toBeNull();
    deps.clock.advance(SESSION_IDLE_MS);
    expect(await authenticate(deps, auth.token)).toBeNull();
  });

  test(`absolute: ends ${SESSION_ABSOLUTE_MS / 3_600_000} h after sign-in however busy`, async () => {
    const deps = depsFor(db, testClock());
    const { auth } = await signedInAdmin(deps, "absolute");
    let elapsed = 0;
    while (elapsed + 20 * MIN < SESSION_ABSOLUTE_MS) {
      deps.clock.advance(20 * MIN);
      elapsed += 20 * MIN;
      expect(await authenticate(deps, auth.token)).not.toBeNull();
    }
    deps.clock.advance(SESSION_ABSOLUTE_MS - elapsed);
    expect(await authenticate(deps, auth.token)).toBeNull();
  });

  test("sign-out ends the session in the database: the same cookie no longer works", async () => {
    const deps = depsFor(db);
    const { auth } = await signedInAdmin(deps, "signout");
    expect(await signOut(deps, auth.token)).toBe(true);
    expect(await authenticate(deps, auth.token)).toBeNull();
    expect((await db.adminSession.findUniqueOrThrow({ where: { id: tokenHash(auth.token!) } })).revokedAt).not.toBeNull();
    expect(await signOut(deps, auth.token)).toBe(false);
    const actions = (await db.auditEntry.findMany({ where: { action: { in: ["session.signIn", "session.signOut"] } } })).map((e) => e.action);
    expect(actions).toContain("session.signOut");
  });
});

describe(`sign-in throttle (${dbTarget()})`, () => {
  test("a stranger's failures (the security probe's lock-out) do not keep the admin out: from their own address they sign in at once", async () => {
    const deps = depsFor(db);
    const { email, password } = await signedInAdmin(deps, "victim"); // signed in from 10.0.0.1 before
    const throttle = new LoginThrottle();
    // The stranger fails five times from one address, then keeps trying: refused, with a wait.
    for (let i = 0; i < LOGIN_FAILURES_PER_PAIR; i++) {
      expect(await signIn(deps, { email, password: `wrong-password-${i}`, client: "203.0.113.66" }, throttle)).toEqual({ ok: false, reason: "invalid" });
    }
    for (let i = 0; i < 20; i++) {
      expect(await signIn(deps, { email, password: `another-guess-${i}`, client: "203.0.113.66" }, throttle)).toMatchObject({ ok: false, reason: "rate_limited" });
    }
    // Meanwhile the owner signs in from their own address, and from a new one too.
    expect(await signIn(deps, { email, password, client: "10.0.0.1" }, throttle)).toMatchObject({ ok: true });
    expect(await signIn(deps, { email, password, client: "198.51.100.7" }, throttle)).toMatchObject({ ok: true });
  });

  test(`after ${LOGIN_FAILURES_PER_PAIR} failures from one address the waits grow (1 s, 2 s, 4 s ...) and the right password gets in once a wait is over`, async () => {
    const deps = depsFor(db);
    const { email, password } = await signedInAdmin(deps, "typos");
    const throttle = new LoginThrottle();
    for (let i = 0; i < LOGIN_FAILURES_PER_PAIR; i++) await signIn(deps, { email, password: `typo-password-${i}`, client: "10.0.0.9" }, throttle);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await signIn(deps, { email, password, client: "10.0.0.9" }, throttle);
      if (r.ok || r.reason !== "rate_limited") throw new Error("a wait was expected");
      waits.push(r.retryAfterSeconds);
      deps.clock.advance(r.retryAfterSeconds * 1000);
      if (i < 3) expect(await signIn(deps, { email, password: `typo-again-${i}`, client: "10.0.0.9" }, throttle)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    expect(await signIn(deps, { email, password, client: "10.0.0.9" }, throttle)).toMatchObject({ ok: true });
  });

  test(`many addresses on one account: a new address waits at most ${LOGIN_ACCOUNT_MAX_DELAY_MS / 1000} s, an address the admin used before does not wait`, async () => {
    const deps = depsFor(db);
    const { email, password } = await signedInAdmin(deps, "botnet");
    const throttle = new LoginThrottle();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) await signIn(deps, { email, password: `guess-password-${i}`, client: `203.0.113.${i}` }, throttle);
    const fresh = await signIn(deps, { email, password, client: "198.51.100.8" }, throttle);
    expect(fresh).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(!fresh.ok && fresh.reason === "rate_limited" && fresh.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_ACCOUNT_MAX_DELAY_MS / 1000);
    expect(await signIn(deps, { email, password, client: "10.0.0.1" }, throttle)).toMatchObject({ ok: true });
    deps.clock.advance(LOGIN_ACCOUNT_MAX_DELAY_MS);
    expect(await signIn(deps, { email, password, client: "198.51.100.8" }, throttle)).toMatchObject({ ok: true });
  });

  test("the start of a delay is on the audit trail; admin:unlock and admin:create --reset clear the delays", async () => {
    const deps = depsFor(db);
    const { email, password } = await signedInAdmin(deps, "unlock");
    const throttle = new LoginThrottle();
    const lockOut = async (client: string) => {
      for (let i = 0; i < LOGIN_FAILURES_PER_PAIR; i++) await signIn(deps, { email, password: `wrong-password-${i}`, client }, throttle);
      deps.clock.advance(1);
    };
    await lockOut("10.0.0.5");
    expect(await signIn(deps, { email, password, client: "10.0.0.5" }, throttle)).toMatchObject({ reason: "rate_limited" });
    const locks = await db.auditEntry.findMany({ where: { action: "session.signInThrottled", entityKey: email } });
    expect(locks).toHaveLength(1);
    expect(locks[0]).toMatchObject({ ip: "10.0.0.5", adminId: null });
    expect(JSON.parse(locks[0].after!)).toEqual({ scope: "pair", waitSeconds: 1 });

    deps.clock.advance(1);
    expect(await unlockAdmin(db, { email, now: deps.now() })).toEqual({ ok: true, email });
    deps.clock.advance(1);
    expect(await signIn(deps, { email, password, client: "10.0.0.5" }, throttle)).toMatchObject({ ok: true });
    expect(await db.auditEntry.count({ where: { action: "admin.unlock", entityKey: email } })).toBe(1);
    expect(await unlockAdmin(db, { email: "nobody-here@tabiji.test" })).toMatchObject({ ok: false });

    await lockOut("10.0.0.6");
    expect(await signIn(deps, { email, password, client: "10.0.0.6" }, throttle)).toMatchObject({ reason: "rate_limited" });
    const fresh = newPassword();
    deps.clock.advance(1);
    expect(await createAdmin(db, { email, password: fresh, reset: true, now: deps.now() })).toMatchObject({ ok: true });
    deps.clock.advance(1);
    expect(await signIn(deps, { email, password: fresh, client: "10.0.0.6" }, throttle)).toMatchObject({ ok: true });
  });

  test("an unknown account gets the same delays (no hint that it does not exist)", async () => {
    const deps = depsFor(db);
    const throttle = new LoginThrottle();
    for (let i = 0; i < LOGIN_FAILURES_PER_PAIR; i++) await signIn(deps, { email: "ghost@tabiji.test", password: newPassword(), client: "203.0.113.7" }, throttle);
    expect(await signIn(deps, { email: "ghost@tabiji.test", password: newPassword(), client: "203.0.113.7" }, throttle)).toMatchObject({ reason: "rate_limited" });
  });

  test(`one client trying many accounts waits after ${LOGIN_FAILURES_PER_CLIENT} failures`, () => {
    const throttle = new LoginThrottle();
    const t = Date.now();
    for (let i = 0; i < LOGIN_FAILURES_PER_CLIENT; i++) {
      expect(throttle.check(`user${i}@x.test`, "192.0.2.1", t).ok).toBe(true);
      throttle.fail(`user${i}@x.test`, "192.0.2.1", t);
    }
    expect(throttle.check("fresh@x.test", "192.0.2.1", t)).toMatchObject({ ok: false, scope: "client" });
    expect(throttle.check("fresh@x.test", "192.0.2.2", t)).toEqual({ ok: true });
  });
});

describe(`deny by default in the data layer (${dbTarget()})`, () => {
  const bad = [
    { label: "no cookie", auth: { token: undefined } },
    { label: "an empty cookie", auth: { token: "" } },
    { label: "a made-up token", auth: { token: "A".repeat(43) } },
    { label: "a token's hash instead of the token", auth: { token: "f".repeat(64) } },
  ];
  test.each(bad)("$label: every read is refused", async ({ auth }) => {
    const deps = depsFor(db);
    await expect(requireAdmin(auth, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(currentAdmin(auth, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(listCharts(auth, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(listAudit(auth, {}, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
  });
});

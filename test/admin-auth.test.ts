// Admin sign-in and sessions on the real database: command-line creation (no default
// password, bcrypt >= 12), one answer for an unknown account and a wrong password, a
// new session id at every sign-in, idle and absolute timeouts (with a clock the test
// moves), sign-out that ends the session, the throttle per account and per client, and
// deny-by-default in the data layer.
import { afterAll, describe, expect, test } from "vitest";
import bcrypt from "bcryptjs";
import { testDb, dbTarget } from "./setup/db";
import { depsFor, newPassword, signedInAdmin, testClock } from "./admin-support";
import { createAdmin } from "@/lib/admin/create-admin";
import { authenticate, signIn, signOut } from "@/lib/admin/session";
import { LoginThrottle } from "@/lib/admin/throttle";
import { tokenHash } from "@/lib/admin/token";
import { requireAdmin } from "@/lib/admin/authorize";
import { listCharts } from "@/lib/admin/charts/read";
import { listAudit } from "@/lib/admin/audit-read";
import { currentAdmin } from "@/lib/admin/me";
import { BCRYPT_COST, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_CLIENT, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "@/lib/admin/config";

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
    const throttle = new LoginThrottle({ account: 1, client: 100, windowMs: 60_000 });
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
  test(`after ${LOGIN_FAILURES_PER_ACCOUNT} failures an account is refused with a retry time even from new addresses, and even with the right password`, async () => {
    const deps = depsFor(db);
    const { email, password } = await signedInAdmin(deps, "burst");
    const throttle = new LoginThrottle();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) {
      expect(await signIn(deps, { email, password: "wrong-password-" + i, client: `203.0.113.${i}` }, throttle)).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await signIn(deps, { email, password, client: "198.51.100.7" }, throttle);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(!refused.ok && refused.reason === "rate_limited" && refused.retryAfterSeconds).toBeGreaterThan(0);
    deps.clock.advance(15 * MIN);
    expect(await signIn(deps, { email, password, client: "198.51.100.7" }, throttle)).toMatchObject({ ok: true });
  });

  test("the same limit applies to an unknown account (no hint that it does not exist)", async () => {
    const deps = depsFor(db);
    const throttle = new LoginThrottle();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) await signIn(deps, { email: "ghost@tabiji.test", password: newPassword(), client: `203.0.113.${i}` }, throttle);
    expect(await signIn(deps, { email: "ghost@tabiji.test", password: newPassword(), client: "203.0.113.99" }, throttle)).toMatchObject({ reason: "rate_limited" });
  });

  test(`one client trying many accounts is stopped after ${LOGIN_FAILURES_PER_CLIENT} failures`, () => {
    const throttle = new LoginThrottle();
    const t = Date.now();
    for (let i = 0; i < LOGIN_FAILURES_PER_CLIENT; i++) {
      expect(throttle.check(`user${i}@x.test`, "192.0.2.1", t).ok).toBe(true);
      throttle.fail(`user${i}@x.test`, "192.0.2.1", t);
    }
    expect(throttle.check("fresh@x.test", "192.0.2.1", t)).toMatchObject({ ok: false });
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

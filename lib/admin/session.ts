// Sign-in, session check and sign-out. A session is a row keyed by the SHA-256 of a
// random cookie token; it ends after SESSION_IDLE_MS without use, SESSION_ABSOLUTE_MS
// after sign-in, or at sign-out (revokedAt), whichever comes first. Every sign-in
// makes a new token (and revokes the one the browser presented), so a token planted
// before sign-in is worthless after it.
import "server-only";
import type { AdminDeps } from "./deps";
import { writeAudit } from "./audit";
import { LOGIN_KNOWN_ADDRESS_MS, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from "./config";
import { normaliseEmail, verifyPassword } from "./password";
import { loginThrottle, type LoginThrottle } from "./throttle";
import { isTokenShaped, newSessionToken, tokenHash } from "./token";

export type AdminIdentity = { adminId: number; email: string; sessionId: string; ip: string | null };

export type SignInInput = { email: string; password: string; client: string; previousToken?: string | null };
export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; admin: { id: number; email: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function signIn(deps: AdminDeps, input: SignInInput, throttle: LoginThrottle = loginThrottle()): Promise<SignInResult> {
  const account = normaliseEmail(input.email);
  const now = deps.now();
  const t = now.getTime();
  const client = input.client.slice(0, 64);
  // admin:unlock and admin:create --reset run in another process: they leave their mark
  // on the audit trail, and the throttle forgets the failures before it.
  const unlocked = await lastUnlock(deps, account);
  if (unlocked) throttle.clear(account, unlocked.getTime());
  const knownClient = throttle.accountWaits(account, t) ? await isKnownAddress(deps, account, client, now) : false;
  const verdict = throttle.check(account, client, t, { knownClient });
  if (!verdict.ok) return { ok: false, reason: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds };

  const admin = await deps.db.admin.findUnique({ where: { email: account }, select: { id: true, email: true, passwordHash: true, disabledAt: true } });
  // Unknown, disabled and wrong password all take one bcrypt comparison and give one answer.
  const usable = admin && !admin.disabledAt ? admin : null;
  const ok = await verifyPassword(input.password, usable?.passwordHash ?? null);
  if (!ok || !usable) {
    // Counted from when the answer is known (after the ~1 s bcrypt), so a wait is a real wait.
    const started = throttle.fail(account, client, deps.now().getTime());
    // On the audit trail: the account name as typed, the client and the time; never the
    // password, and the same entry whether the account exists or not. When this failure
    // starts a delay, that is recorded too (a "lock event"), once per scope.
    const typed = input.email.slice(0, 254);
    const entries = [
      { action: "session.signInFailed", after: null as string | null },
      ...started.map((scope) => ({ action: "session.signInThrottled", after: JSON.stringify({ scope, waitSeconds: throttle.delayMs(scope, throttle.free(scope)) / 1000 }) })),
    ];
    for (const e of entries) {
      await deps.db.auditEntry.create({ data: { adminId: null, actor: typed, action: e.action, entity: "AdminSession", entityKey: typed, after: e.after, at: now, ip: client } });
    }
    return { ok: false, reason: "invalid" };
  }
  throttle.succeed(account, client);

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  const ip = client;
  await deps.db.$transaction(async (tx) => {
    if (isTokenShaped(input.previousToken)) {
      await tx.adminSession.updateMany({ where: { id: tokenHash(input.previousToken), revokedAt: null }, data: { revokedAt: now } });
    }
    await tx.adminSession.create({ data: { id: tokenHash(token), adminId: usable.id, createdAt: now, lastSeenAt: now, expiresAt, ip } });
    await writeAudit(tx, { adminId: usable.id, email: usable.email, ip }, { action: "session.signIn", entity: "AdminSession", entityKey: usable.email }, now);
  });
  return { ok: true, token, expiresAt, admin: { id: usable.id, email: usable.email } };
}

/** When admin:unlock or admin:create --reset last cleared this account's failed sign-ins. */
async function lastUnlock(deps: AdminDeps, account: string): Promise<Date | null> {
  const row = await deps.db.auditEntry.findFirst({
    where: { entity: "Admin", entityKey: account, action: { in: ["admin.unlock", "admin.resetPassword"] } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  return row?.at ?? null;
}

/** Has this admin signed in from this address recently? Then strangers' failures on the account do not make it wait. */
async function isKnownAddress(deps: AdminDeps, account: string, client: string, now: Date): Promise<boolean> {
  const session = await deps.db.adminSession.findFirst({
    where: { ip: client, createdAt: { gte: new Date(now.getTime() - LOGIN_KNOWN_ADDRESS_MS) }, admin: { email: account } },
    select: { id: true },
  });
  return session !== null;
}

/** The admin behind a cookie token, or null: unknown, revoked, idle too long, too old, or a disabled admin. */
export async function authenticate(deps: AdminDeps, token: string | null | undefined, ip: string | null = null): Promise<AdminIdentity | null> {
  if (!isTokenShaped(token)) return null;
  const id = tokenHash(token);
  const session = await deps.db.adminSession.findUnique({
    where: { id },
    select: { lastSeenAt: true, expiresAt: true, revokedAt: true, admin: { select: { id: true, email: true, disabledAt: true } } },
  });
  const now = deps.now();
  if (!session || session.revokedAt || session.admin.disabledAt) return null;
  if (now.getTime() >= session.expiresAt.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
    await deps.db.adminSession.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return { adminId: session.admin.id, email: session.admin.email, sessionId: id, ip };
}

/** Ends the session for good (the row stays, revoked). Returns whether a live session was ended. */
export async function signOut(deps: AdminDeps, token: string | null | undefined, ip: string | null = null): Promise<boolean> {
  const who = await authenticate(deps, token, ip);
  if (!who) return false;
  const now = deps.now();
  await deps.db.$transaction(async (tx) => {
    await tx.adminSession.update({ where: { id: who.sessionId }, data: { revokedAt: now } });
    await writeAudit(tx, { adminId: who.adminId, email: who.email, ip }, { action: "session.signOut", entity: "AdminSession", entityKey: who.email }, now);
  });
  return true;
}

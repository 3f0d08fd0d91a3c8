// Deny by default: every function of the admin data layer that reads or writes admin
// data starts with requireAdmin(auth). Pages, route handlers and any server action all
// go through those functions, so no path reaches admin data on the strength of the
// proxy or a layout alone (the x-middleware-subrequest class of bypass changes nothing).
import "server-only";
import type { AdminDeps } from "./deps";
import { authenticate, type AdminIdentity } from "./session";
import type { Actor } from "./audit";

/** What a request brings: the session cookie's value and the client's address (for the audit). */
export type AdminAuth = { token: string | null | undefined; ip?: string | null };

export class AdminUnauthorized extends Error {
  constructor() {
    super("Not signed in as an admin.");
    this.name = "AdminUnauthorized";
  }
}

export async function requireAdmin(auth: AdminAuth, deps: AdminDeps): Promise<AdminIdentity> {
  const who = await authenticate(deps, auth?.token, auth?.ip ?? null);
  if (!who) throw new AdminUnauthorized();
  return who;
}

export function actorOf(who: AdminIdentity): Actor {
  return { adminId: who.adminId, email: who.email, ip: who.ip };
}

export function isUnauthorized(err: unknown): err is AdminUnauthorized {
  return err instanceof AdminUnauthorized || (err as { name?: string } | null)?.name === "AdminUnauthorized";
}

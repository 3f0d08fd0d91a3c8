// Who is signed in (for the admin pages' header), checked like every other read.
import "server-only";
import { defaultDeps, type AdminDeps } from "./deps";
import { requireAdmin, type AdminAuth } from "./authorize";

export async function currentAdmin(auth: AdminAuth, deps: AdminDeps = defaultDeps()): Promise<{ email: string }> {
  const who = await requireAdmin(auth, deps);
  return { email: who.email };
}

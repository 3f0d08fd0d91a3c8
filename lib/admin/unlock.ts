// admin:unlock: ends the sign-in delays on an account (lib/admin/throttle.ts) for the
// server, which runs in another process. It writes an "admin.unlock" entry on the audit
// trail; every sign-in looks for the latest one and forgets the failures before it.
// No "server-only": scripts/admin-unlock.ts runs it outside Next.
import type { Db } from "../db/connect";
import { normaliseEmail } from "./password";

export type UnlockResult = { ok: true; email: string } | { ok: false; message: string };

export async function unlockAdmin(client: Db, input: { email: string; now?: Date }): Promise<UnlockResult> {
  const email = normaliseEmail(input.email);
  const admin = await client.admin.findUnique({ where: { email }, select: { id: true } });
  if (!admin) return { ok: false, message: `There is no admin ${email}.` };
  await client.auditEntry.create({
    data: { adminId: admin.id, actor: "command line", action: "admin.unlock", entity: "Admin", entityKey: email, at: input.now ?? new Date() },
  });
  return { ok: true, email };
}

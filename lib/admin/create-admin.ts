// Creating an admin (or setting a new password) from the command line. The only way an
// admin comes into being: whoever can run this already holds the database. No
// "server-only" here because scripts/admin-create.ts runs it outside Next.
import type { Db } from "../db/connect";
import { EMAIL_RE, hashPassword, normaliseEmail, passwordProblem } from "./password";

export type CreateAdminResult = { ok: true; id: number; email: string; created: boolean } | { ok: false; message: string };

export async function createAdmin(client: Db, input: { email: string; password: string; reset?: boolean; now?: Date }): Promise<CreateAdminResult> {
  const email = normaliseEmail(input.email);
  if (email.length > 254 || !EMAIL_RE.test(email)) return { ok: false, message: `"${input.email}" is not an email address.` };
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, message: problem };
  const existing = await client.admin.findUnique({ where: { email }, select: { id: true } });
  if (existing && !input.reset) return { ok: false, message: `An admin ${email} already exists. Use --reset to give it a new password.` };
  const passwordHash = await hashPassword(input.password);
  const now = input.now ?? new Date();
  return client.$transaction(async (tx) => {
    const admin = existing
      ? await tx.admin.update({ where: { id: existing.id }, data: { passwordHash, disabledAt: null }, select: { id: true } })
      : await tx.admin.create({ data: { email, passwordHash, createdAt: now }, select: { id: true } });
    // A new password ends every session signed in with the old one.
    if (existing) await tx.adminSession.updateMany({ where: { adminId: admin.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.auditEntry.create({
      data: { adminId: admin.id, actor: "command line", action: existing ? "admin.resetPassword" : "admin.create", entity: "Admin", entityKey: email, at: now },
    });
    return { ok: true as const, id: admin.id, email, created: !existing };
  });
}

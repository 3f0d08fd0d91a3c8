// The audit trail: one append-only AuditEntry per admin action, written in the same
// transaction as the change it describes, so there is never a change without its entry.
import "server-only";
import type { Tx } from "./deps";

export type Actor = { adminId: number; email: string; ip: string | null };

export type AuditInput = {
  action: string;
  entity: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
};

export async function writeAudit(tx: Tx, actor: Actor, entry: AuditInput, at: Date): Promise<void> {
  await tx.auditEntry.create({
    data: {
      adminId: actor.adminId,
      actor: actor.email,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.entityKey,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      at,
      ip: actor.ip?.slice(0, 64) ?? null,
    },
  });
}

// The audit trail, newest first, a page at a time; optionally one entity's entries.
import "server-only";
import { defaultDeps, type AdminDeps } from "./deps";
import { requireAdmin, type AdminAuth } from "./authorize";

export const AUDIT_PAGE_SIZE = 50;

export type AuditView = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  /** For a CSV import: the audit entry of its rollback, or null while it can still be rolled back. */
  rolledBackBy?: number | null;
};

const parse = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export async function listAudit(
  auth: AdminAuth,
  opts: { page?: number; entity?: string; entityKey?: string } = {},
  deps: AdminDeps = defaultDeps(),
): Promise<{ entries: AuditView[]; page: number; pages: number; total: number }> {
  await requireAdmin(auth, deps);
  const where = { ...(opts.entity ? { entity: opts.entity } : {}), ...(opts.entityKey ? { entityKey: opts.entityKey } : {}) };
  const total = await deps.db.auditEntry.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1)), pages);
  const rows = await deps.db.auditEntry.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, actor: true, action: true, entity: true, entityKey: true, before: true, after: true, ip: true },
  });
  // Which of the imports shown have been rolled back (a rollback's "after" names its import).
  const imports = rows.filter((r) => r.action === "table.import").map((r) => r.id);
  const undone = new Map<number, number>();
  if (imports.length) {
    const rollbacks = await deps.db.auditEntry.findMany({ where: { action: "table.rollback", id: { gt: Math.min(...imports) } }, select: { id: true, after: true } });
    for (const r of rollbacks) {
      const of = (parse(r.after) as { rollsBack?: unknown } | null)?.rollsBack;
      if (typeof of === "number") undone.set(of, r.id);
    }
  }
  const entries = rows.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    before: parse(r.before),
    after: parse(r.after),
    ...(r.action === "table.import" ? { rolledBackBy: undone.get(r.id) ?? null } : {}),
  }));
  return { entries, page, pages, total };
}

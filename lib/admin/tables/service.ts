// The admin data layer for tables: list, export, preview an import, import. Every
// function checks the session first. An import with any problem writes nothing; a
// clean one is written in one transaction together with its audit entry.
import "server-only";
import { defaultDeps, type AdminDeps } from "../deps";
import { actorOf, requireAdmin, type AdminAuth } from "../authorize";
import { writeAudit } from "../audit";
import { csvIssues, issue, zodIssues, type AdminIssue } from "../issues";
import { ZTableImport, ZTableRollback } from "../schemas";
import { toDay } from "../dates";
import { bumpDataVersion, invalidateReferenceData } from "@/lib/db/reference-data";
import type { Db } from "@/lib/db/connect";
import { checkImport, exportTable, keyOf, same, type TableDiff } from "./engine";
import { TABLES, tableSpec } from "./registry";
import type { Item, TableSpec } from "./spec";
import type { Tx } from "../deps";

export type TableSummary = { name: string; entity: string; columns: string[]; keyColumns: string[]; versioned: boolean; count: number };
export type ImportFailure = { ok: false; status: 400 | 404 | 409; issues: AdminIssue[] };
export type ImportPreview = { table: string; created: number; updated: number; unchanged: number; changes: { key: string; kind: "created" | "updated"; before: unknown; after: unknown }[] };

const unknownTable = (): ImportFailure => ({ ok: false, status: 404, issues: [issue("table", "tableNotFound")] });

export async function listTables(auth: AdminAuth, deps: AdminDeps = defaultDeps()): Promise<TableSummary[]> {
  await requireAdmin(auth, deps);
  const out: TableSummary[] = [];
  for (const t of TABLES) {
    out.push({ name: t.name, entity: t.entity, columns: t.columns.map((c) => c.name), keyColumns: t.keyColumns, versioned: t.versioned, count: (await t.load(deps.db)).length });
  }
  return out;
}

export async function exportTableCsv(auth: AdminAuth, name: string, deps: AdminDeps = defaultDeps()): Promise<{ filename: string; csv: string } | null> {
  await requireAdmin(auth, deps);
  const spec = tableSpec(name);
  if (!spec) return null;
  return { filename: `${spec.name}_${toDay(deps.now())}.csv`, csv: exportTable(spec, await spec.load(deps.db)) };
}

function previewOf(spec: TableSpec, diff: TableDiff): ImportPreview {
  return {
    table: spec.name,
    created: diff.created.length,
    updated: diff.updated.length,
    unchanged: diff.unchanged,
    changes: [
      ...diff.updated.map((u) => ({ key: u.key, kind: "updated" as const, before: u.before, after: u.after })),
      ...diff.created.map((c) => ({ key: keyOf(spec, c), kind: "created" as const, before: null, after: c })),
    ],
  };
}

async function check(client: Db, name: string, raw: unknown) {
  const spec = tableSpec(name);
  if (!spec) return unknownTable();
  const parsed = ZTableImport.safeParse(raw);
  if (!parsed.success) return { ok: false as const, status: 400 as const, issues: zodIssues(parsed.error) };
  const result = await checkImport(spec, client, parsed.data.csv);
  return result.ok ? { ok: true as const, spec, diff: result.diff } : { ok: false as const, status: 400 as const, issues: csvIssues(result.issues) };
}

/** Validates a CSV and shows what importing it would add and change. Writes nothing. */
export async function previewTableImport(auth: AdminAuth, name: string, raw: unknown, deps: AdminDeps = defaultDeps()): Promise<{ ok: true; preview: ImportPreview } | ImportFailure> {
  await requireAdmin(auth, deps);
  const checked = await check(deps.db, name, raw);
  return checked.ok ? { ok: true, preview: previewOf(checked.spec, checked.diff) } : checked;
}

/** Imports a CSV: all rows or none, in one transaction with its audit entry. */
export async function importTable(auth: AdminAuth, name: string, raw: unknown, deps: AdminDeps = defaultDeps()): Promise<{ ok: true; preview: ImportPreview } | ImportFailure> {
  const who = await requireAdmin(auth, deps);
  const now = deps.now();
  const result = await deps.db.$transaction(
    async (tx) => {
      const checked = await check(tx as unknown as Db, name, raw);
      if (!checked.ok) return checked;
      const { spec, diff } = checked;
      // Nothing new and nothing different: nothing to write or to audit.
      if (!diff.created.length && !diff.updated.length) return { ok: true as const, preview: previewOf(spec, diff), changed: false };
      for (const item of diff.created) await spec.create(tx, item);
      for (const u of diff.updated) await spec.update!(tx, u.before, u.after);
      await bumpDataVersion(tx, now);
      await writeAudit(tx, actorOf(who), {
        action: "table.import",
        entity: spec.entity,
        entityKey: spec.name,
        before: { updated: diff.updated.map((u) => u.before) },
        after: { created: diff.created, updated: diff.updated.map((u) => u.after), unchanged: diff.unchanged },
      }, now);
      return { ok: true as const, preview: previewOf(spec, diff), changed: true };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (!result.ok) return result;
  // Every table is reference data some calculator or page reads from memory.
  if (result.changed) invalidateReferenceData();
  return { ok: true, preview: result.preview };
}

export type RollbackSummary = { table: string; auditId: number; removed: number; restored: number };

const jsonOf = (text: string | null): Record<string, unknown> => {
  try {
    const v = text === null ? null : JSON.parse(text);
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};
const items = (v: unknown): Item[] => (Array.isArray(v) ? v.filter((x): x is Item => !!x && typeof x === "object") : []);

/** The audit entry that rolled back import `importId`, if any. */
async function rollbackOf(tx: Tx, importId: number): Promise<number | null> {
  const rollbacks = await tx.auditEntry.findMany({ where: { action: "table.rollback" }, select: { id: true, after: true }, orderBy: { id: "desc" }, take: 10_000 });
  return rollbacks.find((r) => jsonOf(r.after).rollsBack === importId)?.id ?? null;
}

/**
 * Undoes one CSV import, found by its audit entry: the rows it added are taken out and
 * the rows it corrected get their values from before the import back, in one
 * transaction with its own audit entry (which keeps everything it takes out). Refused
 * (409, nothing written) when a row the import wrote has changed since: roll back the
 * later import first.
 */
export async function rollbackTableImport(auth: AdminAuth, name: string, raw: unknown, deps: AdminDeps = defaultDeps()): Promise<{ ok: true; rollback: RollbackSummary } | ImportFailure> {
  const who = await requireAdmin(auth, deps);
  const spec = tableSpec(name);
  if (!spec) return unknownTable();
  const parsed = ZTableRollback.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 400, issues: zodIssues(parsed.error) };
  const now = deps.now();
  const result = await deps.db.$transaction(
    async (tx): Promise<{ ok: true; rollback: RollbackSummary } | ImportFailure> => {
      const entry = await tx.auditEntry.findUnique({ where: { id: parsed.data.auditId }, select: { id: true, action: true, entityKey: true, before: true, after: true } });
      if (!entry || entry.action !== "table.import" || entry.entityKey !== spec.name) return { ok: false, status: 404, issues: [issue("auditId", "importNotFound")] };
      const by = await rollbackOf(tx, entry.id);
      if (by !== null) return { ok: false, status: 409, issues: [issue("auditId", "alreadyRolledBack", { by })] };
      const after = jsonOf(entry.after);
      const created = items(after.created);
      const updatedAfter = items(after.updated);
      const updatedBefore = items(jsonOf(entry.before).updated);
      if ((!created.length && !updatedAfter.length) || updatedBefore.length !== updatedAfter.length || (updatedAfter.length && !spec.update)) return { ok: false, status: 409, issues: [issue("auditId", "nothingToRollBack")] };

      // Every row the import wrote must still hold what it wrote.
      const stored = new Map((await spec.load(tx as unknown as Db)).map((s) => [keyOf(spec, s), s]));
      const written = [...created, ...updatedAfter];
      const conflicts = written.map((i) => keyOf(spec, i)).filter((key, n) => {
        const current = stored.get(key);
        return !current || !same(spec, current, written[n]);
      });
      if (conflicts.length) return { ok: false, status: 409, issues: conflicts.slice(0, 500).map((key) => issue("auditId", "changedSince", { key })) };

      for (const item of created) await spec.remove(tx, item);
      for (let n = 0; n < updatedAfter.length; n++) await spec.update!(tx, updatedAfter[n], updatedBefore[n]);
      await bumpDataVersion(tx, now);
      await writeAudit(tx, actorOf(who), {
        action: "table.rollback",
        entity: spec.entity,
        entityKey: spec.name,
        before: { removed: created, updated: updatedAfter },
        after: { rollsBack: entry.id, restored: updatedBefore },
      }, now);
      return { ok: true, rollback: { table: spec.name, auditId: entry.id, removed: created.length, restored: updatedAfter.length } };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (result.ok) invalidateReferenceData();
  return result;
}

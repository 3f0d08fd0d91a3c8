// The admin data layer for tables: list, export, preview an import, import. Every
// function checks the session first. An import with any problem writes nothing; a
// clean one is written in one transaction together with its audit entry.
import "server-only";
import { defaultDeps, type AdminDeps } from "../deps";
import { actorOf, requireAdmin, type AdminAuth } from "../authorize";
import { writeAudit } from "../audit";
import { csvIssues, zodIssues, type AdminIssue } from "../issues";
import { ZTableImport } from "../schemas";
import { toDay } from "../dates";
import { invalidateAwardData } from "@/lib/db/queries/awards";
import type { Db } from "@/lib/db/connect";
import { checkImport, exportTable, keyOf, type TableDiff } from "./engine";
import { TABLES, tableSpec } from "./registry";
import type { TableSpec } from "./spec";

export type TableSummary = { name: string; entity: string; columns: string[]; keyColumns: string[]; versioned: boolean; count: number };
export type ImportFailure = { ok: false; status: 400 | 404; issues: AdminIssue[] };
export type ImportPreview = { table: string; created: number; updated: number; unchanged: number; changes: { key: string; kind: "created" | "updated"; before: unknown; after: unknown }[] };

const unknownTable: ImportFailure = { ok: false, status: 404, issues: [{ path: "table", message: "There is no such table." }] };

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
  if (!spec) return unknownTable;
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
      if (!diff.created.length && !diff.updated.length) return { ok: true as const, preview: previewOf(spec, diff), awardData: false };
      for (const item of diff.created) await spec.create(tx, item);
      for (const u of diff.updated) await spec.update!(tx, u.before, u.after);
      await writeAudit(tx, actorOf(who), {
        action: "table.import",
        entity: spec.entity,
        entityKey: spec.name,
        before: { updated: diff.updated.map((u) => u.before) },
        after: { created: diff.created, updated: diff.updated.map((u) => u.after), unchanged: diff.unchanged },
      }, now);
      return { ok: true as const, preview: previewOf(spec, diff), awardData: spec.awardData === true };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (!result.ok) return result;
  if (result.awardData) invalidateAwardData();
  return { ok: true, preview: result.preview };
}

// CSV import and export for the tables of lib/admin/tables/specs: every row validated
// (row, column, problem), then every item compared with what is stored. A file with
// any problem writes nothing; a clean file is written in one transaction with one
// audit entry holding the before and after of everything it changed. Imports add and
// correct rows; they never delete.
import "server-only";
import { csvIssue, parseCsv, toCsv, type CsvIssue } from "../csv";
import { readRows } from "../cells";
import type { Db } from "@/lib/db/connect";
import type { Item, Sourced, TableSpec } from "./spec";

export type TableDiff = {
  created: Item[];
  updated: { key: string; before: Item; after: Item }[];
  unchanged: number;
};

const cellText = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "boolean" ? String(v) : String(v));
export const keyOf = (spec: TableSpec, item: Item) => spec.keyColumns.map((c) => cellText(item[c])).join(" | ");
const names = (spec: TableSpec) => spec.columns.map((c) => c.name);
/** Items are compared on their CSV text, so 1.0 and 1 or a Date and its day compare equal. */
export const same = (spec: TableSpec, a: Item, b: Item) => {
  const rows = (x: Item) => (spec.toRows ? spec.toRows(x) : [x]).map((r) => names(spec).map((n) => cellText(r[n])).join("\u0000")).sort().join("\n");
  return rows(a) === rows(b);
};

export function exportTable(spec: TableSpec, items: Item[]): string {
  const rows = items
    .slice()
    .sort((a, b) => keyOf(spec, a).localeCompare(keyOf(spec, b)))
    .flatMap((item) => (spec.toRows ? spec.toRows(item) : [item]));
  return toCsv(names(spec), rows.map((r) => names(spec).map((n) => cellText(r[n]))));
}

/** Parses and checks a CSV against the table and the stored rows. */
export async function checkImport(spec: TableSpec, client: Db, csv: string): Promise<{ ok: true; diff: TableDiff } | { ok: false; issues: CsvIssue[] }> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return parsed;
  const { records, issues } = readRows(parsed.table, spec.columns);
  if (!parsed.table.rows.length) issues.push(csvIssue(2, null, "noRows"));
  const valid: { row: number; values: Item }[] = [];
  for (const r of records) {
    const problems = spec.check?.(r.values) ?? [];
    for (const p of problems) issues.push(csvIssue(r.row, p.column, p.code, p.params));
    if (!problems.length) valid.push(r);
  }
  const grouped = spec.group ? spec.group(valid) : { items: valid.map((r) => ({ ...r.values, _rows: [r.row] })), issues: [] };
  issues.push(...grouped.issues);
  const items: Sourced<Item>[] = [];
  const seen = new Map<string, number>();
  for (const item of grouped.items) {
    const key = keyOf(spec, item);
    const first = seen.get(key);
    if (first !== undefined) issues.push(csvIssue(item._rows[0], spec.keyColumns[0], "duplicateKey", { first, columns: spec.keyColumns.join(" + "), key }));
    else {
      seen.set(key, item._rows[0]);
      items.push(item);
    }
  }
  if (spec.references) issues.push(...(await spec.references(client, items)));

  const stored = new Map((await spec.load(client)).map((s) => [keyOf(spec, s), s]));
  const diff: TableDiff = { created: [], updated: [], unchanged: 0 };
  for (const { _rows, ...item } of items) {
    const key = keyOf(spec, item);
    const old = stored.get(key);
    if (!old) diff.created.push(item);
    else if (same(spec, old, item)) diff.unchanged++;
    else if (spec.versioned || !spec.update) {
      const changed = names(spec).filter((n) => cellText(old[n]) !== cellText(item[n]) && !spec.keyColumns.includes(n));
      issues.push(
        changed.length
          ? csvIssue(_rows[0], changed[0], "versionChanged", { key, changes: changed.map((n) => `${n} "${cellText(old[n])}" → "${cellText(item[n])}"`).join("; ") })
          : csvIssue(_rows[0], null, "versionChangedRows", { key }),
      );
    } else diff.updated.push({ key, before: old, after: item });
  }
  issues.sort((a, b) => a.row - b.row);
  return issues.length ? { ok: false, issues } : { ok: true, diff };
}

// Typed CSV cells: each column names its parser, and a parser returns either the value
// or a plain-English problem. Pure; shared by award charts and the other tables.
import type { CsvIssue, CsvTable } from "./csv";
import { mapHeader } from "./csv";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
export type Cell<T> = (raw: string) => Parsed<T>;
export type Column<T = unknown> = { name: string; parse: Cell<T> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

export const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30). */
export function isDay(raw: string): boolean {
  const m = DAY_RE.exec(raw);
  if (!m) return false;
  const d = new Date(`${raw}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw && Number(m[1]) >= 1900 && Number(m[1]) <= 2199;
}

export const day = (required = true): Cell<string | null> => (raw) => {
  if (raw === "") return required ? bad("A date is required (YYYY-MM-DD).") : ok(null);
  return isDay(raw) ? ok(raw) : bad(`"${raw}" is not a date in the form YYYY-MM-DD.`);
};

export const int = (opts: { min: number; max: number; required?: boolean; what?: string }): Cell<number | null> => (raw) => {
  if (raw === "") return opts.required === false ? ok(null) : bad("A whole number is required.");
  if (!/^-?\d+$/.test(raw)) return bad(`"${raw}" is not a whole number.`);
  const n = Number(raw);
  if (n < opts.min) return bad(opts.min === 1 ? `${raw} must be a positive whole number.` : `${raw} is below the minimum ${opts.min}.`);
  if (n > opts.max) return bad(`${raw} is above the maximum ${opts.max}.`);
  return ok(n);
};

export const decimal = (opts: { min: number; max: number }): Cell<number> => (raw) => {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return bad(`"${raw}" is not a number.`);
  const n = Number(raw);
  if (n < opts.min) return bad(opts.min === 0 ? `${raw} must not be negative.` : `${raw} is below the minimum ${opts.min}.`);
  if (n > opts.max) return bad(`${raw} is above the maximum ${opts.max}.`);
  return ok(n);
};

export const oneOf = <T extends string>(values: readonly T[], opts: { emptyAs?: T } = {}): Cell<T> => (raw) => {
  if (raw === "" && opts.emptyAs !== undefined) return ok(opts.emptyAs);
  return (values as readonly string[]).includes(raw) ? ok(raw as T) : bad(`"${raw}" is not one of: ${values.join(", ")}.`);
};

export const text = (opts: { max: number; required?: boolean; pattern?: RegExp; patternHint?: string }): Cell<string | null> => (raw) => {
  if (raw === "") return opts.required ? bad("A value is required.") : ok(null);
  if (raw.length > opts.max) return bad(`At most ${opts.max} characters (this has ${raw.length}).`);
  if (opts.pattern && !opts.pattern.test(raw)) return bad(`"${raw}" ${opts.patternHint ?? "has characters that are not allowed"}.`);
  return ok(raw);
};

export const bool: Cell<boolean> = (raw) => (raw === "true" ? ok(true) : raw === "false" ? ok(false) : bad(`"${raw}" is not true or false.`));

export const confidence = oneOf(["H", "M", "L"] as const);

/** A JSON cell checked by a guard that returns a problem or null. */
export const jsonCell = <T>(check: (value: unknown) => string | null): Cell<T> => (raw) => {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return bad(`"${raw.slice(0, 60)}" is not valid JSON.`);
  }
  const problem = check(value);
  return problem ? bad(problem) : ok(value as T);
};

export type Record_ = { row: number; values: Record<string, unknown> };

/**
 * Header check and every cell of every row: all problems, not just the first. A wrong
 * header does not stop the row checks: every column that is there is still read, so
 * one pass lists everything to fix. Only rows with every column present and valid
 * come back as records; `partial` has every row with the cells that could be read.
 */
export function readRows(table: CsvTable, columns: readonly Column[]): { records: Record_[]; partial: Record_[]; issues: CsvIssue[] } {
  const header = mapHeader(table.header, columns.map((c) => c.name));
  const issues: CsvIssue[] = header.ok ? [] : [...header.issues];
  const index = header.ok ? header.index : header.partial;
  const complete = header.ok;
  const records: Record_[] = [];
  const partial: Record_[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.length !== table.header.length) {
      issues.push({ row, column: null, message: `This row has ${cells.length} cells; the header has ${table.header.length}.` });
      continue;
    }
    const values: Record<string, unknown> = {};
    let rowOk = complete;
    for (const col of columns) {
      if (!(col.name in index)) continue;
      const parsed = col.parse(cells[index[col.name]]);
      if (parsed.ok) values[col.name] = parsed.value;
      else {
        rowOk = false;
        issues.push({ row, column: col.name, message: parsed.message });
      }
    }
    if (rowOk) records.push({ row, values });
    partial.push({ row, values });
  }
  return { records, partial, issues };
}

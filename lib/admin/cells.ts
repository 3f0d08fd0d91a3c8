// Typed CSV cells: each column names its parser, and a parser returns either the value
// or a problem (a code and its parameters, see problems.ts). Pure; shared by award
// charts and the other tables.
import type { CsvIssue, CsvTable } from "./csv";
import { csvIssue, mapHeader } from "./csv";
import type { ProblemCode, ProblemParams } from "./problems";

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; params: ProblemParams };
export type Cell<T> = (raw: string) => Parsed<T>;
export type Column<T = unknown> = { name: string; parse: Cell<T> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (code: ProblemCode, params: ProblemParams = {}): Parsed<never> => ({ ok: false, code, params });

export const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30). */
export function isDay(raw: string): boolean {
  const m = DAY_RE.exec(raw);
  if (!m) return false;
  const d = new Date(`${raw}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw && Number(m[1]) >= 1900 && Number(m[1]) <= 2199;
}

export const day = (required = true): Cell<string | null> => (raw) => {
  if (raw === "") return required ? bad("dateRequired") : ok(null);
  return isDay(raw) ? ok(raw) : bad("notDate", { value: raw });
};

export const int = (opts: { min: number; max: number; required?: boolean; what?: string }): Cell<number | null> => (raw) => {
  if (raw === "") return opts.required === false ? ok(null) : bad("intRequired");
  if (!/^-?\d+$/.test(raw)) return bad("notInt", { value: raw });
  const n = Number(raw);
  if (n < opts.min) return (opts.min === 1 ? bad("notPositive", { value: raw }) : bad("belowMin", { value: raw, min: opts.min }));
  if (n > opts.max) return bad("aboveMax", { value: raw, max: opts.max });
  return ok(n);
};

export const decimal = (opts: { min: number; max: number }): Cell<number> => (raw) => {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return bad("notNumber", { value: raw });
  const n = Number(raw);
  if (n < opts.min) return (opts.min === 0 ? bad("negative", { value: raw }) : bad("belowMin", { value: raw, min: opts.min }));
  if (n > opts.max) return bad("aboveMax", { value: raw, max: opts.max });
  return ok(n);
};

export const oneOf = <T extends string>(values: readonly T[], opts: { emptyAs?: T } = {}): Cell<T> => (raw) => {
  if (raw === "" && opts.emptyAs !== undefined) return ok(opts.emptyAs);
  return (values as readonly string[]).includes(raw) ? ok(raw as T) : bad("notOneOf", { value: raw, values: values.join(", ") });
};

/** oneOf, with an empty cell read as null. */
export const optionalOneOf = <T extends string>(values: readonly T[]): Cell<T | null> => (raw) => (raw === "" ? ok(null) : oneOf(values)(raw));

export const text = (opts: { max: number; required?: boolean; pattern?: RegExp; patternCode?: ProblemCode }): Cell<string | null> => (raw) => {
  if (raw === "") return opts.required ? bad("valueRequired") : ok(null);
  if (raw.length > opts.max) return bad("tooLong", { max: opts.max, length: raw.length });
  if (opts.pattern && !opts.pattern.test(raw)) return bad(opts.patternCode ?? "patternDefault", { value: raw });
  return ok(raw);
};

export const bool: Cell<boolean> = (raw) => (raw === "true" ? ok(true) : raw === "false" ? ok(false) : bad("notBool", { value: raw }));

export const confidence = oneOf(["H", "M", "L"] as const);

/** A JSON cell checked by a guard that returns a problem or null. */
export const jsonCell = <T>(check: (value: unknown) => { code: ProblemCode; params?: ProblemParams } | null): Cell<T> => (raw) => {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return bad("notJson", { value: raw.slice(0, 60) });
  }
  const problem = check(value);
  return problem ? bad(problem.code, problem.params) : ok(value as T);
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
      issues.push(csvIssue(row, null, "cellCount", { cells: cells.length, header: table.header.length }));
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
        issues.push(csvIssue(row, col.name, parsed.code, parsed.params));
      }
    }
    if (rowOk) records.push({ row, values });
    partial.push({ row, values });
  }
  return { records, partial, issues };
}

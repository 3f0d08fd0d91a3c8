// One issue shape for the admin API: the public API's { path, message } (api.md
// "Errors") plus a stable `code` with its `params` (the pages show the problem in their
// own language from messages/*/admin.json "problems") and, for CSV problems, the row
// and column a person looks for.
import type { z } from "zod";
import type { CsvIssue } from "./csv";
import { MAX_ISSUES } from "./config";
import { PROBLEM_CODES, problem, type ProblemCode, type ProblemParams } from "./problems";

export type AdminIssue = { path: string; code: ProblemCode; params: Record<string, string>; message: string; row?: number; column?: string | null };

export function issue(path: string, code: ProblemCode, params: ProblemParams = {}): AdminIssue {
  return { path, ...problem(code, params) };
}

export function csvIssues(list: readonly CsvIssue[], field = "csv"): AdminIssue[] {
  return list.slice(0, MAX_ISSUES).map((i) => ({
    path: `${field}.${i.row}${i.column ? `.${i.column}` : ""}`,
    code: i.code,
    params: i.params,
    message: `Row ${i.row}${i.column ? `, column ${i.column}` : ""}: ${i.message}`,
    row: i.row,
    column: i.column,
  }));
}

/** A schema's own problem: its message is a problem code (see schemas.ts). */
const isCode = (m: string): m is ProblemCode => (PROBLEM_CODES as string[]).includes(m);

export function zodIssues(error: z.ZodError): AdminIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => {
    const path = i.path.map(String).join(".");
    if (isCode(i.message)) return issue(path, i.message);
    if (i.code === "too_big" && i.origin === "string") return issue(path, "fieldTooLong", { max: String(i.maximum) });
    if (i.code === "too_small" && i.origin === "string") return issue(path, "valueRequired");
    return issue(path, "invalidValue");
  });
}

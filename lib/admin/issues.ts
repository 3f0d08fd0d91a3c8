// One issue shape for the admin API: the public API's { path, message } (api.md
// "Errors") plus, for CSV problems, the row and column a person looks for.
import type { z } from "zod";
import type { CsvIssue } from "./csv";
import { MAX_ISSUES } from "./config";

export type AdminIssue = { path: string; message: string; row?: number; column?: string | null };

export function csvIssues(list: readonly CsvIssue[], field = "csv"): AdminIssue[] {
  return list.slice(0, MAX_ISSUES).map((i) => ({ path: `${field}.${i.row}${i.column ? `.${i.column}` : ""}`, message: `Row ${i.row}${i.column ? `, column ${i.column}` : ""}: ${i.message}`, row: i.row, column: i.column }));
}

export function zodIssues(error: z.ZodError): AdminIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

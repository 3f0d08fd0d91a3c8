// Every problem the admin area reports (a CSV cell, a form field, a refused rollback) has
// a stable code and its parameters; the words live in messages/{en,ja}/admin.json under
// "problems", so the pages show them in their own language. The API also sends the
// English text as `message` (api.md "Errors"), rendered here from the same catalogue.
import { createTranslator } from "next-intl";
import en from "@/messages/en/admin.json";

export type ProblemCode = keyof typeof en.problems;
export type ProblemParams = Record<string, string | number>;
export type Problem = { code: ProblemCode; params: Record<string, string>; message: string };

export const PROBLEM_CODES = Object.keys(en.problems) as ProblemCode[];

let english: ((key: string, values?: Record<string, string>) => string) | undefined;

/** The English text of a problem. Parameters are passed as text, never re-formatted. */
export function problemText(code: ProblemCode, params: Record<string, string> = {}): string {
  english ??= createTranslator({ locale: "en", messages: { problems: en.problems }, namespace: "problems" }) as unknown as (key: string, values?: Record<string, string>) => string;
  return english(code, params);
}

export function problem(code: ProblemCode, params: ProblemParams = {}): Problem {
  const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return { code, params: p, message: problemText(code, p) };
}

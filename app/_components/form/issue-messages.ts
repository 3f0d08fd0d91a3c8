// Which words a form shows for the API's issues, in the page's language: each form
// names, per issue path, its own catalogue message (messages/<locale>/<feature>.json);
// the API's (English) message is only the fallback for a path the form does not know.
import type { ApiIssue } from "@/lib/client/api";

/** Catalogue messages by issue path ("points", "stay.cashUsd"). */
export type PathMessages = Readonly<Partial<Record<string, string>>>;

/** The message to show for each path that has an issue (the first issue of a path wins). */
export function messagesByPath(issues: readonly ApiIssue[], catalogue: PathMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) if (!(issue.path in out)) out[issue.path] = catalogue[issue.path] ?? issue.message;
  return out;
}

/** The issues no field shows (their path is not in `shown`): for the form's general alert. */
export function unplacedIssues(issues: readonly ApiIssue[], shown: PathMessages | readonly string[]): ApiIssue[] {
  const known = new Set(Array.isArray(shown) ? shown : Object.keys(shown));
  return issues.filter((i) => !known.has(i.path));
}

// Which words the page shows for an issue, in the page's language. The engine's data
// checks come with their own English and Japanese; the schema's and the address's
// issues are worded by the page's catalogue (messages/<locale>/awards.json, "errors"),
// chosen by the field and the kind of problem. Pure, so it is unit-tested.
import type { AwardIssue } from "@/lib/awards/issues";

export type IssueText = { key: string } | { text: string };

const FIELD_KEYS: Record<string, (code: string) => string> = {
  from: (c) => (c === "zod.custom" ? "sameAirport" : "airportCode"),
  to: (c) => (c === "zod.custom" ? "sameAirport" : "airportCode"),
  carrier: (c) => (c === "zod.custom" ? "carrierRequired" : "carrierCode"),
  cabin: (c) => (c === "zod.custom" ? "cabinRequired" : "cabin"),
  departs: () => "dateTime",
  arrives: (c) => (c === "zod.custom" ? "arrivalCheck" : "dateTime"),
  surface: (c) => (c === "zod.custom" ? "surfaceEnds" : "generic"),
  turnaround: (c) => (c === "zod.custom" ? "turnaround" : "generic"),
  asOf: () => "asOf",
  season: () => "season",
  programs: (c) => (c === "client.none" ? "programsNone" : "programs"),
};

/** The field an issue path names: "segments.1.from" -> "from", "programs.0" -> "programs". */
export function fieldOf(path: string): string {
  const parts = path.split(".").filter((p) => !/^\d+$/.test(p));
  return parts.at(-1) ?? "";
}

export function issueText(issue: AwardIssue, locale: string): IssueText {
  const code = issue.code ?? "";
  if (code === "itinerary" || code === "") return { text: locale === "ja" && issue.messageJa ? issue.messageJa : issue.message };
  if (code.startsWith("url.")) return { key: `errors.${code}` };
  if (code === "client.tooLong") return { key: "errors.tooLong" };
  const field = fieldOf(issue.path);
  if (issue.path === "segments") return { key: code === "zod.too_small" ? "errors.noSegments" : code === "zod.too_big" ? "errors.tooManySegments" : "errors.segments" };
  const pick = FIELD_KEYS[field];
  if (!pick) return { key: "errors.generic" };
  return { key: `errors.${pick(code)}` };
}

/** Issues keyed by path (the first one of each path wins), for showing next to fields. */
export function issuesAt(issues: readonly AwardIssue[]): Map<string, AwardIssue> {
  const out = new Map<string, AwardIssue>();
  for (const i of issues) {
    // "programs.1" is shown at the programs fieldset.
    const path = i.path.startsWith("programs") ? "programs" : i.path;
    if (!out.has(path)) out.set(path, i);
  }
  return out;
}

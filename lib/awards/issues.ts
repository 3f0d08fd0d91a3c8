// Issues as the /awards page and the API share them: the API's { path, message } plus,
// for the page, the Japanese wording of the engine's data checks and a code saying
// where the issue came from ("zod.<code>", "itinerary", "url.<code>", "client.<code>").
// Pure: the client editor validates with the same schema before it navigates.
import type { z } from "zod";

export interface AwardIssue {
  path: string;
  message: string;
  messageJa?: string;
  code?: string;
}

const MAX_ISSUES = 100;

export function issuesFromSchema(error: z.ZodError): AwardIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join("."), message: i.message, code: `zod.${i.code}` }));
}

/** The API's issue shape: { path, message } only (api.md). */
export function toApiIssues(issues: readonly AwardIssue[]): { path: string; message: string }[] {
  return issues.slice(0, MAX_ISSUES).map(({ path, message }) => ({ path, message }));
}

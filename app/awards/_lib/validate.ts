// The editor's own check before it navigates: the API's schema (ZQuoteRequest, the same
// one the route parses with) on the draft as it would be sent, plus what only the page
// needs (at least one program, an address that fits its bound). The server then adds
// the checks that need data (unknown codes, arrival before departure in real time).
import { ZQuoteRequest } from "@/lib/calculators/awards/schema";
import { issuesFromSchema, type AwardIssue } from "@/lib/awards/issues";
import { draftToRequest, serializeItinerary, URL_LIMITS, type ItineraryDraft } from "@/lib/awards/url";

export function validateDraft(draft: ItineraryDraft): AwardIssue[] {
  const issues: AwardIssue[] = [];
  const parsed = ZQuoteRequest.safeParse(draftToRequest(draft));
  if (!parsed.success) issues.push(...issuesFromSchema(parsed.error));
  if (draft.programs && draft.programs.length === 0) issues.push({ path: "programs", message: "Choose at least one program.", code: "client.none" });
  const s = new URLSearchParams(serializeItinerary(draft)).get("s") ?? "";
  if (s.length > URL_LIMITS.maxSegmentsParam) issues.push({ path: "segments", message: "The itinerary is too long for an address.", code: "client.tooLong" });
  return issues;
}

// POST /api/v1/awards/quote (api.md): checks an itinerary against every requested
// program's award rules and prices it. Bad input (schema, unknown airport or airline,
// arrival before departure in real time) -> 400 { error: "invalid_request", issues }.
import { parseJsonBody } from "@/lib/api/body";
import { invalidRequest, json } from "@/lib/api/errors";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { quoteParsed, toApiIssues } from "@/lib/awards/quote-service";
import { ZQuoteRequest } from "@/lib/calculators/awards";
import { getAwardData } from "@/lib/db/queries/awards";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZQuoteRequest);
  if (!parsed.ok) return parsed.response;
  const outcome = quoteParsed(parsed.data, await getAwardData());
  return outcome.ok ? json(outcome.quote) : invalidRequest(toApiIssues(outcome.issues));
});

export const OPTIONS = () => corsPreflight("POST");

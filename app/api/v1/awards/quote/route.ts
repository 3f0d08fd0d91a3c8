// POST /api/v1/awards/quote (api.md): checks an itinerary against every requested
// program's award rules and prices it. Bad input (schema, unknown airport or airline,
// arrival before departure in real time) -> 400 { error: "invalid_request", issues }.
// The rules behind the quotes only with ?include=rules, once per response (lib/awards/lean-quote.ts).
import { parseJsonBody, parseSearchParams } from "@/lib/api/body";
import { invalidRequest, json } from "@/lib/api/errors";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { quoteParsed, toApiIssues } from "@/lib/awards/quote-service";
import { ZQuoteRequest } from "@/lib/calculators/awards";
import { getAwardData } from "@/lib/db/queries/awards";
import { leanQuote, ZQuoteQuery } from "@/lib/awards/lean-quote";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const query = parseSearchParams(request.url, ZQuoteQuery);
  if (!query.ok) return query.response;
  const parsed = await parseJsonBody(request, ZQuoteRequest);
  if (!parsed.ok) return parsed.response;
  const outcome = quoteParsed(parsed.data, await getAwardData());
  return outcome.ok ? json(leanQuote(outcome.quote, query.data.include === "rules")) : invalidRequest(toApiIssues(outcome.issues));
});

export const OPTIONS = () => corsPreflight("POST");

// POST /api/v1/awards/quote (api.md): checks an itinerary against every requested
// program's award rules and prices it. Bad input (schema, unknown airport or airline,
// arrival before departure in real time) -> 400 { error: "invalid_request", issues }.
// The rules behind the quotes only with ?include=rules, once per response (lib/awards/lean-quote.ts).
import { parseJsonBody, parseSearchParams } from "@/lib/api/body";
import { invalidRequest, json } from "@/lib/api/errors";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { quoteParsed, toApiIssues } from "@/lib/awards/quote-service";
import { ZQuoteRequest } from "@/lib/calculators/awards";
import { getAwardData, quoteVerifiedOns } from "@/lib/db/queries/awards";
import { asOfNow } from "@/lib/db/queries/data-age";
import { leanQuote, ZQuoteQuery } from "@/lib/awards/lean-quote";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const query = parseSearchParams(request.url, ZQuoteQuery);
  if (!query.ok) return query.response;
  const parsed = await parseJsonBody(request, ZQuoteRequest);
  if (!parsed.ok) return parsed.response;
  const data = await getAwardData();
  const outcome = quoteParsed(parsed.data, data);
  if (!outcome.ok) return invalidRequest(toApiIssues(outcome.issues));
  // api.md "Data age": the oldest check among the chart versions the quotes priced with.
  const dataAsOf = asOfNow(quoteVerifiedOns(data, outcome.quote.quotes.flatMap((q) => q.charts)));
  return json({ ...leanQuote(outcome.quote, query.data.include === "rules"), dataAsOf });
});

export const OPTIONS = () => corsPreflight("POST");

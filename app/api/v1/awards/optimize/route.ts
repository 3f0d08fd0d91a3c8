// POST /api/v1/awards/optimize (api.md): the cheapest way to ticket the whole journey
// as consecutive award tickets, ranked by the user's point valuations (stored defaults
// unless the request gives its own). Bad input is answered exactly like /awards/quote:
// schema issues, then the data checks (unknown airport or airline, arrival before
// departure in real time) -> 400 { error: "invalid_request", issues }.
import { parseJsonBody } from "@/lib/api/body";
import { invalidRequest, json } from "@/lib/api/errors";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { withBookingDate } from "@/lib/awards/booking-date";
import { toApiIssues } from "@/lib/awards/issues";
import { renderIssues } from "@/lib/i18n/award-messages";
import { ItineraryError } from "@/lib/calculators/awards";
import { optimizeItinerary, ZOptimizeRequest } from "@/lib/calculators/optimizer";
import { getAwardData, quoteVerifiedOns } from "@/lib/db/queries/awards";
import { asOfNow } from "@/lib/db/queries/data-age";
import { getValuations } from "@/lib/db/queries/valuations";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZOptimizeRequest);
  if (!parsed.ok) return parsed.response;
  const [data, valuations] = await Promise.all([getAwardData(), getValuations()]);
  try {
    const result = optimizeItinerary(withBookingDate(parsed.data), data, valuations);
    // api.md "Data age": the oldest check among the chart versions the plan's tickets priced with.
    const charts = [...result.tickets, ...result.alternatives.flatMap((a) => a.tickets)].flatMap((t) => t.charts);
    return json({ ...result, dataAsOf: asOfNow(quoteVerifiedOns(data, charts)) });
  } catch (err) {
    // The optimizer runs validateItinerary's checks while resolving the journey.
    if (err instanceof ItineraryError) return invalidRequest(toApiIssues(renderIssues(err.issues)));
    throw err;
  }
});

export const OPTIONS = () => corsPreflight("POST");

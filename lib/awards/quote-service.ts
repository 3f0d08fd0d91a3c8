// The one path from a quote request to a quote, shared by POST /api/v1/awards/quote and
// the /awards page (both pass getAwardData()) so they cannot disagree: parse with
// ZQuoteRequest, check against the data (unknown airport or airline, arrival before
// departure in real time, a segment leaving before the previous one arrived), then quote. Problems come back as issues
// with the API's paths ("segments.1.from"); the page also gets the Japanese wording.
import "server-only";
import { ItineraryError, quoteItinerary, ZQuoteRequest, type AwardData, type TQuoteRequest } from "@/lib/calculators/awards";
import { renderIssues, renderQuote, type RenderedQuoteResponse } from "@/lib/i18n/award-messages";
import { withBookingDate } from "./booking-date";
import { issuesFromSchema, type AwardIssue } from "./issues";

export { toApiIssues, type AwardIssue } from "./issues";

export type QuoteOutcome = { ok: true; request: TQuoteRequest; quote: RenderedQuoteResponse } | { ok: false; issues: AwardIssue[] };

const MAX_ISSUES = 100;

/**
 * Checks and quotes a request that passed ZQuoteRequest. quoteItinerary runs the same
 * data checks as validateItinerary and throws them as an ItineraryError: catching it
 * resolves the itinerary once instead of twice on the hot path.
 */
export function quoteParsed(request: TQuoteRequest, data: AwardData): QuoteOutcome {
  try {
    // No booking date: priced as booked today (api.md), never by the travel date.
    // The words are put together here, once, from the engine's codes (api.md "Messages").
    return { ok: true, request, quote: renderQuote(quoteItinerary(withBookingDate(request), data)) };
  } catch (err) {
    if (!(err instanceof ItineraryError)) throw err;
    return { ok: false, issues: renderIssues(err.issues.slice(0, MAX_ISSUES)).map((i) => ({ ...i, code: "itinerary" })) };
  }
}

/** Parses any value (a JSON body, the page's address decoded) and quotes it. */
export function quoteRaw(raw: unknown, data: AwardData): QuoteOutcome {
  const parsed = ZQuoteRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: issuesFromSchema(parsed.error) };
  return quoteParsed(parsed.data, data);
}

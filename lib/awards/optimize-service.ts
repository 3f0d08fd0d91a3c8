// The /awards page's Optimize view: the same optimizer as POST /api/v1/awards/optimize,
// on a request the checker has already parsed and validated (quote-service.ts), with
// the valuations the address carries (view-url.ts, already held to ZValuations' rules).
import "server-only";
import { ItineraryError, type AwardData, type TQuoteRequest } from "@/lib/calculators/awards";
import { optimizeItinerary, type TOptimizeResponse, type ValuationRow } from "@/lib/calculators/optimizer";
import { withBookingDate } from "./booking-date";
import type { AwardIssue } from "./issues";
import { renderIssues } from "@/lib/i18n/award-messages";

export type OptimizeOutcome = { ok: true; result: TOptimizeResponse } | { ok: false; issues: AwardIssue[] };

const MAX_ISSUES = 100;

export function optimizeParsed(request: TQuoteRequest, valuations: Record<string, number>, data: AwardData, rows: readonly ValuationRow[]): OptimizeOutcome {
  try {
    return { ok: true, result: optimizeItinerary(withBookingDate({ ...request, valuations }), data, rows) };
  } catch (err) {
    if (!(err instanceof ItineraryError)) throw err;
    return { ok: false, issues: renderIssues(err.issues.slice(0, MAX_ISSUES)).map((i) => ({ ...i, code: "itinerary" })) };
  }
}

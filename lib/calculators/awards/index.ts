/**
 * Award itinerary engine: checks an itinerary against each program's award
 * rules and prices it from the chart in force (POST /api/v1/awards/quote).
 * Pure: charts, rules, mileages and airports come in as data.
 *
 * @example
 * ```ts
 * import { quoteItinerary, validateItinerary } from "@/lib/calculators/awards";
 * const data = { airports, airlines, ...awardSeed }; // build once, reuse
 * const request = {
 *   segments: [
 *     { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" },
 *     { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" },
 *   ],
 *   programs: ["JAL", "BA"],
 * };
 * const issues = validateItinerary(request, data); // [] -> quotable
 * const quote = quoteItinerary(request, data);
 * quote.stops;  // [{ airport: "HEL", kind: "stopover", hours: 49.83, ... }]
 * quote.quotes; // JAL jal / partner / oneworld, BA perSegment / multiCarrier, each valid or with violations
 * ```
 */
export { quoteItinerary, DEFAULT_TRANSFER_MAX_HOURS } from "./quote";
export type { AwardQuote, QuoteResponse, QuoteSegment } from "./quote";
export { validateItinerary, ItineraryError } from "./itinerary";
// Tickets of a journey (for the optimizer): resolve once, quote any run of segments.
export { resolveJourney, openTicket, quoteTicket, ticketDate, ticketRules, awardDef, hasChartOn, quickVerdict, unpriceableFromHereOn, breaksForLongerTickets } from "./journey";
export type { Journey, TicketQuote } from "./journey";
export { ticketUsage } from "./usage";
export type { TicketUsage } from "./usage";
export type { TicketContext } from "./ticket";
export { AWARDS } from "./awards";
export type { AwardDef } from "./awards";
export type { ItineraryIssue } from "./itinerary";
export { prepareAwardData } from "./prepare";
export type { PreparedAwardData, CompiledChart } from "./prepare";
export { classifyStops, returnsToOrigin } from "./stops";
export { wgs84Miles, geodesicMiles } from "./distance";
export { localToUtc } from "./time";
export { awardDataFromRows, airlineFromRow } from "./from-rows";
export * from "./types";
export { ZQuoteRequest, ZQuoteResponse } from "./schema";
export type { TQuoteRequest, TQuoteResponse } from "./schema";

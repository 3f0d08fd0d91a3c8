/**
 * Resolves a request against the data: airports and airlines by code, local
 * times to instants in each airport's zone, WGS84 and published distances.
 * Also the checks that need data (`validateItinerary`): unknown codes, a
 * segment arriving before it departs, a segment leaving before the previous
 * one arrived. A gap between segments is not an error: the contract allows it
 * as an open jaw, and it is reported in `stops`.
 */
import { airportDistance, codesOf, prepareAwardData, type PreparedAwardData } from "./prepare";
import { dayOf, isValidTimeZone, localToUtc } from "./time";
import type { AwardData, Cabin, Coded, MessageParams, QuoteRequestInput, ResolvedSegment, Season } from "./types";

/** A data check that failed: where (the API's path) and what, as a code with parameters. */
export interface ItineraryIssue extends Coded {
  path: string;
}

export interface ResolvedItinerary {
  segments: ResolvedSegment[];
  asOf: string;
  asOfDay: number;
  season: Season | null;
}

/** Thrown by `quoteItinerary` when `validateItinerary` would report issues. */
export class ItineraryError extends Error {
  constructor(readonly issues: ItineraryIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.code}`).join("; "));
    this.name = "ItineraryError";
  }
}

export function resolveItinerary(
  request: QuoteRequestInput,
  p: PreparedAwardData,
): { itinerary: ResolvedItinerary; issues: ItineraryIssue[] } {
  const issues: ItineraryIssue[] = [];
  const issue = (path: string, code: string, params: MessageParams = {}) => issues.push({ path, code, params });
  const segments: ResolvedSegment[] = [];
  const first = request.segments[0];
  const asOf = request.asOf ?? (first ? first.departs.slice(0, 10) : "1970-01-01");
  const asOfDay = dayOf(asOf);
  request.segments.forEach((s, i) => {
    const fromCode = s.from.toUpperCase();
    const toCode = s.to.toUpperCase();
    const from = p.airports.get(fromCode);
    const to = p.airports.get(toCode);
    if (!from) issue(`segments.${i}.from`, "itinerary.unknownAirport", { code: fromCode });
    if (!to) issue(`segments.${i}.to`, "itinerary.unknownAirport", { code: toCode });
    const surface = s.surface === true;
    const carrierCode = s.carrier?.toUpperCase();
    const carrier = carrierCode ? p.airlines.get(carrierCode) ?? null : null;
    if (!surface && !carrierCode) {
      issue(`segments.${i}.carrier`, "itinerary.carrierRequired");
    } else if (carrierCode && !carrier && !surface) {
      issue(`segments.${i}.carrier`, "itinerary.unknownAirline", { code: carrierCode });
    }
    if (!from || !to) return;
    for (const [a, field] of [[from, "from"], [to, "to"]] as const) {
      if (!isValidTimeZone(a.timeZone)) {
        issue(`segments.${i}.${field}`, "itinerary.unknownTimeZone", { airport: a.iata, timeZone: a.timeZone });
        return;
      }
    }
    const departsUtc = localToUtc(s.departs, from.timeZone);
    const arrivesUtc = localToUtc(s.arrives, to.timeZone);
    if (Number.isNaN(departsUtc)) issue(`segments.${i}.departs`, "itinerary.badDateTime");
    if (Number.isNaN(arrivesUtc)) issue(`segments.${i}.arrives`, "itinerary.badDateTime");
    if (arrivesUtc <= departsUtc) {
      issue(`segments.${i}.arrives`, "itinerary.arrivesBeforeDeparts", {
        segment: i + 1,
        from: fromCode,
        to: toCode,
        arrivesAt: { local: s.arrives, airport: to.iata, city: to.city },
        departsAt: { local: s.departs, airport: from.iata, city: from.city },
      });
    }
    const prev = segments[segments.length - 1];
    if (prev && prev.index === i - 1 && departsUtc < prev.arrivesUtc) {
      issue(`segments.${i}.departs`, "itinerary.departsBeforePrevious", { segment: i + 1, from: fromCode, to: toCode, previous: i });
    }
    segments.push({
      index: i,
      from,
      to,
      carrier: surface ? null : carrier,
      cabin: (s.cabin ?? "economy") as Cabin,
      surface,
      turnaround: s.turnaround === true,
      departs: s.departs,
      arrives: s.arrives,
      departsUtc,
      arrivesUtc,
      departsDay: dayOf(s.departs),
      distanceMiles: airportDistance(p, from, to),
      tpmMiles: p.tpm.lookup("*", codesOf(p, from.iata), codesOf(p, to.iata), asOfDay),
    });
  });
  if (request.segments.length === 0) issue("segments", "itinerary.noSegments");
  return { itinerary: { segments, asOf, asOfDay, season: request.season ?? null }, issues };
}

/**
 * Checks that need the data: returns issues as `{ path: "segments.1.arrives", message }`
 * (empty when the itinerary can be quoted). Run after `ZQuoteRequest` parsing.
 */
export function validateItinerary(request: QuoteRequestInput, data: AwardData | PreparedAwardData): ItineraryIssue[] {
  return resolveItinerary(request, prepareAwardData(data)).issues;
}

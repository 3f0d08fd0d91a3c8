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
import type { AwardData, Cabin, QuoteRequestInput, ResolvedSegment, Season } from "./types";
import { localTimeText } from "./local-time-text";

export interface ItineraryIssue {
  path: string;
  message: string;
  messageJa: string;
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
    super(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
    this.name = "ItineraryError";
  }
}

export function resolveItinerary(
  request: QuoteRequestInput,
  p: PreparedAwardData,
): { itinerary: ResolvedItinerary; issues: ItineraryIssue[] } {
  const issues: ItineraryIssue[] = [];
  const segments: ResolvedSegment[] = [];
  const first = request.segments[0];
  const asOf = request.asOf ?? (first ? first.departs.slice(0, 10) : "1970-01-01");
  const asOfDay = dayOf(asOf);
  request.segments.forEach((s, i) => {
    const fromCode = s.from.toUpperCase();
    const toCode = s.to.toUpperCase();
    const from = p.airports.get(fromCode);
    const to = p.airports.get(toCode);
    if (!from) issues.push({ path: `segments.${i}.from`, message: `Unknown airport ${fromCode}.`, messageJa: `不明な空港コードです: ${fromCode}` });
    if (!to) issues.push({ path: `segments.${i}.to`, message: `Unknown airport ${toCode}.`, messageJa: `不明な空港コードです: ${toCode}` });
    const surface = s.surface === true;
    const carrierCode = s.carrier?.toUpperCase();
    const carrier = carrierCode ? p.airlines.get(carrierCode) ?? null : null;
    if (!surface && !carrierCode) {
      issues.push({ path: `segments.${i}.carrier`, message: "A flight segment needs a carrier.", messageJa: "航空会社を指定してください。" });
    } else if (carrierCode && !carrier && !surface) {
      issues.push({ path: `segments.${i}.carrier`, message: `Unknown airline ${carrierCode}.`, messageJa: `不明な航空会社コードです: ${carrierCode}` });
    }
    if (!from || !to) return;
    for (const [a, field] of [[from, "from"], [to, "to"]] as const) {
      if (!isValidTimeZone(a.timeZone)) {
        issues.push({ path: `segments.${i}.${field}`, message: `Airport ${a.iata} has an unknown time zone (${a.timeZone}).`, messageJa: `${a.iata} のタイムゾーンが不明です(${a.timeZone})。` });
        return;
      }
    }
    const departsUtc = localToUtc(s.departs, from.timeZone);
    const arrivesUtc = localToUtc(s.arrives, to.timeZone);
    if (Number.isNaN(departsUtc)) issues.push({ path: `segments.${i}.departs`, message: "Use a real local date-time YYYY-MM-DDTHH:mm.", messageJa: "日時は YYYY-MM-DDTHH:mm 形式の実在する日時で指定してください。" });
    if (Number.isNaN(arrivesUtc)) issues.push({ path: `segments.${i}.arrives`, message: "Use a real local date-time YYYY-MM-DDTHH:mm.", messageJa: "日時は YYYY-MM-DDTHH:mm 形式の実在する日時で指定してください。" });
    if (arrivesUtc <= departsUtc) {
      issues.push({
        path: `segments.${i}.arrives`,
        message: `Segment ${i + 1} (${fromCode}-${toCode}) arrives ${localTimeText(s.arrives, to, "en")}, not after it departs ${localTimeText(s.departs, from, "en")}.`,
        messageJa: `区間${i + 1}(${fromCode}-${toCode})の到着(${localTimeText(s.arrives, to, "ja")})が出発(${localTimeText(s.departs, from, "ja")})より後になっていません。`,
      });
    }
    const prev = segments[segments.length - 1];
    if (prev && prev.index === i - 1 && departsUtc < prev.arrivesUtc) {
      issues.push({
        path: `segments.${i}.departs`,
        message: `Segment ${i + 1} (${fromCode}-${toCode}) departs before segment ${i} arrives.`,
        messageJa: `区間${i + 1}(${fromCode}-${toCode})は区間${i}の到着より前に出発しています。`,
      });
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
  if (request.segments.length === 0) issues.push({ path: "segments", message: "Give at least one segment.", messageJa: "区間を1つ以上指定してください。" });
  return { itinerary: { segments, asOf, asOfDay, season: request.season ?? null }, issues };
}

/**
 * Checks that need the data: returns issues as `{ path: "segments.1.arrives", message }`
 * (empty when the itinerary can be quoted). Run after `ZQuoteRequest` parsing.
 */
export function validateItinerary(request: QuoteRequestInput, data: AwardData | PreparedAwardData): ItineraryIssue[] {
  return resolveItinerary(request, prepareAwardData(data)).issues;
}

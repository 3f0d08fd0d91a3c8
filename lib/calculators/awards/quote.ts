/**
 * quoteItinerary: resolves the itinerary, classifies its stops, checks every
 * requested program's award types against their rules (data) and prices the
 * valid ones from the chart version in force on `asOf`.
 */
import { AWARDS } from "./awards";
export { DEFAULT_TRANSFER_MAX_HOURS } from "./ticket";
export type { AwardQuote } from "./ticket";
import { ItineraryError, resolveItinerary } from "./itinerary";
import { warning } from "./messages";
import { prepareAwardData, rulesFor, type PreparedAwardData } from "./prepare";
import { quoteAward, ticketContext, type AwardQuote } from "./ticket";
import {
  PROGRAMS,
  type AwardData,
  type AwardType,
  type Cabin,
  type PriceKind,
  type ProgramCode,
  type QuoteRequestInput,
  type ResolvedSegment,
  type Stop,
  type Warning,
} from "./types";

export interface QuoteSegment {
  from: string;
  to: string;
  carrier: string | null;
  cabin: Cabin | null; // null on a surface sector
  departs: string;
  arrives: string;
  surface: boolean;
  distanceMiles: number;
  tpmMiles: number | null;
}

export interface QuoteResponse {
  asOf: string;
  segments: QuoteSegment[];
  stops: Stop[];
  totalMiles: number;
  quotes: AwardQuote[];
  best: {
    program: ProgramCode;
    award: AwardType;
    price: number;
    currency: string;
    valueUsd: number | null;
    priceKind: PriceKind | null;
    /** True when an estimate could change the order (the best is an estimate, or another's range reaches below the best's). */
    estimateDecides: boolean;
  } | null;
  warnings: Warning[];
}

export function quoteItinerary(request: QuoteRequestInput, data: AwardData | PreparedAwardData): QuoteResponse {
  const p = prepareAwardData(data);
  const { itinerary, issues } = resolveItinerary(request, p);
  if (issues.length) throw new ItineraryError(issues);
  const segs = itinerary.segments;
  const day = itinerary.asOfDay;
  const ctx = ticketContext(p, segs, segs, day, itinerary.asOf, itinerary.season);
  ctx.withSeasons = true;
  const { global, stops, flown } = ctx;
  const warnings: Warning[] = [];

  const quotes: AwardQuote[] = [];
  const fallbackKeys: string[] = [...global.fallbackKeys];
  for (const program of request.programs ?? PROGRAMS) {
    for (const def of AWARDS[program]) {
      const rules = rulesFor(p, program, def.award, day);
      for (const k of rules.fallbackKeys) if (!global.fallbackKeys.includes(k)) fallbackKeys.push(`${program}.${def.award}.${k}`);
      quotes.push(quoteAward(ctx, program, def, rules));
    }
  }

  if (fallbackKeys.length) {
    warnings.push(warning("rules.dateFallback", { asOf: itinerary.asOf, count: fallbackKeys.length, keys: fallbackKeys }));
  }
  for (const st of stops) {
    if (st.openJaw && !st.surface) {
      warnings.push(warning("itinerary.openJaw", { segment: st.index + 1, airport: st.airport, next: st.index + 2, departsFrom: st.departsFrom }));
    }
  }

  let totalMiles = 0;
  for (const s of flown) totalMiles += s.distanceMiles;
  return {
    asOf: itinerary.asOf,
    segments: segs.map(toQuoteSegment),
    stops,
    totalMiles,
    quotes,
    best: pickBest(quotes, p.valuations),
    warnings,
  };
}

function toQuoteSegment(s: ResolvedSegment): QuoteSegment {
  return {
    from: s.from.iata,
    to: s.to.iata,
    carrier: s.carrier?.code ?? null,
    cabin: s.surface ? null : s.cabin,
    departs: s.departs,
    arrives: s.arrives,
    surface: s.surface,
    distanceMiles: s.distanceMiles,
    tpmMiles: s.tpmMiles,
  };
}

/**
 * The cheapest valid priced quote. Currencies differ (JAL miles vs Avios), so
 * when every candidate's currency has a stored valuation the ranking is by
 * value in cents; otherwise by the raw number (api.md: "the cheapest").
 */
function pickBest(quotes: AwardQuote[], valuations: ReadonlyMap<string, number>): QuoteResponse["best"] {
  const priced = quotes.filter((q) => q.valid && q.price !== null);
  if (!priced.length) return null;
  const allValued = priced.every((q) => valuations.has(q.currency));
  const v = allValued ? valuations : null;
  let best = priced[0];
  for (const q of priced) if (valueOf(q, q.price!, v) < valueOf(best, best.price!, v)) best = q;
  const cents = valuations.get(best.currency);
  // USD to the cent: value = points x cents per point / 100.
  const valueUsd = cents === undefined ? null : Math.round(best.price! * cents) / 100;
  // Estimates rank by their middle (`price`); whether the order could flip within the ranges.
  const bestHi = best.priceRange ? best.priceRange.max : best.price!;
  const estimateDecides = priced.some((q) => q !== best && (q.priceKind === "estimate" || best.priceKind === "estimate") && valueOf(q, q.priceRange ? q.priceRange.min : q.price!, v) <= valueOf(best, bestHi, v));
  return { program: best.program, award: best.award, price: best.price!, currency: best.currency, valueUsd, priceKind: best.priceKind, estimateDecides };
}

/** Points `x` of a quote's currency as cents when every candidate is valued (`valuations` given), else the raw number. */
function valueOf(q: AwardQuote, x: number, valuations: ReadonlyMap<string, number> | null): number {
  return valuations ? x * valuations.get(q.currency)! : x;
}

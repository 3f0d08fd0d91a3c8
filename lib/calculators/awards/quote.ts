/**
 * quoteItinerary: resolves the itinerary, classifies its stops, checks every
 * requested program's award types against their rules (data) and prices the
 * valid ones from the chart version in force on `asOf`.
 */
import { AWARDS } from "./awards";
import { ItineraryError, resolveItinerary } from "./itinerary";
import { warning } from "./messages";
import { airportDistance, prepareAwardData, rulesFor, type PreparedAwardData } from "./prepare";
import { priceTrip, type SegmentPrice } from "./pricing";
import type { RuleContext } from "./rules/common";
import type { RuleSet, RuleSummary } from "./rules/ruleset";
import { airportPoint, classifyStops, metroCity, type StopOptions } from "./stops";
import {
  PROGRAMS,
  type AirportInput,
  type AwardData,
  type AwardType,
  type Cabin,
  type ChartMeta,
  type ProgramCode,
  type QuoteRequestInput,
  type ResolvedSegment,
  type Season,
  type Stop,
  type Violation,
  type Warning,
} from "./types";

/** facts §1: a stopover is a stay of more than 24 hours (used if no rule row says otherwise). */
export const DEFAULT_TRANSFER_MAX_HOURS = 24;

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

export interface AwardQuote {
  program: ProgramCode;
  award: AwardType;
  valid: boolean;
  violations: Violation[];
  warnings: Warning[];
  price: number | null;
  currency: string;
  totalMiles: number;
  distanceBasis: string;
  cabin: Cabin | null;
  season: Season | null;
  chart: ChartMeta | null;
  charts: ChartMeta[];
  segmentPrices: SegmentPrice[] | null;
  note: string | null;
  noteJa: string | null;
  /** "city" when the program treats a metropolitan city as one point (JAL). */
  pointLevel: "airport" | "city";
  /** The stops as this program sees them, when they differ from the top-level ones. */
  stops: Stop[] | null;
  rules: RuleSummary[];
}

export interface QuoteResponse {
  asOf: string;
  segments: QuoteSegment[];
  stops: Stop[];
  totalMiles: number;
  quotes: AwardQuote[];
  best: { program: ProgramCode; award: AwardType; price: number; currency: string; valueUsd: number | null } | null;
  warnings: Warning[];
}

const cityKeys = new WeakMap<object, (a: AirportInput) => string>();
const noGroups = {};

/** Point key of a program that sees cities: its own `cityGroups`, else the airport's metro code. */
function cityPointKey(rules: RuleSet): (a: AirportInput) => string {
  // Memoised on the parsed `cityGroups` value, shared by all awards of a program.
  const groups = rules.object<Record<string, string[]>>("cityGroups") ?? noGroups;
  let fn = cityKeys.get(groups);
  if (fn) return fn;
  const map = new Map<string, string>();
  for (const [city, members] of Object.entries(groups)) if (Array.isArray(members)) for (const m of members) map.set(m, city);
  fn = (a) => map.get(a.iata) ?? metroCity(a);
  cityKeys.set(groups, fn);
  return fn;
}

/** True when two stop lists classify every stop the same way (then a quote need not repeat them). */
function sameStops(a: readonly Stop[], b: readonly Stop[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i].kind !== b[i].kind || a[i].city !== b[i].city || a[i].openJaw !== b[i].openJaw) return false;
  }
  return true;
}

export function quoteItinerary(request: QuoteRequestInput, data: AwardData | PreparedAwardData): QuoteResponse {
  const p = prepareAwardData(data);
  const { itinerary, issues } = resolveItinerary(request, p);
  if (issues.length) throw new ItineraryError(issues);
  const segs = itinerary.segments;
  const day = itinerary.asOfDay;
  const global = rulesFor(p, "*", "*", day);
  const transferMaxMinutes = (global.num("transferMaxHours") ?? DEFAULT_TRANSFER_MAX_HOURS) * 60;
  const distance = (a: AirportInput, b: AirportInput) => airportDistance(p, a, b);
  const baseOpts: StopOptions = { pointKey: airportPoint, cityKey: metroCity, transferMaxMinutes, distance };
  const stops = classifyStops(segs, baseOpts);
  const flown = segs.filter((s) => !s.surface);
  const first = segs[0];
  const last = segs[segs.length - 1];
  const returnsToOriginCountry = first.from.country === last.to.country;
  const warnings: Warning[] = [];

  const quotes: AwardQuote[] = [];
  const stopsMemo = new Map<(a: AirportInput) => string, Map<string, Stop[]>>();
  const milesMemo = new Map<string, number[]>();
  const fallbackKeys: string[] = [...global.fallbackKeys];
  for (const program of request.programs ?? PROGRAMS) {
    const currency = p.programs.get(program)?.currency ?? program;
    for (const def of AWARDS[program]) {
      const rules = rulesFor(p, program, def.award, day);
      for (const k of rules.fallbackKeys) if (!global.fallbackKeys.includes(k)) fallbackKeys.push(`${program}.${def.award}.${k}`);
      const cityLevel = rules.str("pointLevel") === "city";
      const ownMax = rules.num("transferMaxHours");
      const maxMinutes = ownMax !== undefined ? ownMax * 60 : transferMaxMinutes;
      const pointKey = cityLevel ? cityPointKey(rules) : airportPoint;
      let ownStops = stops;
      let opts = baseOpts;
      if (pointKey !== airportPoint || maxMinutes !== transferMaxMinutes) {
        const memoKey = `${maxMinutes}`;
        let byKey = stopsMemo.get(pointKey);
        if (!byKey) stopsMemo.set(pointKey, (byKey = new Map()));
        opts = { ...baseOpts, pointKey, cityKey: cityLevel ? pointKey : metroCity, transferMaxMinutes: maxMinutes };
        const memo = byKey.get(memoKey);
        if (memo) ownStops = memo;
        else byKey.set(memoKey, (ownStops = classifyStops(segs, opts)));
      }
      const ctx: RuleContext = {
        segments: segs,
        flown,
        stops: ownStops,
        rules,
        airlines: p.airlines,
        prefix: def.prefix,
        awardEn: def.en,
        awardJa: def.ja,
        returnsToOriginCountry,
        originCity: opts.pointKey(first.from),
        destinationCity: opts.pointKey(last.to),
      };
      const violations = def.check(ctx);
      const priced = priceTrip({ p, program, award: def.award, rules, segments: segs, day, season: itinerary.season, returnsToOriginCountry, asOf: itinerary.asOf, milesMemo });
      const valid = violations.length === 0;
      quotes.push({
        program,
        award: def.award,
        valid,
        violations,
        warnings: priced.warnings,
        // An invalid quote never has a price (api.md).
        price: valid ? priced.price : null,
        currency,
        totalMiles: priced.totalMiles,
        distanceBasis: priced.distanceBasis,
        cabin: priced.cabin,
        season: priced.season,
        chart: priced.chart,
        charts: priced.charts,
        segmentPrices: priced.segmentPrices,
        note: priced.note?.message ?? null,
        noteJa: priced.note?.messageJa ?? null,
        pointLevel: cityLevel ? "city" : "airport",
        stops: ownStops === stops || sameStops(stops, ownStops) ? null : ownStops,
        rules: rules.summary(),
      });
    }
  }

  if (fallbackKeys.length) {
    const keys = fallbackKeys.join(", ");
    warnings.push(warning("rules.dateFallback", `No rule version was in force yet on ${itinerary.asOf} for ${keys}; the earliest stored version was used.`, `${itinerary.asOf}時点で有効な規定がないため、登録済みの最も古い規定を使いました: ${keys}`));
  }
  for (const st of stops) {
    if (st.openJaw && !st.surface) {
      warnings.push(warning("itinerary.openJaw", `Segment ${st.index + 1} ends at ${st.airport} but segment ${st.index + 2} leaves from ${st.departsFrom}: treated as an open jaw.`, `区間${st.index + 1}は${st.airport}着、区間${st.index + 2}は${st.departsFrom}発のため、オープンジョーとして扱います。`));
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
  const cost = (q: AwardQuote) => (allValued ? q.price! * valuations.get(q.currency)! : q.price!);
  let best = priced[0];
  for (const q of priced) if (cost(q) < cost(best)) best = q;
  const cents = valuations.get(best.currency);
  // USD to the cent: value = points x cents per point / 100.
  const valueUsd = cents === undefined ? null : Math.round(best.price! * cents) / 100;
  return { program: best.program, award: best.award, price: best.price!, currency: best.currency, valueUsd };
}

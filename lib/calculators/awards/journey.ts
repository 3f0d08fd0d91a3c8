/**
 * A journey split into tickets: resolve the itinerary once (airports, local
 * times, distances), then quote any consecutive run of its segments as a
 * ticket of its own. Used by the optimizer, which quotes up to 136 runs of a
 * 16-segment journey: the per-segment work is done once here, and each ticket
 * is checked exactly as `quoteItinerary` would check it as a request of its
 * own (its own first departure sets the rules and charts, unless `asOf` is
 * given; its own first and last points decide round trip and turnaround).
 */
import { AWARDS, type AwardDef } from "./awards";
import { ItineraryError, resolveItinerary } from "./itinerary";
import { chartFor, intervalOf, prepareAwardData, rulesFor, type PreparedAwardData } from "./prepare";
import { milesList, type MilesMemo, type PricingInput, type SegmentMemo } from "./pricing";
import type { RuleSet } from "./rules/ruleset";
import { quoteAward, ticketContext, type AwardQuote, type TicketContext } from "./ticket";
import { dayOf } from "./time";
import { PROGRAMS, type AwardData, type AwardType, type ProgramCode, type QuoteRequestInput, type ResolvedSegment, type Season, type Stop } from "./types";

export interface Journey {
  p: PreparedAwardData;
  segments: readonly ResolvedSegment[];
  programs: readonly ProgramCode[];
  /** The request's `asOf`, or null: each ticket then uses its own first departure date. */
  asOf: string | null;
  season: Season | null;
  /** Per data epoch (see `dataEpoch`): miles of every segment and per-segment prices, each looked up once. */
  memos: Map<number, DayMemo>;
}

interface DayMemo {
  miles: MilesMemo;
  segments: SegmentMemo;
}

/** Resolves the request (throws `ItineraryError` where `validateItinerary` reports issues). */
export function resolveJourney(request: QuoteRequestInput, data: AwardData | PreparedAwardData): Journey {
  const p = prepareAwardData(data);
  const { itinerary, issues } = resolveItinerary(request, p);
  if (issues.length) throw new ItineraryError(issues);
  return { p, segments: itinerary.segments, programs: request.programs ?? PROGRAMS, asOf: request.asOf ?? null, season: itinerary.season, memos: new Map() };
}

/** The date whose charts and rules a ticket starting at segment `first` is quoted on. */
export function ticketDate(journey: Journey, first: number): { asOf: string; day: number } {
  if (journey.asOf !== null) return { asOf: journey.asOf, day: dayOf(journey.asOf) };
  // The first departure's local date (its day is already resolved).
  const s = journey.segments[first];
  return { asOf: s.departs.slice(0, 10), day: s.departsDay };
}

/** The shared context of the ticket made of segments first..last (inclusive). */
export function openTicket(journey: Journey, first: number, last: number): TicketContext {
  const { asOf, day } = ticketDate(journey, first);
  // Memos are shared by every ticket date on which the same data is in force.
  const epoch = dataEpoch(journey.p, day);
  let memo = journey.memos.get(epoch);
  if (!memo) journey.memos.set(epoch, (memo = { miles: new Map(), segments: new Map() }));
  return ticketContext(journey.p, journey.segments, journey.segments.slice(first, last + 1), day, asOf, journey.season, memo.miles, memo.segments);
}

const breaksMemo = new WeakMap<PreparedAwardData, number[]>();

/**
 * Which version of the data a day sees: the number of dates, up to `day`, on
 * which a rule, a chart or a published mileage starts or ends. Two days with
 * the same epoch see the same rules, charts and mileages, so the miles and
 * per-segment prices of one serve the other (the date itself only appears in
 * "no chart on <date>" notes, which pricing.ts does not memoise).
 */
export function dataEpoch(p: PreparedAwardData, day: number): number {
  let breaks = breaksMemo.get(p);
  if (!breaks) {
    const days = new Set<number>(p.ruleBreaks);
    for (const versions of p.charts.values()) {
      for (const c of versions) {
        days.add(c.fromDay);
        if (c.toDay !== Infinity) days.add(c.toDay);
      }
    }
    for (const d of p.tpm.breakDays()) days.add(d);
    for (const d of p.overrides.breakDays()) days.add(d);
    breaks = [...days].sort((a, b) => a - b);
    breaksMemo.set(p, breaks);
  }
  return intervalOf(breaks, day);
}

export function awardDef(program: ProgramCode, award: AwardType): AwardDef | undefined {
  return AWARDS[program].find((d) => d.award === award);
}

export interface TicketQuote {
  quote: AwardQuote;
  /** The ticket's stops as this program sees them (journey indexes). */
  stops: readonly Stop[];
  rules: RuleSet;
}

/** One award type on one ticket, with everything `quoteItinerary` reports for it. */
export function quoteTicket(ctx: TicketContext, program: ProgramCode, def: AwardDef, priceInvalid = true, rules: RuleSet = rulesFor(ctx.p, program, def.award, ctx.day)): TicketQuote {
  const quote = quoteAward(ctx, program, def, rules, priceInvalid);
  return { quote, stops: quote.stops ?? ctx.stops, rules };
}

/** Is any chart version of this award (any variant) in force on `day`? Without one no ticket can be priced. */
export function hasChartOn(p: PreparedAwardData, program: string, award: string, day: number): boolean {
  const variants = p.chartIndex.get(program)?.get(award);
  if (!variants) return false;
  for (const versions of variants.values()) {
    for (const c of versions) if (c.fromDay <= day && day < c.toDay) return true;
  }
  return false;
}

/** The rules in force for an award on the date of a ticket starting at segment `first`. */
export function ticketRules(journey: Journey, first: number, program: ProgramCode, award: AwardType): RuleSet {
  return rulesFor(journey.p, program, award, ticketDate(journey, first).day);
}

/**
 * Cheap certain outcomes, checked before quoting (the same rules as the checks
 * in rules/, read from the same data; the optimizer's property tests compare
 * with quoting everything):
 *   "stop"  more flights than the award's segment limit: this ticket and every
 *           longer one from the same start are invalid;
 *   "skip"  the ticket must return to its origin country and does not (a
 *           longer one might);
 *   "quote" anything else.
 */
export function quickVerdict(ctx: TicketContext, rules: RuleSet): "quote" | "skip" | "stop" {
  const max = rules.num("maxSegments");
  if (max !== undefined && ctx.flown.length > max) return "stop";
  if (rules.bool("mustReturnToOriginCountry") === true && !ctx.returnsToOriginCountry) return "skip";
  return "quote";
}

/** No ticket from this start, this long or longer, can be priced (see `beyondTotalChart`). */
export function unpriceableFromHereOn(ctx: TicketContext, program: ProgramCode, def: AwardDef, rules: RuleSet): boolean {
  return beyondTotalChart({ p: ctx.p, program, award: def.award, rules, segments: ctx.segs, journey: ctx.journey, day: ctx.day, season: ctx.season, returnsToOriginCountry: ctx.returnsToOriginCountry, asOf: ctx.asOf, milesMemo: ctx.milesMemo });
}

/**
 * Violation codes that can only stay or grow when a ticket takes in later
 * segments (same first segment, so the same rules and charts): a segment limit
 * already passed, a segment on a carrier the award cannot use, too many
 * domestic segments, a city seen too often, too many surface sectors. Once a
 * ticket breaks one of these, no longer ticket from the same start is valid,
 * so the optimizer stops growing it. Stopover counts are NOT here: a longer
 * round trip moves the turnaround, which can turn a stopover into the
 * turnaround. For tickets that start and end with a flight (as the
 * optimizer's do). (Proved against a search without pruning in the
 * optimizer's property tests, and directly in journey.test.ts.)
 */
const GROWING_SUFFIXES = [".maxSegments", ".carrierMaxSegments", ".member"];
const GROWING_CODES = new Set(["alaska.carrier", "jal.carrier", "partner.notPartner", "ba.carrier", "oneworld.domesticSegments", "oneworld.cityVisits", "oneworld.surfaceSectors"]);

export function breaksForLongerTickets(rule: string, rules?: RuleSet): boolean {
  if (GROWING_CODES.has(rule)) return true;
  // "exactly N partner airlines": a ticket has at least one, so with N <= 1 too many only grows.
  if (rule === "partner.carriers") return rules !== undefined && (rules.num("exactAirlines") ?? Infinity) <= 1;
  for (const s of GROWING_SUFFIXES) if (rule.endsWith(s)) return true;
  return false;
}

/**
 * True when a per-direction chart cannot price one of the ticket's flights
 * (a carrier it is not for), or when the ticket can never be priced on a total-distance chart because
 * its total miles already exceed the chart's last band (every row, every
 * cabin). Miles only grow as a ticket takes in more segments, so a longer
 * ticket from the same start cannot be priced either (the optimizer stops
 * there). False for per-segment and per-direction charts, where the total says nothing.
 */
function beyondTotalChart(input: PricingInput): boolean {
  const { rules, segments } = input;
  const variant = rules.str("defaultChartVariant") ?? "default";
  const { chart } = chartFor(input.p, input.program, input.award, variant, input.day);
  if (!chart) return false;
  if (chart.basis === "direction") {
    // A flight on a carrier the chart does not price stays in every longer ticket.
    const only = rules.strings("chartCarriers");
    const excluded = rules.strings("chartExcludedCarriers") ?? [];
    return segments.some((s) => !s.surface && (!s.carrier || (only !== undefined && !only.includes(s.carrier.code)) || excluded.includes(s.carrier.code)));
  }
  if (chart.basis !== "total") return false;
  const ceiling = chart.ceiling;
  if (ceiling === Infinity) return false;
  const basis = rules.str("distanceBasis") ?? "wgs84";
  const countSurface = rules.bool("surfaceDistanceCounted") === true;
  const miles = milesList(input, basis);
  let total = 0;
  for (const s of segments) if (!s.surface || countSurface) total += miles[s.index];
  return total > ceiling;
}

/**
 * Quoting one award type on one ticket: the rule check and the price of a run
 * of segments. `quoteItinerary` uses it for the whole itinerary; the optimizer
 * (via `journey.ts`) for every consecutive run of a journey's segments, which
 * is why segments and stops keep the journey's own indexes.
 */
import type { AwardDef } from "./awards";
import { airportDistance, rulesFor, type PreparedAwardData } from "./prepare";
import { emptyPriced, priceTrip, type CashPart, type Priced, type SeasonPrice, type MilesMemo, type SegmentMemo, type SegmentPrice } from "./pricing";
import type { RuleContext } from "./rules/common";
import type { RuleSet, RuleSummary } from "./rules/ruleset";
import { airportPoint, classifyStops, metroCity, type StopOptions } from "./stops";
import type { AirportInput, AwardType, Cabin, ChartMeta, Coded, Confidence, PriceKind, ProgramCode, ResolvedSegment, Season, Stop, Violation, Warning } from "./types";

/** facts §1: a stopover is a stay of more than 24 hours (used if no rule row says otherwise). */
export const DEFAULT_TRANSFER_MAX_HOURS = 24;

export interface AwardQuote {
  program: ProgramCode;
  award: AwardType;
  valid: boolean;
  violations: Violation[];
  warnings: Warning[];
  /** For an estimate: the middle of `priceRange`. */
  price: number | null;
  priceKind: PriceKind | null;
  priceRange: { min: number; max: number } | null;
  confidence: Confidence | null;
  /** Every season's price where no stored calendar decides the season (null otherwise). */
  seasons: SeasonPrice[] | null;
  /** A published cash part (e.g. a partner booking fee); taxes are not stored. */
  cash: CashPart[];
  currency: string;
  totalMiles: number;
  distanceBasis: string;
  cabin: Cabin | null;
  season: Season | null;
  chart: ChartMeta | null;
  charts: ChartMeta[];
  segmentPrices: SegmentPrice[] | null;
  /** What is said about the price or its absence, in order (rendered at the boundary as `note`/`noteJa`). */
  notes: Coded[];
  /** "city" when the program treats a metropolitan city as one point (JAL). */
  pointLevel: "airport" | "city";
  /** The stops as this program sees them, when they differ from the top-level ones. */
  stops: Stop[] | null;
  rules: RuleSummary[];
}

/** Everything the award checks share for one ticket (a run of segments). */
export interface TicketContext {
  p: PreparedAwardData;
  /** The ticket's segments, with the journey's indexes. */
  segs: readonly ResolvedSegment[];
  flown: ResolvedSegment[];
  /** Rules and charts in force on this day (asOf, else the ticket's first departure). */
  day: number;
  asOf: string;
  season: Season | null;
  global: RuleSet;
  transferMaxMinutes: number;
  baseOpts: StopOptions;
  /** Stops at airport level with the global transfer limit. */
  stops: Stop[];
  returnsToOriginCountry: boolean;
  /** Stops as a program sees them: by point key, then transfer limit in minutes. */
  stopsMemo: Map<(a: AirportInput) => string, Map<number, Stop[]>>;
  /** program -> distance basis -> miles of every journey segment (by index) on `day`. */
  milesMemo: MilesMemo;
  /** All segments of the journey (for `milesMemo`, indexed by segment index). */
  journey: readonly ResolvedSegment[];
  /** Per-segment prices shared by the tickets of one journey on `day` (absent: none kept). */
  segmentMemo?: SegmentMemo;
  /** Price every season where no calendar decides it (quotes; the optimizer leaves it off). */
  withSeasons?: boolean;
}

const stopOptions = new WeakMap<PreparedAwardData, Map<number, StopOptions>>();

/** Airport-level stop options for a transfer limit (one object per data and limit: the optimizer opens hundreds of tickets). */
function baseStopOptions(p: PreparedAwardData, transferMaxMinutes: number): StopOptions {
  let byLimit = stopOptions.get(p);
  if (!byLimit) stopOptions.set(p, (byLimit = new Map()));
  let opts = byLimit.get(transferMaxMinutes);
  if (!opts) {
    // Few distinct limits exist (rule data); bounded all the same.
    if (byLimit.size > 100) byLimit.clear();
    opts = { pointKey: airportPoint, cityKey: metroCity, transferMaxMinutes, distance: (a, b) => airportDistance(p, a, b) };
    byLimit.set(transferMaxMinutes, opts);
  }
  return opts;
}

export function ticketContext(
  p: PreparedAwardData,
  journey: readonly ResolvedSegment[],
  segs: readonly ResolvedSegment[],
  day: number,
  asOf: string,
  season: Season | null,
  milesMemo: MilesMemo = new Map(),
  segmentMemo?: SegmentMemo,
): TicketContext {
  const global = rulesFor(p, "*", "*", day);
  const transferMaxMinutes = (global.num("transferMaxHours") ?? DEFAULT_TRANSFER_MAX_HOURS) * 60;
  const baseOpts = baseStopOptions(p, transferMaxMinutes);
  return {
    p,
    segs,
    flown: segs.filter((s) => !s.surface),
    day,
    asOf,
    season,
    global,
    transferMaxMinutes,
    baseOpts,
    stops: classifyStops(segs, baseOpts),
    returnsToOriginCountry: segs[0].from.country === segs[segs.length - 1].to.country,
    stopsMemo: new Map(),
    milesMemo,
    journey,
    segmentMemo,
  };
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

/**
 * Checks one award type on the ticket and prices it. `priceInvalid: false`
 * skips pricing an invalid ticket (its price is null anyway): the optimizer
 * needs no distance or chart for a ticket it cannot use.
 */
export function quoteAward(ctx: TicketContext, program: ProgramCode, def: AwardDef, rules: RuleSet, priceInvalid = true): AwardQuote {
  const { p, segs, stops, baseOpts } = ctx;
  const currency = p.programs.get(program)?.currency ?? program;
  const cityLevel = rules.str("pointLevel") === "city";
  const ownMax = rules.num("transferMaxHours");
  const maxMinutes = ownMax !== undefined ? ownMax * 60 : ctx.transferMaxMinutes;
  const pointKey = cityLevel ? cityPointKey(rules) : airportPoint;
  let ownStops = stops;
  if (pointKey !== airportPoint || maxMinutes !== ctx.transferMaxMinutes) {
    let byLimit = ctx.stopsMemo.get(pointKey);
    if (!byLimit) ctx.stopsMemo.set(pointKey, (byLimit = new Map()));
    const memo = byLimit.get(maxMinutes);
    if (memo) ownStops = memo;
    else {
      const opts: StopOptions = { pointKey, cityKey: cityLevel ? pointKey : metroCity, transferMaxMinutes: maxMinutes, distance: baseOpts.distance };
      byLimit.set(maxMinutes, (ownStops = classifyStops(segs, opts)));
    }
  }
  const first = segs[0];
  const last = segs[segs.length - 1];
  const awardKey = `${program}.${def.award}`;
  const rc: RuleContext = {
    segments: segs,
    flown: ctx.flown,
    stops: ownStops,
    rules,
    airlines: p.airlines,
    prefix: def.prefix,
    who: { award: awardKey },
    returnsToOriginCountry: ctx.returnsToOriginCountry,
    originCity: pointKey(first.from),
    destinationCity: pointKey(last.to),
  };
  const violations = def.check(rc);
  const valid = violations.length === 0;
  const priced: Priced = !valid && !priceInvalid
    ? emptyPriced(rules.str("distanceBasis") ?? "wgs84")
    : priceTrip({ p, program, award: def.award, rules, segments: segs, journey: ctx.journey, day: ctx.day, season: ctx.season, returnsToOriginCountry: ctx.returnsToOriginCountry, asOf: ctx.asOf, milesMemo: ctx.milesMemo, segmentMemo: ctx.segmentMemo, stops: ownStops, withSeasons: ctx.withSeasons, awardKey });
  return {
    program,
    award: def.award,
    valid,
    violations,
    warnings: priced.warnings,
    // An invalid quote never has a price (api.md).
    price: valid ? priced.price : null,
    priceKind: valid ? priced.priceKind : null,
    priceRange: valid ? priced.priceRange : null,
    confidence: valid ? priced.confidence : null,
    seasons: valid ? priced.seasons : null,
    cash: valid ? priced.cash : [],
    currency,
    totalMiles: priced.totalMiles,
    distanceBasis: priced.distanceBasis,
    cabin: priced.cabin,
    season: priced.season,
    chart: priced.chart,
    charts: priced.charts,
    segmentPrices: priced.segmentPrices,
    // An invalid quote keeps only a note that says why there would be no price anyway.
    notes: valid || priced.price === null ? priced.notes : [],
    pointLevel: cityLevel ? "city" : "airport",
    stops: ownStops === stops || sameStops(stops, ownStops) ? null : ownStops,
    rules: rules.summary(),
  };
}

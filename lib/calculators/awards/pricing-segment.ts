/**
 * The per-segment basis (BA): each flown segment priced on its own row, by
 * its distance, cabin and carrier (`chartVariantByCarrier`, regional rows),
 * in the season its stored calendar gives (else the season being priced),
 * then summed. A segment's price is the same in every ticket that contains
 * it, so the optimizer's tickets share one memo of them (`SegmentMemo`).
 */
import { addAmount, fromRow, unpublished, ZERO, type Amount } from "./amount";
import { coded, segmentParams } from "./messages";
import { chartFor, type CompiledChart, type CompiledRow } from "./prepare";
import { addBasis, addSeason, bandEdgeWarnings, emptyPriced, milesList, noChartNote, rowFor, type Priced, type PricingInput, type SegmentPrice } from "./pricing";
import type { RuleSet } from "./rules/ruleset";
import { dayOf } from "./time";
import { SEASONS, type Coded, type MessageParams, type ResolvedSegment, type Season, type Warning } from "./types";

const calendars = new WeakMap<object, { from: number; to: number; season: Season }[]>();

/**
 * The season of a segment from the award's stored calendar (rule `seasonCalendar`:
 * [{ from, to, season }], dates inclusive, read on the segment's local departure date),
 * or null when no stored period covers it.
 */
export function calendarSeason(rules: RuleSet, s: ResolvedSegment): Season | null {
  return seasonOn(seasonCalendar(rules), s);
}

type SeasonCalendar = { from: number; to: number; season: Season }[] | null;

/** The award's stored season calendar as day numbers (parsed once per rule value), or null. */
function seasonCalendar(rules: RuleSet): SeasonCalendar {
  const raw = rules.raw("seasonCalendar");
  if (!Array.isArray(raw)) return null;
  let list = calendars.get(raw);
  if (!list) {
    list = [];
    for (const x of raw as { from?: unknown; to?: unknown; season?: unknown }[]) {
      if (typeof x?.from !== "string" || typeof x?.to !== "string" || !SEASONS.includes(x.season as Season)) continue;
      list.push({ from: dayOf(x.from), to: dayOf(x.to), season: x.season as Season });
    }
    calendars.set(raw, list);
  }
  return list;
}

function seasonOn(calendar: SeasonCalendar, s: ResolvedSegment): Season | null {
  if (!calendar) return null;
  for (const c of calendar) if (c.from <= s.departsDay && s.departsDay <= c.to) return c.season;
  return null;
}

/** One segment priced on its own (per-segment chart): the same in every ticket that contains it. */
export interface SegmentPricing {
  price: SegmentPrice;
  row: CompiledRow | null;
  chart: CompiledChart | null;
  /** No chart for the segment's variant on the day. */
  noChart: Coded | null;
  /** The chart has no row for the segment: the segment as the note names it. */
  missing: MessageParams | null;
  warnings: Warning[];
}

interface SegmentRules {
  byCarrier: Record<string, string>;
  fallbackVariant: string;
  regions: Record<string, string[]>;
  season: Season | null;
  percent: number | undefined;
}

/** A regional row applies: "carrier:XX" on that carrier's flights, else both ends in the region's countries. */
function segmentInRegion(s: ResolvedSegment, region: string, regions: Record<string, string[]>): boolean {
  if (region.startsWith("carrier:")) return s.carrier?.code === region.slice(8);
  const countries = regions[region];
  return Array.isArray(countries) && countries.includes(s.from.country) && countries.includes(s.to.country);
}

function priceSegment(input: PricingInput, s: ResolvedSegment, miles: number, r: SegmentRules): SegmentPricing {
  const variant = (s.carrier && r.byCarrier[s.carrier.code]) || r.fallbackVariant;
  const pick = chartFor(input.p, input.program, input.award, variant, input.day);
  const chart = pick.chart;
  if (!chart) {
    return { price: { segmentIndex: s.index, miles, zone: null, chart: null, price: null, season: null, priceKind: null }, row: null, chart: null, noChart: noChartNote(input, variant, pick.lastEnded), missing: null, warnings: [] };
  }
  // The travel date decides the season where a calendar is stored; else the season being priced.
  const season = calendarSeason(input.rules, s) ?? r.season;
  const row = rowFor(chart, s.cabin, season, miles, (region) => segmentInRegion(s, region, r.regions));
  const ok = row && !unpublished(row) ? row : null;
  const price: SegmentPrice = { segmentIndex: s.index, miles, zone: row?.zone ?? null, chart: chart.meta.key, price: ok?.price ?? null, season: ok && ok.season !== "any" ? (ok.season as Season) : null, priceKind: ok ? fromRow(ok).kind : null };
  const named = segmentParams(s);
  if (!row || unpublished(row)) {
    return {
      price,
      row: null,
      chart,
      noChart: null,
      missing: { segment: named.segment, from: named.from, to: named.to, cabin: s.cabin, miles, zoned: !!row?.zone, zone: row?.zone ?? null, chart: chart.meta.name, chartJa: chart.meta.nameJa },
      warnings: [],
    };
  }
  return { price, row, chart, noChart: null, missing: null, warnings: bandEdgeWarnings(chart, row, miles, r.percent, { scope: "segment", segment: named.segment, from: named.from, to: named.to, segmentIndex: s.index }) };
}

function segmentRules(rules: RuleSet, season: Season | null): SegmentRules {
  return {
    byCarrier: rules.object<Record<string, string>>("chartVariantByCarrier") ?? {},
    fallbackVariant: rules.str("defaultChartVariant") ?? "default",
    regions: rules.object<Record<string, string[]>>("regions") ?? {},
    season,
    percent: rules.num("bandEdgeWarningPercent"),
  };
}

export function pricePerSegment(input: PricingInput, basis: string, season: Season | null): Priced {
  const { rules, segments } = input;
  // Read only when a segment is not memoised yet.
  let segRules: SegmentRules | null = null;
  const calendar = seasonCalendar(rules);
  const out = emptyPriced(basis);
  out.season = season;
  out.segmentPrices = [];
  const segMiles = milesList(input, basis);
  // A segment's price depends only on the segment (and the day): the optimizer's
  // tickets share one memo per day, so each segment is priced once per journey.
  let memo: (SegmentPricing | undefined)[] | undefined;
  if (input.segmentMemo) {
    let bySeason = input.segmentMemo.get(rules);
    if (!bySeason) input.segmentMemo.set(rules, (bySeason = new Map()));
    memo = bySeason.get(season);
    if (!memo) bySeason.set(season, (memo = []));
  }
  let seasonal = false;
  let sum: Amount = ZERO;
  const missing: MessageParams[] = [];
  for (const s of segments) {
    if (s.surface) continue;
    const miles = segMiles[s.index];
    out.totalMiles += miles;
    let sp = memo?.[s.index];
    if (!sp) {
      segRules ??= segmentRules(rules, season);
      sp = priceSegment(input, s, miles, segRules);
      // A "no chart" note names the quote date: not shared with other dates.
      if (memo && !sp.noChart) memo[s.index] = sp;
    }
    out.segmentPrices!.push(sp.price);
    if (sp.noChart) {
      out.note ??= sp.noChart;
      continue;
    }
    const chart = sp.chart!;
    if (!out.charts.includes(chart.meta)) out.charts.push(chart.meta);
    out.chart ??= chart.meta;
    if (chart.seasonal) seasonal = true;
    if (sp.missing) {
      missing.push(sp.missing);
      continue;
    }
    sum = addAmount(sum, fromRow(sp.row!));
    addBasis(out, sp.row!);
    if (!seasonOn(calendar, s)) addSeason(out, chart, sp.row!);
    for (const w of sp.warnings) out.warnings.push(w);
  }
  if (missing.length && !out.note) {
    out.note = coded("note.segmentsUnpublished", { items: missing });
  }
  if (!out.note) {
    out.price = sum.price;
    out.amount = sum;
  }
  // Report the season only where a chart used has seasonal prices.
  if (!seasonal) out.season = null;
  return out;
}

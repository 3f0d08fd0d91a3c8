/**
 * Prices a trip from the chart version in force on the booking date (`asOf`).
 * Three bases, set by the chart (`basis`): "total" (the trip's total miles, one
 * cabin for the trip: JAL partner and oneworld, BA multi-carrier), "segment"
 * (each segment on its own distance and cabin, then summed: BA; see
 * pricing-segment.ts) and
 * "direction" (each one-way direction on its own: JAL's own award, Atmos,
 * Asia Miles; see pricing-direction.ts). Distances follow the award's
 * `distanceBasis` rule: "tpm-else-wgs84", "override-else-wgs84" or "wgs84".
 * Every price carries its kind (chart, derived, estimate), range and
 * confidence; where a season calendar is not stored, every season is priced.
 */
import { confidenceOf, fromRow, scaleAmount, unpublished, type Amount } from "./amount";
import { basisMessage, priceNoteMessage, TAXES_NOT_STORED } from "./basis";
import { coded, sameCoded, warning } from "./messages";
import { chartFor, codesOf, type ChartPick, type CompiledChart, type CompiledRow, type PreparedAwardData } from "./prepare";
import { priceByDirection } from "./pricing-direction";
import { pricePerSegment, type SegmentPricing } from "./pricing-segment";
import type { RuleSet } from "./rules/ruleset";
import { CABIN_RANK, SEASONS, type Cabin, type ChartMeta, type Coded, type Confidence, type MessageParams, type PriceKind, type ResolvedSegment, type Season, type Stop, type Warning } from "./types";

export interface SegmentPrice {
  segmentIndex: number;
  miles: number;
  zone: string | null;
  chart: string | null; // chart key
  price: number | null;
  /** Season of the cell used (null for a chart without seasons). */
  season: Season | null;
  priceKind: PriceKind | null;
}

export interface SeasonPrice {
  season: Season;
  price: number;
  priceRange: { min: number; max: number } | null;
}

export interface CashPart {
  amount: number;
  currency: string;
  /** Stable code of what the money is for, e.g. "partnerBookingFee". */
  what: string;
}

export interface Priced {
  price: number | null;
  priceKind: PriceKind | null;
  priceRange: { min: number; max: number } | null;
  confidence: Confidence | null;
  seasons: SeasonPrice[] | null;
  cash: CashPart[];
  /** Working amount of the default season (price, range, kind), null when unpriced. */
  amount: Amount | null;
  /** Seasons of the seasonal rows the price used (each is priced when no calendar decides). */
  seasonsUsed: Season[];
  /** How derived or estimated cells were reached, and the award's standing notes. */
  basis: Coded[];
  totalMiles: number;
  distanceBasis: string;
  cabin: Cabin | null;
  season: Season | null;
  chart: ChartMeta | null;
  charts: ChartMeta[];
  segmentPrices: SegmentPrice[] | null;
  /** Why there is no price (or a leading remark), as a code with parameters. */
  note: Coded | null;
  /** Everything said about the price, in order (the note, the basis, standing notes, taxes): set by `priceTrip`. */
  notes: Coded[];
  warnings: Warning[];
}

export interface PricingInput {
  p: PreparedAwardData;
  program: string;
  award: string;
  rules: RuleSet;
  segments: readonly ResolvedSegment[];
  /** Every segment of the journey when `segments` is one ticket of it (miles are memoised by segment index). */
  journey?: readonly ResolvedSegment[];
  day: number;
  /** An explicit season from the request (overrides the calendar and lists no other season), or null. */
  season: Season | null;
  returnsToOriginCountry: boolean;
  asOf: string;
  /** The ticket's stops as the program sees them (for the per-direction basis). */
  stops?: readonly Stop[];
  /** Price every season where no calendar decides (quotes); the optimizer ranks on the default season only. */
  withSeasons?: boolean;
  /** The award as messages name it ("JAL.partner"), for notes. */
  awardKey?: string;
  /** Per-call memo of each segment's miles. */
  milesMemo: MilesMemo;
  /** Optional memo of per-segment prices (one per data version). */
  segmentMemo?: SegmentMemo;
}

/** program -> distance basis -> miles of every journey segment, by segment index. */
export type MilesMemo = Map<string, Map<string, number[]>>;

/**
 * The award's rule set -> season -> price of every journey segment, by segment
 * index. A rule set belongs to one program and award and fixes the distance
 * basis, and one memo serves one version of the data (see `dataEpoch`), so the
 * rule set and the season decide a segment's price.
 */
export type SegmentMemo = Map<RuleSet, Map<Season | null, (SegmentPricing | undefined)[]>>;

/** Named rounding for derived prices (chart price x cabin multiplier). */
export function roundPoints(x: number): number {
  return Math.round(x);
}

/** Miles of every segment (by index) on the award's distance basis, memoised per call. */
export function milesList(input: PricingInput, basis: string): number[] {
  let byBasis = input.milesMemo.get(input.program);
  if (!byBasis) input.milesMemo.set(input.program, (byBasis = new Map()));
  let list = byBasis.get(basis);
  if (!list) {
    // Indexed by segment index: a ticket's segments keep the journey's indexes.
    list = (input.journey ?? input.segments).map((x) => milesOn(input, x, basis));
    byBasis.set(basis, list);
  }
  return list;
}

function milesOn(input: PricingInput, s: ResolvedSegment, basis: string): number {
  const { p, program, day } = input;
  if (basis === "tpm-else-wgs84") {
    return p.tpm.lookup(program, codesOf(p, s.from.iata), codesOf(p, s.to.iata), day) ?? s.distanceMiles;
  }
  if (basis === "override-else-wgs84") {
    return p.overrides.lookup(program, codesOf(p, s.from.iata), codesOf(p, s.to.iata), day) ?? s.distanceMiles;
  }
  return s.distanceMiles;
}

export function highestCabin(segs: readonly ResolvedSegment[]): Cabin {
  let best: Cabin = "economy";
  for (const s of segs) if (!s.surface && CABIN_RANK[s.cabin] > CABIN_RANK[best]) best = s.cabin;
  return best;
}

const NO_ROWS: readonly CompiledRow[] = [];

export function rowFor(chart: CompiledChart, cabin: string, season: Season | null, miles: number, regionOk?: (region: string) => boolean): CompiledRow | null {
  let general: CompiledRow | null = null;
  for (const r of chart.byCabin.get(cabin) ?? NO_ROWS) {
    if (miles < r.minMiles || miles > r.maxMiles) continue;
    if (r.season !== "any" && r.season !== season) continue;
    if (r.region) {
      if (regionOk?.(r.region)) return r; // a regional exception beats the general row
      continue;
    }
    general ??= r;
  }
  return general;
}

/** Warn when `miles` lies within `percent`% of an edge of its band (`what`: the scope, e.g. `{ scope: "trip" }`). */
export function bandEdgeWarnings(chart: CompiledChart, row: CompiledRow, miles: number, percent: number | undefined, what: MessageParams & { segmentIndex?: number }): Warning[] {
  if (percent === undefined) return [];
  const slack = (miles * percent) / 100;
  const upper = row.maxMiles !== Infinity && row.maxMiles - miles <= slack;
  const lower = row.minMiles > 1 && miles - row.minMiles + 1 <= slack;
  // Most prices lie well inside their band: nothing to build then.
  if (!upper && !lower) return [];
  const out: Warning[] = [];
  if (upper) out.push(edgeWarning(chart, row, miles, percent, what, row.maxMiles, row.maxMiles - miles + 1, "upper"));
  if (lower) out.push(edgeWarning(chart, row, miles, percent, what, row.minMiles - 1, miles - row.minMiles + 1, "lower"));
  return out;
}

function edgeWarning(chart: CompiledChart, row: CompiledRow, miles: number, percent: number, what: MessageParams & { segmentIndex?: number }, edge: number, toEdge: number, side: "upper" | "lower"): Warning {
  // Built field by field in the order the messages have always had: object spreads cost
  // more here than all of the pricing around them.
  const params: MessageParams = {};
  for (const k in what) if (k !== "segmentIndex") params[k] = what[k]!;
  const open = row.maxMiles === Infinity;
  params.miles = miles;
  params.percent = percent;
  params.edge = edge;
  params.open = open;
  params.bandMin = row.minMiles;
  params.bandMax = open ? null : row.maxMiles;
  params.side = side;
  params.toEdge = toEdge;
  params.chart = chart.meta.name;
  params.chartJa = chart.meta.nameJa;
  const w = warning("chart.bandEdge", params);
  w.edgeMiles = edge;
  w.milesToEdge = toEdge;
  if (what.segmentIndex !== undefined) w.segmentIndex = what.segmentIndex;
  return w;
}

export function noChartNote(input: PricingInput, _variant: string, lastEnded: CompiledChart | null): Coded {
  return coded("note.noChart", {
    award: input.awardKey ?? input.program,
    asOf: input.asOf,
    ended: lastEnded !== null,
    lastChart: lastEnded?.meta.name ?? null,
    lastChartJa: lastEnded?.meta.nameJa ?? null,
    lastTo: lastEnded?.meta.effectiveTo ?? null,
  });
}

export function emptyPriced(basis: string): Priced {
  return { price: null, priceKind: null, priceRange: null, confidence: null, seasons: null, cash: [], amount: null, seasonsUsed: [], basis: [], totalMiles: 0, distanceBasis: basis, cabin: null, season: null, chart: null, charts: [], segmentPrices: null, note: null, notes: [], warnings: [] };
}

/** The season a run of pricing uses where no calendar decides: the request's, else the award's default. */
function defaultSeason(input: PricingInput): Season | null {
  return input.season ?? (input.rules.str("defaultSeason") as Season | undefined) ?? null;
}

/** One season's price on the chart's basis. (Module-level rather than a closure: the hot path allocates no function per quote.) */
function priceOnBasis(input: PricingInput, basis: string, chartBasis: string, probe: ChartPick, season: Season | null): Priced {
  if (chartBasis === "segment") return pricePerSegment(input, basis, season);
  if (chartBasis === "direction") return priceByDirection(input, basis, probe.chart, probe.lastEnded, season);
  return priceOnTotal(input, basis, probe.chart, probe.lastEnded, season);
}

export function priceTrip(input: PricingInput): Priced {
  const { rules } = input;
  const basis = rules.str("distanceBasis") ?? "wgs84";
  const firstVariant = rules.str("defaultChartVariant") ?? "default";
  const probe = chartFor(input.p, input.program, input.award, firstVariant, input.day);
  const chartBasis = probe.chart?.basis ?? rules.str("pricingBasis") ?? "total";
  const season = defaultSeason(input);
  const out = priceOnBasis(input, basis, chartBasis, probe, season);
  // No stored calendar decides some segment's season: list every season's price (api.md).
  if (input.withSeasons && input.season === null && out.seasonsUsed.length > 1) {
    out.seasons = [];
    for (const x of out.seasonsUsed) {
      const r = x === season ? out : priceOnBasis(input, basis, chartBasis, probe, x);
      if (r.price === null) continue;
      out.seasons.push({ season: x, price: r.price, priceRange: r.amount && r.amount.kind === "estimate" ? { min: r.amount.min, max: r.amount.max } : null });
    }
  }
  finish(input, out);
  return out;
}

/** Kind, range, confidence, cash and the words that go with a priced (or unpriced) result. */
function finish(input: PricingInput, out: Priced): void {
  const a = out.amount;
  if (a && out.price !== null) {
    out.priceKind = a.kind;
    out.priceRange = a.kind === "estimate" ? { min: a.min, max: a.max } : null;
    out.confidence = confidenceOf(out.charts.map((c) => c.confidence), a.kind);
    const fee = input.rules.object<{ amount?: unknown; currency?: unknown; what?: unknown }>("cashPerDirection");
    if (fee && typeof fee.amount === "number" && typeof fee.currency === "string") {
      const directions = input.stops?.some((st) => st.kind === "turnaround") ? 2 : 1;
      out.cash.push({ amount: Math.round(fee.amount * directions * 100) / 100, currency: fee.currency, what: typeof fee.what === "string" ? fee.what : "fee" });
    }
  }
  // The words are for quotes; the optimizer (no `withSeasons`) reads only prices and ranges.
  out.notes = out.note ? [out.note] : [];
  if (out.price !== null && input.withSeasons) {
    for (const code of input.rules.strings("priceNotes") ?? []) {
      const m = priceNoteMessage(code);
      if (m) out.basis.push(m);
    }
    out.notes.push(...out.basis);
    if (!out.cash.length) out.notes.push(TAXES_NOT_STORED);
  }
}

const rowBases = new WeakMap<CompiledRow, Coded | null>();

/** A row's basis message, parsed from its note once per compiled row (shared like TAXES_NOT_STORED: never mutated). */
function rowBasis(row: CompiledRow): Coded | null {
  let m = rowBases.get(row);
  if (m === undefined) {
    m = basisMessage(row.note, row.kind);
    rowBases.set(row, m);
  }
  return m;
}

/** Collect the basis words of the rows a price used (each distinct basis once). */
export function addBasis(out: Priced, row: CompiledRow): void {
  const m = rowBasis(row);
  if (m && !out.basis.some((b) => sameCoded(b, m))) out.basis.push(m);
}

export function addSeason(out: Priced, chart: CompiledChart, row: CompiledRow): void {
  if (row.season === "any") return;
  const used = out.seasonsUsed;
  const before = used.length;
  for (const x of chart.seasons) if (!used.includes(x)) used.push(x);
  // Kept in SEASONS order: `chart.seasons` is, so only a merge into earlier seasons needs sorting.
  if (before > 0 && used.length > before) used.sort((a, b) => SEASONS.indexOf(a) - SEASONS.indexOf(b));
}

/** A cell of the chart that nobody published: named in words, never priced. */
export function unpublishedNote(chart: CompiledChart, row: CompiledRow, cabin: string, miles: number): Coded {
  return coded("note.unpublishedCell", { chart: chart.meta.name, chartJa: chart.meta.nameJa, cabin, miles, zoned: !!row.zone, zone: row.zone ?? null });
}

function priceOnTotal(input: PricingInput, basis: string, chart: CompiledChart | null, lastEnded: CompiledChart | null, season: Season | null): Priced {
  const { rules, segments } = input;
  const countSurface = rules.bool("surfaceDistanceCounted") === true;
  const miles = milesList(input, basis);
  let total = 0;
  for (const s of segments) if (!s.surface || countSurface) total += miles[s.index];
  // Mixed cabins price at the highest cabin on a total-distance chart (facts §1 for JAL).
  const cabin = highestCabin(segments);
  const out = emptyPriced(basis);
  out.totalMiles = total;
  out.cabin = cabin;
  out.season = chart?.seasonal ? season : null;
  out.chart = chart?.meta ?? null;
  if (chart) out.charts.push(chart.meta);
  if (!chart) {
    out.note = noChartNote(input, "default", lastEnded);
    return out;
  }
  let row = rowFor(chart, cabin, season, total);
  if (unpublished(row)) {
    out.note = unpublishedNote(chart, row!, cabin, total);
    return out;
  }
  let amount: Amount | null = row ? fromRow(row) : null;
  if (!row) {
    // Derived cabins: e.g. BA multi-carrier premium x1.5, business x2, first x3 of economy.
    const mult = rules.cabinNumbers("cabinMultipliers")?.[cabin];
    const baseCabin = rules.str("multiplierBaseCabin") ?? "economy";
    const base = mult !== undefined ? rowFor(chart, baseCabin, season, total) : null;
    if (base && mult !== undefined && !unpublished(base)) {
      row = base;
      amount = scaleAmount(fromRow(base), mult, roundPoints, mult === 1 ? "chart" : "derived");
    }
  }
  if (!row || amount === null) {
    // A cabin derived by a multiplier (BA multi-carrier) has no column of its own but is priced.
    out.note = noCabinNote(chart, cabin, total, rules);
    return out;
  }
  out.price = amount.price;
  out.amount = amount;
  addBasis(out, row);
  addSeason(out, chart, row);
  if (rules.bool("chartIsRoundTrip") === true && !input.returnsToOriginCountry) {
    out.warnings.push(warning("chart.oneWayOnRoundTripChart"));
  }
  out.warnings.push(...bandEdgeWarnings(chart, row, total, rules.num("bandEdgeWarningPercent"), { scope: "trip" }));
  return out;
}

/** Why a total-distance chart gives no price for the cabin: the band it covers, or that it has no such cabin. */
function noCabinNote(chart: CompiledChart, cabin: Cabin, total: number, rules: RuleSet): Coded {
  // A cabin derived by a multiplier (BA multi-carrier) has no column of its own but is priced.
  let hasCabin = rules.cabinNumbers("cabinMultipliers")?.[cabin] !== undefined;
  let bands = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of chart.rows) {
    if (r.cabin === cabin) hasCabin = true;
    if (r.cabin !== cabin && r.cabin !== "economy") continue;
    bands++;
    if (r.minMiles < lo) lo = r.minMiles;
    if (r.maxMiles > hi) hi = r.maxMiles;
  }
  if (!hasCabin && !bands) return coded("note.noCabinPrices", { chart: chart.meta.name, chartJa: chart.meta.nameJa, cabin });
  return coded("note.noCabinPrice", { chart: chart.meta.name, chartJa: chart.meta.nameJa, cabin, miles: total, lo, open: hi === Infinity, hi: hi === Infinity ? null : hi, hasCabin });
}

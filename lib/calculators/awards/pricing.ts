/**
 * Prices a trip from the chart version in force on the quote date. Two bases,
 * set by the chart (`basis`): "total" (the trip's total miles, one cabin for
 * the trip: JAL, BA multi-carrier) and "segment" (each segment priced on its
 * own distance and cabin, then summed: BA). Distances follow the award's
 * `distanceBasis` rule: "tpm-else-wgs84", "override-else-wgs84" or "wgs84".
 */
import { cabinJa, fmt, miles as miles_, warning } from "./messages";
import { chartFor, codesOf, type CompiledChart, type CompiledRow, type PreparedAwardData } from "./prepare";
import type { RuleSet } from "./rules/ruleset";
import { CABIN_RANK, type Cabin, type ChartMeta, type Message, type ResolvedSegment, type Season, type Warning } from "./types";

export interface SegmentPrice {
  segmentIndex: number;
  miles: number;
  zone: string | null;
  chart: string | null; // chart key
  price: number | null;
}

export interface Priced {
  price: number | null;
  totalMiles: number;
  distanceBasis: string;
  cabin: Cabin | null;
  season: Season | null;
  chart: ChartMeta | null;
  charts: ChartMeta[];
  segmentPrices: SegmentPrice[] | null;
  note: Message | null;
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
  season: Season | null;
  returnsToOriginCountry: boolean;
  asOf: string;
  /** Per-call memo: "program|basis" -> miles of each segment. */
  milesMemo: Map<string, number[]>;
  /** Optional memo of per-segment prices, by "program|award|season|basis" then segment index (one per data version). */
  segmentMemo?: Map<string, (SegmentPricing | undefined)[]>;
}

/** Named rounding for derived prices (chart price x cabin multiplier). */
export function roundPoints(x: number): number {
  return Math.round(x);
}

/** Miles of every segment (by index) on the award's distance basis, memoised per call. */
export function milesList(input: PricingInput, basis: string): number[] {
  const key = `${input.program}|${basis}`;
  let list = input.milesMemo.get(key);
  if (!list) {
    // Indexed by segment index: a ticket's segments keep the journey's indexes.
    list = (input.journey ?? input.segments).map((x) => milesOn(input, x, basis));
    input.milesMemo.set(key, list);
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

function highestCabin(segs: readonly ResolvedSegment[]): Cabin {
  let best: Cabin = "economy";
  for (const s of segs) if (!s.surface && CABIN_RANK[s.cabin] > CABIN_RANK[best]) best = s.cabin;
  return best;
}

function rowFor(chart: CompiledChart, cabin: string, season: Season | null, miles: number, regionOk?: (region: string) => boolean): CompiledRow | null {
  let general: CompiledRow | null = null;
  for (const r of chart.rows) {
    if (r.cabin !== cabin || miles < r.minMiles || miles > r.maxMiles) continue;
    if (r.season !== "any" && r.season !== season) continue;
    if (r.region) {
      if (regionOk?.(r.region)) return r; // a regional exception beats the general row
      continue;
    }
    general ??= r;
  }
  return general;
}

function bandLabel(r: CompiledRow): string {
  return r.maxMiles === Infinity ? `${fmt(r.minMiles)}+` : `${fmt(r.minMiles)}-${fmt(r.maxMiles)}`;
}

/** Warn when `miles` lies within `percent`% of an edge of its band. */
function bandEdgeWarnings(chart: CompiledChart, row: CompiledRow, miles: number, percent: number | undefined, what: { en: string; ja: string; segmentIndex?: number }): Warning[] {
  if (percent === undefined) return [];
  const out: Warning[] = [];
  const slack = (miles * percent) / 100;
  const push = (edge: number, toEdge: number, en: string, ja: string) => {
    const w = warning("chart.bandEdge", en, ja);
    w.edgeMiles = edge;
    w.milesToEdge = toEdge;
    if (what.segmentIndex !== undefined) w.segmentIndex = what.segmentIndex;
    out.push(w);
  };
  if (row.maxMiles !== Infinity && row.maxMiles - miles <= slack) {
    const toEdge = row.maxMiles - miles + 1;
    push(row.maxMiles, toEdge,
      `${what.en} ${fmt(miles)} miles is within ${percent}% of the ${fmt(row.maxMiles)}-mile edge of the ${bandLabel(row)} band on ${chart.meta.name}: ${miles_(toEdge)} more would price in the next band. Published and measured distances differ by a few percent.`,
      `${what.ja}${fmt(miles)}マイルは${chart.meta.nameJa}の${bandLabel(row)}マイル帯の境界(${fmt(row.maxMiles)}マイル)から${percent}%以内です。あと${fmt(toEdge)}マイルで次の帯になります。公表距離と実測距離は数%異なります。`);
  }
  if (row.minMiles > 1 && miles - row.minMiles + 1 <= slack) {
    const toEdge = miles - row.minMiles + 1;
    const edge = row.minMiles - 1;
    push(edge, toEdge,
      `${what.en} ${fmt(miles)} miles is within ${percent}% of the ${fmt(edge)}-mile edge of the ${bandLabel(row)} band on ${chart.meta.name}: ${miles_(toEdge)} fewer would price in the band below. Published and measured distances differ by a few percent.`,
      `${what.ja}${fmt(miles)}マイルは${chart.meta.nameJa}の${bandLabel(row)}マイル帯の境界(${fmt(edge)}マイル)から${percent}%以内です。${fmt(toEdge)}マイル少なければ下の帯になります。公表距離と実測距離は数%異なります。`);
  }
  return out;
}

function noChartNote(input: PricingInput, variant: string, lastEnded: CompiledChart | null): Message {
  const on = input.asOf;
  const what = `${input.program} ${input.award}${variant === "default" ? "" : ` (${variant})`}`;
  const ended = lastEnded ? ` The last stored chart (${lastEnded.meta.name}) ended on ${lastEnded.meta.effectiveTo}.` : "";
  const endedJa = lastEnded ? ` 最後に登録されたチャート(${lastEnded.meta.nameJa})は${lastEnded.meta.effectiveTo}に終了しています。` : "";
  return {
    message: `No award chart is stored for ${what} on ${on}, so no price is given.${ended}`,
    messageJa: `${on}時点の${what}の特典チャートが登録されていないため、必要マイル数は表示できません。${endedJa}`,
  };
}

export function priceTrip(input: PricingInput): Priced {
  const { rules } = input;
  const basis = rules.str("distanceBasis") ?? "wgs84";
  const firstVariant = rules.str("defaultChartVariant") ?? "default";
  const probe = chartFor(input.p, input.program, input.award, firstVariant, input.day);
  const chartBasis = probe.chart?.basis ?? rules.str("pricingBasis") ?? "total";
  return chartBasis === "segment" ? pricePerSegment(input, basis) : priceOnTotal(input, basis, probe.chart, probe.lastEnded);
}

function priceOnTotal(input: PricingInput, basis: string, chart: CompiledChart | null, lastEnded: CompiledChart | null): Priced {
  const { rules, segments } = input;
  const countSurface = rules.bool("surfaceDistanceCounted") === true;
  const miles = milesList(input, basis);
  let total = 0;
  for (const s of segments) if (!s.surface || countSurface) total += miles[s.index];
  // Mixed cabins price at the highest cabin on a total-distance chart (facts §1 for JAL).
  const cabin = highestCabin(segments);
  const season = input.season ?? (rules.str("defaultSeason") as Season | undefined) ?? null;
  const out: Priced = { price: null, totalMiles: total, distanceBasis: basis, cabin, season: chart?.seasonal ? season : null, chart: chart?.meta ?? null, charts: chart ? [chart.meta] : [], segmentPrices: null, note: null, warnings: [] };
  if (!chart) {
    out.note = noChartNote(input, "default", lastEnded);
    return out;
  }
  let row = rowFor(chart, cabin, season, total);
  let price = row?.price ?? null;
  if (!row) {
    // Derived cabins: e.g. BA multi-carrier premium x1.5, business x2, first x3 of economy.
    const mult = rules.cabinNumbers("cabinMultipliers")?.[cabin];
    const baseCabin = rules.str("multiplierBaseCabin") ?? "economy";
    const base = mult !== undefined ? rowFor(chart, baseCabin, season, total) : null;
    if (base && mult !== undefined) {
      row = base;
      price = roundPoints(base.price * mult);
    }
  }
  if (!row || price === null) {
    const hasCabin = chart.rows.some((r) => r.cabin === cabin);
    const bands = chart.rows.filter((r) => r.cabin === cabin || r.cabin === "economy");
    const lo = Math.min(...bands.map((r) => r.minMiles));
    const hi = Math.max(...bands.map((r) => r.maxMiles));
    out.note = hasCabin || bands.length
      ? {
          message: `${chart.meta.name} has no ${cabin} price for ${fmt(total)} miles (stored bands: ${fmt(lo)}-${hi === Infinity ? "" : fmt(hi)} miles${hasCabin ? "" : `; no ${cabin} column`}).`,
          messageJa: `${chart.meta.nameJa}には${fmt(total)}マイルの${cabinJa(cabin)}の必要マイル数が登録されていません(登録済み: ${fmt(lo)}-${hi === Infinity ? "" : fmt(hi)}マイル${hasCabin ? "" : `、${cabinJa(cabin)}の列なし`})。`,
        }
      : { message: `${chart.meta.name} has no ${cabin} prices.`, messageJa: `${chart.meta.nameJa}には${cabinJa(cabin)}の必要マイル数がありません。` };
    return out;
  }
  out.price = price;
  if (rules.bool("chartIsRoundTrip") === true && !input.returnsToOriginCountry) {
    out.warnings.push(warning("chart.oneWayOnRoundTripChart", "This chart is for round trips; the one-way trip is priced on its own total distance with the same chart.", "このチャートは往復用です。片道の旅程は、その総距離で同じチャートを使って計算しています。"));
  }
  out.warnings.push(...bandEdgeWarnings(chart, row, total, rules.num("bandEdgeWarningPercent"), { en: "The trip's total of", ja: "旅程の総距離" }));
  return out;
}

/** One segment priced on its own (per-segment chart): the same in every ticket that contains it. */
export interface SegmentPricing {
  price: SegmentPrice;
  chart: CompiledChart | null;
  /** No chart for the segment's variant on the day. */
  noChart: Message | null;
  /** The chart has no row for the segment (English, Japanese). */
  missing: [string, string] | null;
  warnings: Warning[];
}

interface SegmentRules {
  byCarrier: Record<string, string>;
  fallbackVariant: string;
  regions: Record<string, string[]>;
  season: Season | null;
  percent: number | undefined;
}

function priceSegment(input: PricingInput, s: ResolvedSegment, miles: number, r: SegmentRules): SegmentPricing {
  const variant = (s.carrier && r.byCarrier[s.carrier.code]) || r.fallbackVariant;
  const pick = chartFor(input.p, input.program, input.award, variant, input.day);
  const chart = pick.chart;
  if (!chart) {
    return { price: { segmentIndex: s.index, miles, zone: null, chart: null, price: null }, chart: null, noChart: noChartNote(input, variant, pick.lastEnded), missing: null, warnings: [] };
  }
  const regionOk = (region: string): boolean => {
    if (region.startsWith("carrier:")) return s.carrier?.code === region.slice(8);
    const countries = r.regions[region];
    return Array.isArray(countries) && countries.includes(s.from.country) && countries.includes(s.to.country);
  };
  const row = rowFor(chart, s.cabin, r.season, miles, regionOk);
  const price: SegmentPrice = { segmentIndex: s.index, miles, zone: row?.zone ?? null, chart: chart.meta.key, price: row?.price ?? null };
  const label = `${s.index + 1} (${s.from.iata}-${s.to.iata})`;
  if (!row) {
    return {
      price,
      chart,
      noChart: null,
      missing: [`segment ${label}: ${s.cabin}, ${fmt(miles)} miles on ${chart.meta.name}`, `区間${label}: ${cabinJa(s.cabin)}、${fmt(miles)}マイル(${chart.meta.nameJa})`],
      warnings: [],
    };
  }
  return { price, chart, noChart: null, missing: null, warnings: bandEdgeWarnings(chart, row, miles, r.percent, { en: `Segment ${label}:`, ja: `区間${label}: `, segmentIndex: s.index }) };
}

function pricePerSegment(input: PricingInput, basis: string): Priced {
  const { rules, segments } = input;
  const season = input.season ?? (rules.str("defaultSeason") as Season | undefined) ?? null;
  const segRules: SegmentRules = {
    byCarrier: rules.object<Record<string, string>>("chartVariantByCarrier") ?? {},
    fallbackVariant: rules.str("defaultChartVariant") ?? "default",
    regions: rules.object<Record<string, string[]>>("regions") ?? {},
    season,
    percent: rules.num("bandEdgeWarningPercent"),
  };
  const out: Priced = { price: null, totalMiles: 0, distanceBasis: basis, cabin: null, season, chart: null, charts: [], segmentPrices: [], note: null, warnings: [] };
  const segMiles = milesList(input, basis);
  // A segment's price depends only on the segment (and the day): the optimizer's
  // tickets share one memo per day, so each segment is priced once per journey.
  let memo: (SegmentPricing | undefined)[] | undefined;
  if (input.segmentMemo) {
    const key = `${input.program}|${input.award}|${season}|${basis}`;
    memo = input.segmentMemo.get(key);
    if (!memo) input.segmentMemo.set(key, (memo = []));
  }
  let seasonal = false;
  let sum = 0;
  const missing: string[] = [];
  const missingJa: string[] = [];
  for (const s of segments) {
    if (s.surface) continue;
    const miles = segMiles[s.index];
    out.totalMiles += miles;
    let sp = memo?.[s.index];
    if (!sp) {
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
      missing.push(sp.missing[0]);
      missingJa.push(sp.missing[1]);
      continue;
    }
    sum += sp.price.price!;
    for (const w of sp.warnings) out.warnings.push(w);
  }
  if (missing.length && !out.note) {
    out.note = { message: `No chart price for ${missing.join("; ")}.`, messageJa: `チャートに必要マイル数がありません: ${missingJa.join("; ")}。` };
  }
  if (!out.note) out.price = sum;
  // Report the season only where a chart used has seasonal prices.
  if (!seasonal) out.season = null;
  return out;
}

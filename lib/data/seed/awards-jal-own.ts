/**
 * JAL's own international award (JAL国際線特典航空券), tickets issued from
 * 2025-06-10 (charts-2026 §2.4, facts §8): base miles per route and cabin,
 * one way from Japan; a round trip is the sum of its one-ways; First by season
 * low / regular / high (calendar not stored). Rows are keyed by route (the
 * row's `region`); rule `farEndRegions` maps the far airport, city or country
 * to its route. Where only the pre-change value is known the cell is an
 * estimate from that value up to the published maximum increase for the area.
 */
import type { SeedAwardChart, SeedAwardChartRow, SeedAwardRule } from "./awards";

export const JAL_AWARD_FROM = "2025-06-10";
/** verifiedOn: charts-2026.md, which these rows come from, was collected on this day. */
const CHECKED = "2026-12-02";
const AVIATIONWIRE = "Aviation Wire, https://www.aviationwire.jp/archives/319566 (2025-03)";
const TABIKAZU = "tabikazu, https://mile.tabikazu.com/2025/03/07/jl-awardchart-int (2025-03-07)";
const TRAICY = "TRAICY, https://www.traicy.com/posts/20250306331822 (2025-03-06)";
const OTOKUREKA = "otokureka, https://otokureka.com/jal-deterioration (2025): round-trip economy minimums";
const MILE_TOKUTOKU = "mile-tokutoku, https://mile-tokutoku.com/news-2018/20181200-JL-godown.htm (2018-12-04): economy round trips before 2025-06-10";
const SUKESUKE = "sukesuke-mile-kojiki, https://sukesuke-mile-kojiki.net/entry/jal-inter-route-miles-2025-base (2025-03)";

type C = "economy" | "premium" | "business" | "first";

function cell(region: string, cabin: C, price: number, season: SeedAwardChartRow["season"] = "any"): SeedAwardChartRow {
  return { zone: null, region, minMiles: 0, maxMiles: null, cabin, season, price, kind: "chart", priceMin: null, priceMax: null, note: null };
}

/** Derived: half of a published round-trip minimum. */
function half(region: string, cabin: C, roundTrip: number): SeedAwardChartRow {
  return { ...cell(region, cabin, roundTrip / 2), kind: "derived", note: JSON.stringify({ code: "halfOfPublishedReturn", published: roundTrip }) };
}

/** Estimate: the pre-change one-way (half the round trip) up to the area's published maximum increase. */
function upTo(region: string, cabin: C, roundTripBefore: number, increase: number): SeedAwardChartRow {
  const previous = roundTripBefore / 2;
  return { ...cell(region, cabin, previous + increase / 2), kind: "estimate", priceMin: previous, priceMax: previous + increase, note: JSON.stringify({ code: "preChangePlusAreaMax", previous, increase, from: JAL_AWARD_FROM }) };
}

function route(region: string, prices: Partial<Record<C, number>>): SeedAwardChartRow[] {
  return Object.entries(prices).map(([cabin, price]) => cell(region, cabin as C, price));
}

function firstSeasons(region: string, low: number, regular: number, high: number): SeedAwardChartRow[] {
  return [cell(region, "first", low, "low"), cell(region, "first", regular, "regular"), cell(region, "first", high, "high")];
}

export const jalOwnAwardChart: SeedAwardChart = {
  key: "jal.award.base",
  program: "JAL",
  award: "jal",
  variant: "default",
  name: "JAL award, base miles from Japan (one way), tickets issued from 2025-06-10",
  nameJa: "JAL国際線特典航空券 基本マイル数(日本発・片道)2025年6月10日発券分から",
  basis: "direction",
  effectiveFrom: JAL_AWARD_FROM,
  effectiveTo: null,
  source: `${AVIATIONWIRE}; ${TABIKAZU}; ${TRAICY}; ${OTOKUREKA}`,
  confidence: "H",
  verifiedOn: CHECKED,
  notes: "Base miles are the minimum (Award PLUS may ask more on a given flight; First has no PLUS). Cells not published after the change are absent (no price). Singapore economy 13,000 is from one secondary source only.",
  rows: [
    ...route("seoul", { economy: 7500, business: 18000 }),
    ...route("china-north", { economy: 10000, business: 24000 }),
    ...route("shanghai-hongqiao", { economy: 11000, premium: 16000, business: 26000 }),
    ...route("shanghai-pudong", { economy: 10000, premium: 15000, business: 24000 }),
    ...route("guangzhou", { economy: 10000, business: 24000 }),
    ...route("hong-kong", { economy: 11000, premium: 16000, business: 26000 }),
    ...route("taipei", { economy: 9000, business: 24000 }),
    ...route("guam", { economy: 10000, business: 23000 }),
    ...route("manila", { economy: 10000, premium: 15000, business: 24000 }),
    ...route("vietnam", { economy: 13000, premium: 20000, business: 30000 }),
    ...route("singapore", { economy: 13000 }),
    upTo("bangkok", "economy", 27000, 5000),
    upTo("kuala-lumpur", "economy", 29000, 5000),
    upTo("jakarta", "economy", 31000, 5000),
    half("oceania", "economy", 46000),
    half("honolulu", "economy", 40000),
    ...route("honolulu", { business: 43000 }),
    ...firstSeasons("honolulu", 90000, 100000, 110000),
    ...route("kona", { business: 45000 }),
    half("north-america", "economy", 54000),
    ...route("north-america", { business: 55000 }),
    ...firstSeasons("north-america", 110000, 125000, 140000),
    upTo("london-paris", "economy", 52000, 10000),
    ...route("london-paris", { business: 57000 }),
    ...firstSeasons("london-paris", 110000, 125000, 140000),
    half("frankfurt", "economy", 46000),
    ...route("frankfurt", { business: 55000 }),
    ...route("helsinki", { business: 55000 }),
  ],
};

function rule(key: string, value: unknown, source: string, confidence: "H" | "M" | "L", notes: string | null = null): SeedAwardRule {
  return { program: "JAL", award: "jal", key, value: JSON.stringify(value), effectiveFrom: JAL_AWARD_FROM, effectiveTo: null, source, confidence, notes, verifiedOn: CHECKED };
}

/** Far airport, city or country -> route of the base-mile table. */
const ROUTES: Record<string, string> = {
  KR: "seoul", DLC: "china-north", PEK: "china-north", PKX: "china-north", TSN: "china-north",
  SHA: "shanghai-hongqiao", PVG: "shanghai-pudong", CAN: "guangzhou", HKG: "hong-kong",
  TPE: "taipei", TSA: "taipei", GU: "guam", GUM: "guam", MNL: "manila", HAN: "vietnam", SGN: "vietnam", SG: "singapore",
  BKK: "bangkok", KUL: "kuala-lumpur", CGK: "jakarta", AU: "oceania", HNL: "honolulu", KOA: "kona",
  US: "north-america", CA: "north-america", LHR: "london-paris", LON: "london-paris", CDG: "london-paris", PAR: "london-paris",
  FRA: "frankfurt", HEL: "helsinki",
};

export const jalOwnAwardRules: SeedAwardRule[] = [
  rule("directionDistance", "none", AVIATIONWIRE, "H", "Base miles are per route, not per distance band."),
  rule("regionBy", "farEnd", AVIATIONWIRE, "H"),
  rule("farEndRegions", ROUTES, `${AVIATIONWIRE}; ${TABIKAZU}`, "H", "Airport, city or country code -> route. Hawaii airports are listed before the country US (airport codes win)."),
  rule("homeCountries", ["JP"], TABIKAZU, "H", "The table is for trips from Japan."),
  rule("defaultSeason", "regular", TRAICY, "H", "First: low / regular / high; the season calendar is not stored, so every season is shown."),
  rule("priceNotes", ["dynamicAboveBase"], "FlyTeam, https://flyteam.jp/news/article/97093 (2018-07-12): Award PLUS", "H"),
  rule("preChangeSources", [MILE_TOKUTOKU, SUKESUKE], MILE_TOKUTOKU, "H", "Pre-change values behind the estimated cells."),
];

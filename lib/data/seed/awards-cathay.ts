/**
 * Cathay Pacific Asia Miles standard award on Cathay-operated flights, chart
 * from 2023-10-01 (charts-2026 §4.1–4.3, facts §8): zones by each direction's
 * origin-to-destination distance, short-haul split into two categories by
 * destination (Japan, Indonesia, India, Nepal are category 2); a round trip is
 * priced on its longer direction. Only the cells confirmed by published
 * sources are stored: any other cell has no price and the note names it.
 */
import type { SeedAwardChart, SeedAwardChartRow, SeedAwardRule } from "./awards";

export const CATHAY_FROM = "2023-10-01";
/** verifiedOn: charts-2026.md, which these rows come from, was collected on this day. */
const CHECKED = "2026-12-02";
const HK01 = "HK01, https://www.hk01.com/旅遊/60290935 (2025-11-03): Asia Miles economy examples";
const POINTSPARTY = "The Points Party, https://thepointsparty.com (2026-02-24): LAX–HKG business 88,000";
const FIVECANROU = "5canrou, https://5canrou.com/post/airline/1457 (2023): zones and the 2023-10-01 short-haul split";
const TERMS = "Asia Miles terms, https://www.asiamiles.com/en/terms-and-conditions/service/flight-award-mileage-credits-requirements.html (undated)";

function row(zone: string, minMiles: number, maxMiles: number | null, cabin: string, price: number, region: string | null = null): SeedAwardChartRow {
  return { zone, region, minMiles, maxMiles, cabin, season: "any", price, kind: "chart", priceMin: null, priceMax: null, note: null };
}

const ZONES: [string, number, number | null][] = [
  ["ultra-short", 1, 750],
  ["short", 751, 2750],
  ["medium", 2751, 5000],
  ["long", 5001, 7500],
  ["ultra-long", 7501, null],
];

/** Every zone of a cabin: the confirmed price, or an "unpublished" cell (no price; the note names it). */
function zones(cabin: string, known: Record<string, number>): SeedAwardChartRow[] {
  return ZONES.map(([zone, min, max]) => (known[zone] !== undefined ? row(zone, min, max, cabin, known[zone]) : { ...row(zone, min, max, cabin, 0), kind: "unpublished" }));
}

export const cathayStandardChart: SeedAwardChart = {
  key: "cx.standard.cx-operated",
  program: "CX",
  award: "standard",
  variant: "default",
  name: "Asia Miles standard award, Cathay Pacific flights (one way)",
  nameJa: "アジアマイル 標準特典航空券 キャセイパシフィック航空運航便(片道)",
  basis: "direction",
  effectiveFrom: CATHAY_FROM,
  effectiveTo: null,
  source: `${FIVECANROU}; ${HK01}; ${POINTSPARTY}`,
  confidence: "M",
  verifiedOn: CHECKED,
  notes: "Only confirmed cells: ultra-short economy 7,000; short-haul category 2 (Japan) economy 13,000; long business 88,000; ultra-long economy 38,000. All other cells of the 2023-10-01 chart are not published in the sources.",
  rows: [...zones("economy", { "ultra-short": 7000, "ultra-long": 38000 }), row("short", 751, 2750, "economy", 13000, "short-cat2"), ...zones("business", { long: 88000 })],
};

function rule(key: string, value: unknown, source: string, confidence: "H" | "M" | "L", notes: string | null = null): SeedAwardRule {
  return { program: "CX", award: "standard", key, value: JSON.stringify(value), effectiveFrom: CATHAY_FROM, effectiveTo: null, source, confidence, notes, verifiedOn: CHECKED };
}

export const cathayRules: SeedAwardRule[] = [
  rule("directionDistance", "origin-destination", TERMS, "H", "Priced on the one-way origin-to-destination distance, not the flown distance."),
  rule("roundTripPricing", "twiceLonger", TERMS, "H", "A round trip is priced on its longer direction."),
  rule("regionBy", "farEnd", FIVECANROU, "H"),
  rule("farEndRegions", { JP: "short-cat2", ID: "short-cat2", IN: "short-cat2", NP: "short-cat2" }, FIVECANROU, "H", "Short-haul category 2 destinations; every other short-haul destination is category 1."),
  rule("chartCarriers", ["CX"], TERMS, "M", "The stored chart is for Cathay-operated flights; the partner chart after 2023-10-01 is not published."),
  rule("priceNotes", ["onlyConfirmedCells"], FIVECANROU, "H"),
];

// Published example prices (charts-2026 §5) and the edges of each pricing model, through
// the pure engine on the production seeds, booked on 2026-12-02 unless the case says
// otherwise. Each row is labelled with its source; the expected numbers are the
// published ones (or the published arithmetic: 8-14%, half a return).
import { describe, expect, test } from "vitest";
import { quoteItinerary } from "./index";
import { renderAwardQuote } from "@/lib/i18n/award-messages";
import { productionData, tripOn } from "./production-fixture";
import type { AwardType, Cabin, ProgramCode } from "./types";

const TODAY = "2026-12-02";

interface Case {
  label: string;
  spec: string;
  program: ProgramCode;
  award: AwardType;
  cabin?: Cabin;
  stays?: number[];
  asOf?: string;
  want: Record<string, unknown>;
}

function quote(c: Pick<Case, "spec" | "program" | "award" | "cabin" | "stays" | "asOf">) {
  const q = quoteItinerary({ segments: tripOn(c.spec, { cabin: c.cabin, stays: c.stays ?? [96] }), programs: [c.program], asOf: c.asOf ?? TODAY }, productionData);
  return q.quotes.find((x) => x.award === c.award)!;
}

const JAL_OWN: Case[] = [
  { label: "§5 #9 Japan-North America business one way 55,000 (Aviation Wire 2025-03)", spec: "HND-JFK/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 55000, priceKind: "chart", confidence: "H" } },
  { label: "§5 #10 Japan-London business one way 57,000", spec: "HND-LHR/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 57000 } },
  { label: "§5 #11 Japan-Helsinki business one way 55,000 (unchanged)", spec: "NRT-HEL/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 55000 } },
  { label: "§5 #11 Japan-Frankfurt business one way 55,000", spec: "HND-FRA/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 55000 } },
  { label: "§5 #12 Japan-Honolulu business one way 43,000", spec: "HND-HNL/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 43000 } },
  { label: "§5 #12 Japan-Kona business one way 45,000", spec: "NRT-KOA/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 45000 } },
  {
    label: "§5 #13 Japan-North America First 110,000 L / 125,000 R / 140,000 H (calendar not stored: all three, regular as the price)",
    spec: "HND-JFK/JL", program: "JAL", award: "jal", cabin: "first",
    want: { price: 125000, seasons: [{ season: "low", price: 110000, priceRange: null }, { season: "regular", price: 125000, priceRange: null }, { season: "high", price: 140000, priceRange: null }] },
  },
  { label: "§5 #14 Japan-Honolulu First round trip = 2 x (90,000 / 100,000 / 110,000)", spec: "HND-HNL/JL HNL-HND/JL", program: "JAL", award: "jal", cabin: "first", want: { price: 200000, seasons: [{ season: "low", price: 180000, priceRange: null }, { season: "regular", price: 200000, priceRange: null }, { season: "high", price: 220000, priceRange: null }] } },
  { label: "§5 #15 Japan-Seoul economy 7,500 one way", spec: "HND-GMP/JL", program: "JAL", award: "jal", want: { price: 7500 } },
  { label: "§5 #15 Japan-Seoul business 18,000 one way", spec: "NRT-ICN/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 18000 } },
  { label: "§5 #16 Japan-Hong Kong premium economy 16,000", spec: "NRT-HKG/JL", program: "JAL", award: "jal", cabin: "premium", want: { price: 16000 } },
  { label: "§5 #17 Japan-Hanoi business 30,000", spec: "NRT-HAN/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 30000 } },
  { label: "§5 #18 Japan-US economy round trip 54,000 (derived: 27,000 each way)", spec: "HND-JFK/JL JFK-HND/JL", program: "JAL", award: "jal", want: { price: 54000, priceKind: "derived", confidence: "M" } },
  { label: "§5 #19 Japan-Sydney economy round trip 46,000 (derived)", spec: "HND-SYD/JL SYD-HND/JL", program: "JAL", award: "jal", want: { price: 46000, priceKind: "derived" } },
  { label: "round trip = sum of one-ways: HND-HNL-HND business 2 x 43,000", spec: "HND-HNL/JL HNL-HND/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 86000 } },
  { label: "only the pre-change value known: Tokyo-Bangkok economy 13,500 (half of 27,000) up to +5,000 (SE Asia maximum)", spec: "HND-BKK/JL", program: "JAL", award: "jal", want: { price: 16000, priceKind: "estimate", priceRange: { min: 13500, max: 18500 }, confidence: "L" } },
  { label: "a one-way to Japan is priced on the far end (Honolulu)", spec: "HNL-HND/JL", program: "JAL", award: "jal", cabin: "business", want: { price: 43000 } },
  { label: "booked 2025-06-09, before the base-mile table: no chart, no price", spec: "HND-HNL/JL", program: "JAL", award: "jal", cabin: "business", asOf: "2025-06-09", want: { valid: true, price: null, chart: null } },
  { label: "a cell never published (Helsinki economy) stays unpriced", spec: "NRT-HEL/JL", program: "JAL", award: "jal", want: { valid: true, price: null, priceKind: null } },
];

const JAL_PARTNER_OW: Case[] = [
  { label: "§5 #20 partner award HND-LAX-Maui on American, 14,001-20,000 total miles: economy 70,000", spec: "HND-LAX/AA LAX-OGG/AA OGG-LAX/AA LAX-HND/AA", program: "JAL", award: "partner", stays: [30, 96, 30], want: { price: 70000, priceKind: "chart" } },
  { label: "§5 #20 the same in business: 130,000", spec: "HND-LAX/AA LAX-OGG/AA OGG-LAX/AA LAX-HND/AA", program: "JAL", award: "partner", cabin: "business", stays: [30, 96, 30], want: { price: 130000 } },
  { label: "§5 #21 oneworld award business 14,001-20,000 miles = 120,000 (Tokyo-Singapore-London-Tokyo)", spec: "HND-SIN/JL SIN-LHR/BA LHR-HND/JL", program: "JAL", award: "oneworld", cabin: "business", stays: [30, 96], want: { price: 120000 } },
];

const BA: Case[] = [
  { label: "§5 #6 LHR-JFK First off-peak return 150,000 after 2025-12-15 (derived: 2 x 75,000)", spec: "LHR-JFK/BA JFK-LHR/BA", program: "BA", award: "perSegment", cabin: "first", want: { price: 150000, priceKind: "derived" } },
  { label: "§5 #6 before: booked 2025-12-14, 2 x 68,000 = 136,000 (chart)", spec: "LHR-JFK/BA JFK-LHR/BA", program: "BA", award: "perSegment", cabin: "first", asOf: "2025-12-14", want: { price: 136000, priceKind: "chart" } },
  {
    label: "LHR-JFK economy one way booked today: off-peak 13,000 and peak 20,000 + 8-14% (facts §8 estimate)",
    spec: "LHR-JFK/BA", program: "BA", award: "perSegment",
    want: { price: 14375, priceKind: "estimate", priceRange: { min: 14000, max: 14750 }, seasons: [{ season: "offpeak", price: 14375, priceRange: { min: 14000, max: 14750 } }, { season: "peak", price: 22125, priceRange: { min: 21500, max: 22750 } }] },
  },
  { label: "JAL-operated on BA's JAL/Cathay chart (§1.6), zone 2 economy 12,000 + 8-14%", spec: "NRT-ICN/JL", program: "BA", award: "perSegment", want: { price: 13375, priceKind: "estimate", priceRange: { min: 13000, max: 13750 } } },
  { label: "JAL-operated London-Tokyo on BA's JAL/Cathay chart: zone 7 never published, no price", spec: "LHR-HND/JL", program: "BA", award: "perSegment", cabin: "business", want: { valid: true, price: null } },
  { label: "multi-carrier chart, only its first band (0-1,500 miles): beyond it no price", spec: "HEL-LHR/AY LHR-MAD/IB", program: "BA", award: "multiCarrier", want: { valid: true, price: null } },
];

const ATMOS: Case[] = [
  { label: "§5 #22 LAX-HND on JAL economy 37,500 (Asia-Pacific 5,001-7,000)", spec: "LAX-HND/JL", program: "AS", award: "partner", want: { price: 37500, priceKind: "chart", cash: [{ amount: 12.5, currency: "USD", what: "partnerBookingFee" }] } },
  { label: "§5 #22 LAX-HND on JAL First 110,000", spec: "LAX-HND/JL", program: "AS", award: "partner", cabin: "first", want: { price: 110000 } },
  { label: "§5 #23 SEA-NRT on JAL business 60,000 (3,001-5,000)", spec: "SEA-NRT/JL", program: "AS", award: "partner", cabin: "business", want: { price: 60000 } },
  { label: "§5 #24 NRT-HKG on Cathay business 50,000 (1,501-3,000)", spec: "NRT-HKG/CX", program: "AS", award: "partner", cabin: "business", want: { price: 50000 } },
  { label: "§5 #25 NRT-SIN on JAL First 90,000", spec: "NRT-SIN/JL", program: "AS", award: "partner", cabin: "first", want: { price: 90000 } },
  { label: "§5 #26 LAX-NAN on Fiji Airways business 75,000 + US$12.50 fee", spec: "LAX-NAN/FJ", program: "AS", award: "partner", cabin: "business", want: { price: 75000, cash: [{ amount: 12.5, currency: "USD", what: "partnerBookingFee" }] } },
  { label: "region choice: London-New York touches no Asia-Pacific: Europe chart, 1,501-3,500 miles economy 22,500", spec: "LHR-JFK/BA", program: "AS", award: "partner", want: { price: 22500 } },
  { label: "region choice: New York-Los Angeles: Americas chart, 2,101-4,000 miles economy 17,500", spec: "JFK-LAX/AA", program: "AS", award: "partner", want: { price: 17500 } },
  { label: "round trip: each direction on its own, fee per direction", spec: "NRT-HKG/CX HKG-NRT/CX", program: "AS", award: "partner", want: { price: 50000, cash: [{ amount: 25, currency: "USD", what: "partnerBookingFee" }] } },
  { label: "one stopover per one-way on an international itinerary (§3.3)", spec: "SEA-NRT/JL NRT-SIN/JL", program: "AS", award: "partner", stays: [48], want: { valid: true } },
  { label: "no stopover on a domestic partner itinerary (§3.3): New York-Chicago (48 h)-Dallas (48 h)-Los Angeles, Dallas the turnaround, Chicago a stopover", spec: "JFK-ORD/AA ORD-DFW/AA DFW-LAX/AA", program: "AS", award: "partner", stays: [48, 48], want: { valid: false } },
  { label: "a one-way abroad with two stopovers breaks the one-per-direction limit: Tokyo-Hong Kong (48 h)-Singapore (48 h)-Bangkok", spec: "NRT-HKG/CX HKG-SIN/CX SIN-BKK/CX", program: "AS", award: "partner", stays: [48, 48], want: { valid: false } },
];

const CATHAY: Case[] = [
  { label: "§5 #28 HKG-TPE economy 7,000 (ultra-short)", spec: "HKG-TPE/CX", program: "CX", award: "standard", want: { price: 7000, priceKind: "chart" } },
  { label: "§5 #29 HKG-Japan economy 13,000 (short-haul category 2)", spec: "HKG-NRT/CX", program: "CX", award: "standard", want: { price: 13000 } },
  { label: "§5 #29 round trip 26,000 (twice the longer direction)", spec: "HKG-NRT/CX NRT-HKG/CX", program: "CX", award: "standard", want: { price: 26000 } },
  { label: "§5 #30 HKG-New York economy 38,000 (ultra-long)", spec: "HKG-JFK/CX", program: "CX", award: "standard", want: { price: 38000 } },
  { label: "§5 #31 LAX-HKG business 88,000 (long)", spec: "LAX-HKG/CX", program: "CX", award: "standard", cabin: "business", want: { price: 88000 } },
  { label: "short-haul category 1 (Shanghai) economy: not published, no price", spec: "HKG-PVG/CX", program: "CX", award: "standard", want: { valid: true, price: null } },
  { label: "a partner-operated flight: the partner chart is not stored, no price", spec: "HKG-NRT/JL", program: "CX", award: "standard", want: { valid: true, price: null } },
];

describe.each([
  { model: "JAL award (base miles from 2025-06-10, charts-2026 §2.4)", cases: JAL_OWN },
  { model: "JAL partner and oneworld awards (total distance, §2.1/§2.3)", cases: JAL_PARTNER_OW },
  { model: "BA Avios (zones per segment, §1; facts §8)", cases: BA },
  { model: "Atmos Rewards (region charts by distance, §3.2/§3.3)", cases: ATMOS },
  { model: "Asia Miles (zones on origin-destination distance, §4)", cases: CATHAY },
])("$model", ({ cases }) => {
  test.each(cases)("$label", (c) => {
    const q = quote(c);
    expect(q, JSON.stringify({ valid: q.valid, v: q.violations.map((v) => v.rule), price: q.price, notes: q.notes.map((n) => n.code) })).toMatchObject(c.want);
    if (q.price === null && q.valid) expect(q.notes.length, "a valid award without a price says why").toBeGreaterThan(0);
  });
});

test("a valid unpriced note names the cell, never an internal key", () => {
  const q = renderAwardQuote(quote({ spec: "LHR-HND/JL", program: "BA", award: "perSegment", cabin: "business" }));
  expect(q.note).toMatch(/^No published price for segment 1 \(LHR-HND\): business, 5,975 miles on BA Avios, flights operated by JAL and Cathay Pacific/);
  expect(q.noteJa).toMatch(/区間1 \(LHR-HND\): ビジネス、5,975マイル/);
  expect(`${q.note}${q.noteJa}`).not.toMatch(/perSegment|jal-cx|facts §|seed \d/);
});

import { describe, expect, test } from "vitest";
import { quoteItinerary } from "./index";
import { renderAwardQuote, renderViolation } from "@/lib/i18n/award-messages";
import { seedData, seg, trip, type TripOptions } from "./test-data";
import type { AwardType, QuoteSegmentInput } from "./types";

function quote(award: AwardType, segments: QuoteSegmentInput[], extra: { season?: "offpeak" | "peak"; asOf?: string } = {}) {
  const q = quoteItinerary({ segments, programs: ["BA"], ...extra }, seedData);
  return q.quotes.find((x) => x.award === award)!;
}
const t = (spec: string, opts?: TripOptions) => trip(spec, opts);

describe("BA per-segment pricing (facts §7: sum of each segment's zone price)", () => {
  test.each([
    { label: "facts §7: LHR-JFK on BA = 3,451 miles = zone 5, economy off-peak 13,000", segs: t("LHR-JFK/BA"), season: undefined, price: 13000, zones: ["5"] },
    { label: "LHR-JFK on BA, economy peak 20,000", segs: t("LHR-JFK/BA"), season: "peak" as const, price: 20000, zones: ["5"] },
    { label: "LHR-JFK on BA, business off-peak 50,000", segs: t("LHR-JFK/BA", { cabin: "business" }), season: undefined, price: 50000, zones: ["5"] },
    { label: "LHR-JFK on AA uses the partner chart: zone 5 economy 20,750", segs: t("LHR-JFK/AA"), season: undefined, price: 20750, zones: ["5"] },
    { label: "zone edges differ: HEL-LHR 1,151 miles on BA is zone 2 (651-1,151): 7,250", segs: t("HEL-LHR/BA"), season: undefined, price: 7250, zones: ["2"] },
    { label: "zone edges differ: HEL-LHR 1,151 miles on AY is partner zone 3 (1,151-2,000): 11,000", segs: t("HEL-LHR/AY"), season: undefined, price: 11000, zones: ["3"] },
    { label: "partner zone 1 within North America: JFK-BOS on AA economy 7,500", segs: t("JFK-BOS/AA"), season: undefined, price: 7500, zones: ["1"] },
    { label: "the North America exception is economy only: JFK-BOS on AA business 12,500", segs: t("JFK-BOS/AA", { cabin: "business" }), season: undefined, price: 12500, zones: ["1"] },
    { label: "Cathay short-haul zone 1 economy 7,500: HKG-TPE on CX", segs: t("HKG-TPE/CX"), season: undefined, price: 7500, zones: ["1"] },
    { label: "JAL short-haul zone 1 economy 7,500: HND-ITM on JL", segs: t("HND-ITM/JL"), season: undefined, price: 7500, zones: ["1"] },
    { label: "other partners' zone 1 economy 6,000: SYD-MEL on QF", segs: t("SYD-MEL/QF"), season: undefined, price: 6000, zones: ["1"] },
    {
      label: "mixed cabins: each segment at its own cabin, summed: LHR-JFK BA business 50,000 + JFK-BOS AA economy 7,500",
      segs: t("LHR-JFK/BA JFK-BOS/AA", { cabin: ["business", "economy"], stays: [72] }),
      season: undefined,
      price: 57500,
      zones: ["5", "1"],
    },
  ])("$label", ({ segs, season, price, zones }) => {
    const q = quote("perSegment", segs, { season });
    expect(q.valid).toBe(true);
    expect(q.price).toBe(price);
    expect(q.segmentPrices!.map((s) => s.zone)).toEqual(zones);
  });

  test("the request's season defaults to off-peak (rule data) and is reported", () => {
    expect(quote("perSegment", t("LHR-JFK/BA")).season).toBe("offpeak");
    expect(quote("perSegment", t("LHR-JFK/BA"), { season: "peak" }).season).toBe("peak");
  });

  test("no BA-operated premium economy in zones 1-3: valid, price null with a note", () => {
    const q = quote("perSegment", t("LHR-DUB/BA", { cabin: "premium" }));
    expect(q.valid).toBe(true);
    expect(q.price).toBeNull();
    expect(q.notes[0]).toMatchObject({ code: "note.segmentsUnpublished", params: { items: [expect.objectContaining({ segment: 1, cabin: "premium" })] } });
    expect(renderAwardQuote(q).note).toContain("premium economy");
  });

  test("after BA's 2025-12-15 price rise (facts §8): LHR-JFK economy is an estimate, zone 5 off-peak 13,000 + 8-14% = 14,000-14,750 (middle 14,375), peak 20,000 -> 21,500-22,750", () => {
    const q = quote("perSegment", trip("LHR-JFK/BA", { start: "2026-01-10T10:00Z" }), { asOf: "2026-12-02" });
    expect(q).toMatchObject({ valid: true, price: 14375, priceKind: "estimate", priceRange: { min: 14000, max: 14750 }, confidence: "L" });
    expect(q.seasons).toEqual([
      { season: "offpeak", price: 14375, priceRange: { min: 14000, max: 14750 } },
      { season: "peak", price: 22125, priceRange: { min: 21500, max: 22750 } },
    ]);
    expect(q.notes.map((n) => n.code)).toContain("basis.previousChartRise");
    expect(renderAwardQuote(q).note).toContain("8–14%");
    expect(renderAwardQuote(q).noteJa).toContain("8〜14%");
  });

  test.each([
    { label: "booked 2025-12-14 (the last day of the old chart): the chart cell", asOf: "2025-12-14", price: 13000, kind: "chart" },
    { label: "booked 2025-12-15 (effectiveTo is exclusive): the estimate", asOf: "2025-12-15", price: 14375, kind: "estimate" },
  ])("the booking date decides BA's chart for the same 2026 flight: $label", ({ asOf, price, kind }) => {
    expect(quote("perSegment", trip("LHR-JFK/BA", { start: "2026-01-10T10:00Z" }), { asOf })).toMatchObject({ price, priceKind: kind });
  });

  test("asOf selects the chart: the same 2026 flight quoted as of 2025-06-01 is priced", () => {
    const q = quote("perSegment", trip("LHR-JFK/BA", { start: "2026-01-10T10:00Z" }), { asOf: "2025-06-01" });
    expect(q.price).toBe(13000);
    expect(q.chart?.effectiveTo).toBe("2025-12-15");
  });
});

type Case = { label: string; award: AwardType; segs: QuoteSegmentInput[]; rule: string; violated: boolean };
const cases: Case[] = [
  { label: "ba.carrier: oneworld airlines are bookable with Avios", award: "perSegment", segs: t("SYD-MEL/QF MEL-SYD/QF"), rule: "ba.carrier", violated: false },
  { label: "ba.carrier: Korean Air is not in the stored Avios partners", award: "perSegment", segs: t("ICN-HND/KE"), rule: "ba.carrier", violated: true },
  { label: "multiCarrier.member: oneworld airlines pass", award: "multiCarrier", segs: t("HEL-LHR/AY LHR-MAD/IB"), rule: "multiCarrier.member", violated: false },
  { label: "multiCarrier.member: a Korean Air segment fails", award: "multiCarrier", segs: t("HND-ICN/JL ICN-HND/KE"), rule: "multiCarrier.member", violated: true },
  { label: "multiCarrier.carriers: two oneworld airlines without BA pass (AY + IB)", award: "multiCarrier", segs: t("HEL-LHR/AY LHR-MAD/IB"), rule: "multiCarrier.carriers", violated: false },
  { label: "multiCarrier.carriers: one airline fails", award: "multiCarrier", segs: t("HEL-LHR/AY LHR-HEL/AY"), rule: "multiCarrier.carriers", violated: true },
  { label: "multiCarrier.carriers: BA + one other fails (three needed with BA)", award: "multiCarrier", segs: t("LHR-JFK/BA JFK-DFW/AA"), rule: "multiCarrier.carriers", violated: true },
  { label: "multiCarrier.carriers: BA + AA + IB passes", award: "multiCarrier", segs: t("MAD-LHR/IB LHR-JFK/BA JFK-DFW/AA"), rule: "multiCarrier.carriers", violated: false },
  { label: "multiCarrier.maxSegments: 8 segments pass", award: "multiCarrier", segs: t("HND-HEL/JL HEL-LHR/AY LHR-MAD/IB MAD-LHR/IB LHR-DOH/QR DOH-HKG/QR HKG-SIN/CX SIN-NRT/JL"), rule: "multiCarrier.maxSegments", violated: false },
  { label: "multiCarrier.maxSegments: 9 segments fail", award: "multiCarrier", segs: t("HND-HEL/JL HEL-LHR/AY LHR-MAD/IB MAD-LHR/IB LHR-DOH/QR DOH-HKG/QR HKG-SIN/CX SIN-BKK/CX BKK-NRT/JL"), rule: "multiCarrier.maxSegments", violated: true },
];

describe("BA rules (seed 7)", () => {
  test.each(cases)("$label", ({ award, segs, rule, violated }) => {
    expect(quote(award, segs).violations.map((v) => v.rule).includes(rule)).toBe(violated);
  });

  test("multiCarrier: stopovers are allowed in every city", () => {
    const q = quote("multiCarrier", t("HND-ITM/JL ITM-HND/AA", { stays: [96] }));
    expect(q.valid).toBe(true);
  });

  test("multiCarrier message names the BA three-airline rule", () => {
    const v = quote("multiCarrier", t("LHR-JFK/BA JFK-DFW/AA")).violations[0];
    expect(v).toMatchObject({ rule: "multiCarrier.carriers", code: "violation.minAllianceAirlines", params: { min: 3, raised: true, raisedBy: "BA", count: 2, carriers: ["BA", "AA"], award: "BA.multiCarrier" } });
    expect(renderViolation(v).message).toBe("A BA oneworld multi-carrier award needs at least 3 oneworld airlines when BA is one of them; this trip has 2 (BA, AA).");
  });
});

describe("BA multi-carrier pricing (facts §7: one band known, cabin multipliers)", () => {
  test.each([
    { label: "0-1,500 miles economy = 30,000", cabin: "economy" as const, price: 30000 },
    { label: "premium economy x1.5 = 45,000", cabin: "premium" as const, price: 45000 },
    { label: "business x2 = 60,000", cabin: "business" as const, price: 60000 },
    { label: "first x3 = 90,000", cabin: "first" as const, price: 90000 },
  ])("$label", ({ cabin, price }) => {
    const q = quote("multiCarrier", t("HND-ITM/JL ITM-HND/AA", { cabin }));
    expect(q.totalMiles).toBe(502);
    expect(q.price).toBe(price);
    expect(q.chart?.confidence).toBe("L");
  });

  test("mixed cabins price at the highest cabin", () => {
    expect(quote("multiCarrier", t("HND-ITM/JL ITM-HND/AA", { cabin: ["economy", "business"] })).price).toBe(60000);
  });

  test("beyond the one known band the trip is valid but unpriced, with a note", () => {
    const q = quote("multiCarrier", t("HEL-LHR/AY LHR-MAD/IB"));
    expect(q.totalMiles).toBe(1151 + 774); // HEL-LHR + LHR-MAD (WGS84)
    expect(q.valid).toBe(true);
    expect(q.price).toBeNull();
    expect(q.notes[0]).toMatchObject({ code: "note.noCabinPrice", params: { cabin: "economy", miles: 1925 } });
    expect(renderAwardQuote(q).note).toMatch(/no economy price for 1,925 miles/);
  });
});

test("BA prices a segment on a stored route override instead of its distance", () => {
  const data = { ...seedData, routeOverrides: [{ program: "BA", fromCode: "JFK", toCode: "LHR", miles: 2900, effectiveFrom: "2020-01-01", source: "test", confidence: "L" }] };
  const q = quoteItinerary({ segments: [seg("LHR", "JFK", "BA", "2024-06-01T10:00", "2024-06-01T13:00")], programs: ["BA"] }, data).quotes[0];
  expect(q.distanceBasis).toBe("override-else-wgs84");
  expect(q.segmentPrices![0]).toMatchObject({ miles: 2900, zone: "4", price: 10000 });
});

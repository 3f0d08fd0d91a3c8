import { describe, expect, test } from "vitest";
import { renderQuote } from "@/lib/i18n/award-messages";
import { awardSeed } from "@/lib/data/seed/awards";
import { fixtureAirlines, fixtureAirports } from "./fixtures";
import { awardDataFromRows, ItineraryError, quoteItinerary, validateItinerary, ZQuoteResponse } from "./index";
import { seedData, seg, trip } from "./test-data";

const apiExample = {
  segments: [
    seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10", "business"),
    seg("HEL", "LHR", "AY", "2024-06-03T17:00", "2024-06-03T18:35", "business"),
  ],
  programs: ["JAL", "BA", "AS", "CX"] as ("JAL" | "BA" | "AS" | "CX")[],
  asOf: "2024-06-01",
};

describe("quoteItinerary: the api.md example (NRT-HEL-LHR on AY, 2 days in HEL)", () => {
  const q = quoteItinerary(apiExample, seedData);

  test("segments carry WGS84 miles and TPM (null: none published)", () => {
    expect(q.segments.map((s) => [s.from, s.to, s.carrier, s.cabin, s.distanceMiles, s.tpmMiles])).toEqual([
      ["NRT", "HEL", "AY", "business", 4877, null],
      ["HEL", "LHR", "AY", "business", 1151, null], // api.md shows 1,152: see distance.test.ts
    ]);
    expect(q.totalMiles).toBe(6028);
  });

  test("HEL is a stopover of 49.83 hours", () => {
    expect(q.stops).toMatchObject([{ airport: "HEL", kind: "stopover", hours: 49.83 }]);
  });

  test("one quote per award type of each program, in the contract's order", () => {
    expect(q.quotes.map((x) => `${x.program}.${x.award}`)).toEqual(["JAL.jal", "JAL.partner", "JAL.oneworld", "BA.perSegment", "BA.multiCarrier", "AS.partner", "CX.standard"]);
    expect(q.quotes.map((x) => x.currency)).toEqual(["JAL miles", "JAL miles", "JAL miles", "Avios", "Avios", "Atmos points", "Asia Miles"]);
  });

  test("the JAL oneworld award needs two oneworld airlines (and a return to Japan)", () => {
    const ow = q.quotes.find((x) => x.award === "oneworld")!;
    expect(ow.valid).toBe(false);
    expect(ow.price).toBeNull();
    expect(ow.violations.map((v) => v.rule)).toEqual(["oneworld.carriers", "oneworld.returnToOriginCountry"]);
    expect(ow.distanceBasis).toBe("tpm-else-wgs84");
    expect(ow.pointLevel).toBe("city");
    expect(ow.chart).toMatchObject({ effectiveFrom: "2024-01-01", confidence: "H" });
    expect(ow.rules.find((r) => r.key === "mustReturnToOriginCountry")).toMatchObject({ value: true, confidence: "M" });
  });

  test("BA per segment: zone 6 business 77,250 + zone 3 business 22,000 on the partner chart (a published chart cell each)", () => {
    const ba = q.quotes.find((x) => x.award === "perSegment")!;
    expect(ba.valid).toBe(true);
    expect(ba.price).toBe(77250 + 22000);
    expect(ba).toMatchObject({ priceKind: "chart", priceRange: null, confidence: "M", seasons: null });
  });

  test("Atmos (charts-2026 §3.2, Asia-Pacific chart from 2024-03-11): one way of 6,028 flown miles, business 75,000 + US$12.50; best at the stored valuations (75,000 x 1.4 cents < 99,250 x 1.5)", () => {
    const as = q.quotes.find((x) => x.program === "AS")!;
    expect(as).toMatchObject({ valid: true, price: 75000, priceKind: "chart", confidence: "H", cash: [{ amount: 12.5, currency: "USD", what: "partnerBookingFee" }] });
    expect(q.best).toMatchObject({ program: "AS", award: "partner", price: 75000, currency: "Atmos points", valueUsd: 1050 });
  });

  test("the response matches ZQuoteResponse", () => {
    expect(ZQuoteResponse.safeParse(renderQuote(q)).success).toBe(true);
  });

  test("programs limits the quotes", () => {
    expect(quoteItinerary({ ...apiExample, programs: ["CX"] }, seedData).quotes.map((x) => x.award)).toEqual(["standard"]);
  });
});

describe("best: the cheapest valid priced quote", () => {
  test("with valuations, JAL 40,000 miles at 1.4 c ($560) beats BA 41,500 Avios at 1.5 c ($622.50)", () => {
    const q = quoteItinerary({ segments: trip("HND-HNL/JL HNL-HND/AA", { stays: [96] }) }, seedData);
    expect(q.quotes.find((x) => x.award === "perSegment")!.price).toBe(41500);
    expect(q.best).toEqual({ program: "JAL", award: "oneworld", price: 40000, currency: "JAL miles", valueUsd: 560, priceKind: "chart", estimateDecides: false });
  });

  test("without valuations the raw numbers are compared (api.md: the cheapest)", () => {
    const q = quoteItinerary({ segments: trip("HND-HNL/JL HNL-HND/AA", { stays: [96] }) }, { ...seedData, valuations: [] });
    expect(q.best).toEqual({ program: "JAL", award: "oneworld", price: 40000, currency: "JAL miles", valueUsd: null, priceKind: "chart", estimateDecides: false });
  });

  test("null when nothing is valid and priced", () => {
    const q = quoteItinerary({ segments: trip("ICN-HND/KE"), programs: ["BA"] }, seedData);
    expect(q.best).toBeNull();
  });
});

describe("validateItinerary (checks that need the data)", () => {
  test.each([
    { label: "unknown airport", segments: [seg("NRT", "XXX", "AY", "2024-06-01T10:00", "2024-06-01T15:00")], path: "segments.0.to" },
    { label: "unknown airline", segments: [seg("NRT", "HEL", "ZZ", "2024-06-01T10:00", "2024-06-01T15:00")], path: "segments.0.carrier" },
    {
      label: "arrival before departure in real time although the wall clock says +3.5 h (JFK 10:00 EDT -> LHR 13:30 BST)",
      segments: [seg("JFK", "LHR", "BA", "2024-06-01T10:00", "2024-06-01T13:30")],
      path: "segments.0.arrives",
    },
    {
      label: "a segment leaving before the previous one arrives",
      segments: [seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10"), seg("HEL", "LHR", "AY", "2024-06-01T14:00", "2024-06-01T15:35")],
      path: "segments.1.departs",
    },
  ])("$label", ({ segments, path }) => {
    const issues = validateItinerary({ segments }, seedData);
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(() => quoteItinerary({ segments }, seedData)).toThrow(ItineraryError);
  });

  test("a date-line crossing that looks backwards on the wall clock is fine (HND 21:55 -> HNL 10:00 same day)", () => {
    expect(validateItinerary({ segments: [seg("HND", "HNL", "JL", "2024-06-01T21:55", "2024-06-01T10:00")] }, seedData)).toEqual([]);
  });

  test("a gap between segments is not an error: it is an open jaw, reported in stops and warnings", () => {
    const segments = [seg("NRT", "LHR", "JL", "2024-06-01T11:00", "2024-06-01T16:00"), seg("MAN", "HEL", "AY", "2024-06-05T10:00", "2024-06-05T15:00"), seg("HEL", "NRT", "AY", "2024-06-05T17:00", "2024-06-06T09:00")];
    expect(validateItinerary({ segments }, seedData)).toEqual([]);
    const q = quoteItinerary({ segments, programs: ["JAL"] }, seedData);
    expect(q.stops[0]).toMatchObject({ airport: "LHR", departsFrom: "MAN", openJaw: true });
    expect(q.warnings.map((w) => w.code)).toContain("itinerary.openJaw");
  });

  test("a surface sector has no carrier or cabin in the response, which still matches ZQuoteResponse", () => {
    const q = quoteItinerary({ segments: trip("HND-HEL/JL HEL-LHR/AY LHR-MAN/~ MAN-HEL/AY HEL-HND/JL") }, seedData);
    expect(q.segments[2]).toMatchObject({ from: "LHR", to: "MAN", carrier: null, cabin: null, surface: true });
    expect(ZQuoteResponse.safeParse(renderQuote(q)).success).toBe(true);
  });
});

test("rows as Prisma returns them (Date objects, airline memberships) give the same quote as the seed data", () => {
  const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
  const data = awardDataFromRows({
    airports: Object.values(fixtureAirports),
    airlines: Object.values(fixtureAirlines).map((a) => ({
      code: a.code,
      name: a.name,
      country: a.country,
      jalPartner: a.jalPartner,
      memberships: a.alliances.map((m) => ({ alliance: m.alliance, role: m.role ?? "member", joined: m.joined ? toDate(m.joined as string) : null, left: null })),
    })),
    programs: awardSeed.programs,
    charts: awardSeed.charts.map((c) => ({ ...c, effectiveFrom: toDate(c.effectiveFrom), effectiveTo: c.effectiveTo ? toDate(c.effectiveTo) : null })),
    rules: awardSeed.rules.map((r) => ({ ...r, effectiveFrom: toDate(r.effectiveFrom), effectiveTo: null })),
    sectorMileages: awardSeed.sectorMileages.map((r) => ({ ...r, effectiveFrom: toDate(r.effectiveFrom) })),
    routeOverrides: [],
    valuations: awardSeed.valuations,
  });
  const request = { segments: trip("HND-HNL/JL HNL-SEA/AS SEA-HND/JL", { stays: [96, 48] }) };
  expect(quoteItinerary(request, data)).toEqual(quoteItinerary(request, seedData));
});

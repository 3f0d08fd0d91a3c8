import { describe, expect, test } from "vitest";
import { allPricedData } from "@/lib/calculators/awards/test-arbitraries";
import { seedData, trip } from "@/lib/calculators/awards/test-data";
import type { ProgramCode, QuoteRequestInput } from "@/lib/calculators/awards";
import { awardSeed } from "@/lib/data/seed/awards";
import { bruteForce } from "./brute-force";
import { optimizeItinerary } from "./index";
import { runOptimizer } from "./run";

const ticketsOf = (r: ReturnType<typeof optimizeItinerary>) => r.tickets.map((t) => `${t.segments.join(",")} ${t.program}.${t.award} ${t.price}`);

/** facts §7: Tokyo-Honolulu round trip, 2 x 3,831 TPM = 7,662 miles -> JAL oneworld 40,000 (economy). */
const HONOLULU = trip("HND-HNL/JL HNL-HND/AA", { stays: [96] });

describe("splitting a journey into tickets", () => {
  test.each([
    {
      label: "split beats one ticket: Tokyo-Honolulu round trip + a hop to Sapporo. One JAL oneworld ticket is 8,172 miles (50,000); the round trip alone (40,000 JAL miles) plus HND-CTS on Avios (7,500, JAL short haul) is worth less",
      segments: trip("HND-HNL/JL HNL-HND/AA HND-CTS/JL", { stays: [96, 3] }),
      tickets: ["0,1 JAL.oneworld 40000", "2 BA.perSegment 7500"],
      total: [{ currency: "JAL miles", price: 40000 }, { currency: "Avios", price: 7500 }],
      // 40,000 x 1.4 + 7,500 x 1.5 (stored valuations, facts §7)
      totalCents: 67250,
    },
    {
      label: "one ticket is best: the Tokyo-Honolulu round trip on JAL and American is one JAL oneworld award of 40,000 (facts §7), cheaper than 2 x 20,750 Avios",
      segments: HONOLULU,
      tickets: ["0,1 JAL.oneworld 40000"],
      total: [{ currency: "JAL miles", price: 40000 }],
      totalCents: 56000,
    },
    {
      label: "one ticket is best: api.md's NRT-HEL-LHR on Finnair in business is one way (no JAL award), so one BA ticket priced per segment, not two",
      segments: trip("NRT-HEL/AY HEL-LHR/AY", { stays: [50], cabin: "business" }),
      tickets: ["0,1 BA.perSegment 99250"],
      total: [{ currency: "Avios", price: 99250 }],
      totalCents: 148875,
    },
  ])("$label", ({ segments, tickets, total, totalCents }) => {
    // JAL and BA only: these cases compare those two programs' charts of early 2024.
    const req = { segments, programs: ["JAL", "BA"] as ProgramCode[] };
    const r = optimizeItinerary(req, seedData, awardSeed.valuations);
    expect(ticketsOf(r)).toEqual(tickets);
    expect(r.total).toEqual(total);
    expect(r.totalCents).toBe(totalCents);
    const brute = bruteForce(req, seedData, runOptimizer(req, seedData, awardSeed.valuations).valuations.units);
    expect(r.totalCents! * 10_000).toBe(brute!.cost);
  });

  test("the split case lists the single JAL ticket (50,000 JAL miles for 8,172 miles) as the JAL-only alternative, with what it costs more", () => {
    const r = optimizeItinerary({ segments: trip("HND-HNL/JL HNL-HND/AA HND-CTS/JL", { stays: [96, 3] }), programs: ["JAL", "BA"] }, seedData, awardSeed.valuations);
    const jal = r.alternatives.find((a) => a.kind === "singleProgram" && a.program === "JAL")!;
    expect(jal.tickets.map((t) => [t.program, t.award, t.price, t.totalMiles])).toEqual([["JAL", "oneworld", 50000, 8172]]);
    expect(jal.extraCents).toBe(70000 - 67250);
  });

  test("a flight no stored award can book (Lufthansa) is left to be bought with money, and the rest is still planned", () => {
    const r = optimizeItinerary({ segments: trip("NRT-HEL/AY HEL-FRA/LH FRA-LHR/BA", { stays: [3, 3] }) }, seedData, awardSeed.valuations);
    expect(r.cashSegments).toEqual([1]);
    expect(r.tickets.flatMap((t) => t.segments)).toEqual([0, 2]);
    expect(r.suggestions.find((s) => s.code === "segment.noAward")).toMatchObject({ segmentIndex: 1, detail: { carrier: "LH" } });
  });

  test.each([
    {
      label: "a one-carrier JAL round trip whose first two flights stop over at the far point: the 3-flight JAL award must still be found (its stopover becomes the turnaround)",
      request: { segments: trip("HND-LAX/JL LAX-HNL/JL HNL-HND/JL", { stays: [48, 3] }), programs: ["JAL"] as ProgramCode[] },
      tickets: ["0,1,2 JAL.jal 60000"],
    },
    {
      label: "a surface sector inside a JAL oneworld round trip (one allowed, it counts as a stopover; its distance is not counted: 3,831 TPM + 5,488 WGS84 = 9,319 miles -> 50,000)",
      request: { segments: trip("HND-HNL/JL HNL-LAX/~ LAX-HND/AA", { stays: [48, 30] }), programs: ["JAL"] as ProgramCode[] },
      tickets: ["0,1,2 JAL.oneworld 50000"],
    },
  ])("pruning pitfall, checked against brute force: $label", ({ request, tickets }) => {
    const r = optimizeItinerary(request as QuoteRequestInput, allPricedData, awardSeed.valuations);
    expect(ticketsOf(r)).toEqual(tickets);
    const units = runOptimizer(request as QuoteRequestInput, allPricedData, awardSeed.valuations).valuations.units;
    expect(r.totalCents! * 10_000).toBe(bruteForce(request as QuoteRequestInput, allPricedData, units)!.cost);
  });
});

describe("valuations rank plans in different currencies", () => {
  test.each([
    { label: "stored valuations (JAL miles 1.4, Avios 1.5): JAL 40,000 = $560 beats 41,500 Avios = $622.50", valuations: undefined, program: "JAL", totalCents: 56000 },
    { label: "JAL miles valued at 2.0: 40,000 JAL miles = $800, so the Avios plan ($622.50) wins", valuations: { "JAL miles": 2.0 }, program: "BA", totalCents: 62250 },
    { label: "Avios valued at 1.0: 41,500 Avios = $415 beats 40,000 JAL miles = $560", valuations: { Avios: 1.0 }, program: "BA", totalCents: 41500 },
    { label: "JAL miles 1.5 vs Avios 1.45: $600 vs $601.75, JAL still (just) wins", valuations: { "JAL miles": 1.5, Avios: 1.45 }, program: "JAL", totalCents: 60000 },
  ])("$label", ({ valuations, program, totalCents }) => {
    const r = optimizeItinerary({ segments: HONOLULU, valuations: valuations as Record<string, number> | undefined }, seedData, awardSeed.valuations);
    expect(r.tickets.map((t) => t.program)).toEqual([program]);
    expect(r.totalCents).toBe(totalCents);
    const other = r.alternatives.find((a) => a.kind === "singleProgram" && a.program !== program)!;
    expect(other.totalCents).toBeGreaterThan(totalCents);
    // Prices stay in their own currency; only values are compared.
    expect(r.total).toHaveLength(1);
    if (valuations) for (const [currency, cents] of Object.entries(valuations)) expect(r.valuations).toContainEqual(expect.objectContaining({ currency, centsPerPoint: cents, fromRequest: true }));
  });
});

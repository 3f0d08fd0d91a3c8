import { describe, expect, test } from "vitest";
import { HELSINKI_STOPOVER } from "@/lib/awards/examples";
import { quoteItinerary } from "@/lib/calculators/awards";
import { seedData } from "@/lib/calculators/awards/test-data";
import { stopoverAllowance, stopoversUsed } from "./allowance";
import { splitMinutes } from "./duration";

describe("stopovers used versus allowed, from the seeded rule data (NRT-HEL-LHR, 2 days in HEL)", () => {
  const response = quoteItinerary({ segments: HELSINKI_STOPOVER.segments.map((s) => ({ ...s })) }, seedData);
  const q = (program: string, award: string) => response.quotes.find((x) => x.program === program && x.award === award)!;
  test.each([
    { label: "seed 7: JAL award, no stopovers", program: "JAL", award: "jal", allowed: { kind: "max", max: 0 } },
    { label: "seed 7: JAL partner award, up to 3", program: "JAL", award: "partner", allowed: { kind: "max", max: 3 } },
    { label: "seed 7: JAL oneworld award, up to 7", program: "JAL", award: "oneworld", allowed: { kind: "max", max: 7 } },
    { label: "seed 7: BA per segment has no stopover limit (each segment priced)", program: "BA", award: "perSegment", allowed: { kind: "none" } },
    { label: "seed 7: Alaska, one per direction", program: "AS", award: "partner", allowed: { kind: "perDirection", max: 1 } },
    { label: "asiamiles.com T&C: two on a round trip, one one way", program: "CX", award: "standard", allowed: { kind: "roundTripOneWay", roundTrip: 2, oneWay: 1 } },
  ])("$label", ({ program, award, allowed }) => {
    expect(stopoverAllowance(q(program, award))).toEqual(allowed);
    expect(stopoversUsed(q(program, award), response)).toBe(1); // HEL, 49.83 h
  });

  test("a transfer is not a stopover", () => {
    const short = quoteItinerary({ segments: [HELSINKI_STOPOVER.segments[0], { ...HELSINKI_STOPOVER.segments[1], departs: "2027-06-01T17:00", arrives: "2027-06-01T18:35" }] }, seedData);
    expect(stopoversUsed(short.quotes[0], short)).toBe(0);
  });
});

describe("splitMinutes", () => {
  test.each([
    { label: "49.83 h = 2 d 1 h 50 min", minutes: 2990, expected: { days: 2, hours: 1, minutes: 50 } },
    { label: "under a day", minutes: 95, expected: { days: 0, hours: 1, minutes: 35 } },
    { label: "negative clamps to 0", minutes: -5, expected: { days: 0, hours: 0, minutes: 0 } },
  ])("$label", ({ minutes, expected }) => expect(splitMinutes(minutes)).toEqual(expected));
});

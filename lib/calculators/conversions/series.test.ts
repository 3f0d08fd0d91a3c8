import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { quoteConversion } from "./quote";
import { ZConversionQuoteRequest } from "./schema";
import { seedData } from "./test-data";

const quote = (route: string, points: number, date: string) => quoteConversion(ZConversionQuoteRequest.parse({ route, points, date }), seedData, date);

describe("plot series: miles against points exchanged", () => {
  test("facts §2 Saison, July 2023: the series passes through 1,000 points -> 2,500 base, 3,000 with the campaign (+100 per unit)", () => {
    const s = quote("saison-jal", 1_000, "2023-07-15").series;
    expect(s.find((p) => p.points === 1_000)).toEqual({ points: 1_000, baseMiles: 2_500, milesWithCampaign: 3_000 });
    // Small amounts keep every unit step visible: 0..2,000 points in 200-point units.
    expect(s.map((p) => p.points)).toEqual(Array.from({ length: 11 }, (_, i) => i * 200));
  });

  test("no campaign covers the date -> milesWithCampaign is null everywhere", () => {
    expect(quote("ponta-jal", 10_001, "2023-08-01").series.every((p) => p.milesWithCampaign === null)).toBe(true);
  });

  test("property: the series starts at 0, reaches twice the points, never decreases, and the campaign never lowers miles", () => {
    fc.assert(
      fc.property(fc.constantFrom("ponta-jal", "saison-jal"), fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom("2023-07-15", "2023-08-15"), (route, points, date) => {
        const s = quote(route, points, date).series;
        const unit = route === "ponta-jal" ? 2 : 200;
        expect(s[0]).toMatchObject({ points: 0, baseMiles: 0 });
        expect(s.at(-1)!.points).toBe(Math.max(10, Math.floor((2 * points) / unit)) * unit);
        expect(s.length).toBeLessThanOrEqual(100);
        for (let i = 1; i < s.length; i++) {
          expect(s[i].points).toBeGreaterThan(s[i - 1].points);
          expect(s[i].baseMiles).toBeGreaterThanOrEqual(s[i - 1].baseMiles);
          if (s[i].milesWithCampaign !== null) expect(s[i].milesWithCampaign!).toBeGreaterThanOrEqual(s[i - 1].milesWithCampaign!);
        }
        for (const p of s) if (p.milesWithCampaign !== null) expect(p.milesWithCampaign).toBeGreaterThanOrEqual(p.baseMiles);
      }),
    );
  });
});

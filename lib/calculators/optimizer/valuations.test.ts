import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { awardSeed } from "@/lib/data/seed/awards";
import { resolveValuations, unitsToCents, valuationUnits } from "./valuations";

describe("valuations", () => {
  test.each([
    { label: "facts §7 defaults: Avios 1.5, JAL miles 1.4 (airline-miles baseline), IHG 0.5", overrides: {}, expected: { Avios: 1.5, "JAL miles": 1.4, "IHG points": 0.5 }, fromRequest: [] as string[] },
    { label: "the user's value replaces the stored one (api.md: { \"JAL miles\": 2.0 })", overrides: { "JAL miles": 2.0 }, expected: { Avios: 1.5, "JAL miles": 2.0 }, fromRequest: ["JAL miles"] },
    { label: "a currency with no stored value can be added", overrides: { "Marriott points": 0.8 }, expected: { "Marriott points": 0.8 }, fromRequest: ["Marriott points"] },
  ])("$label", ({ overrides, expected, fromRequest }) => {
    const v = resolveValuations(awardSeed.valuations, overrides as Record<string, number>);
    for (const [currency, cents] of Object.entries(expected)) expect(v.used.find((x) => x.currency === currency)?.centsPerPoint).toBe(cents);
    expect(v.used.filter((x) => x.fromRequest).map((x) => x.currency)).toEqual(fromRequest);
    // Stored rows keep their provenance; the user's own value says so.
    for (const u of v.used) expect(u.source).toBe(u.fromRequest ? "request" : awardSeed.valuations.find((r) => r.currency === u.currency)!.source);
  });

  test("valuations become exact integers (cents x 10,000), so sums compare exactly", () => {
    expect(valuationUnits(1.4)).toBe(14_000);
    expect(valuationUnits(0.12345)).toBe(1_235); // named rounding to 4 decimals of a cent
    expect(unitsToCents(40_000 * valuationUnits(1.4))).toBe(56_000);
  });

  test("a cost in units is price x units exactly, for every price and valuation the API allows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0.0001, max: 100, noNaN: true }), (price, cents) => {
        const cost = price * valuationUnits(cents);
        expect(Number.isSafeInteger(cost * 16)).toBe(true);
      }),
    );
  });
});

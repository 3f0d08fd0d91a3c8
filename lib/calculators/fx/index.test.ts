import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { centsToYen, cheapestBoughtCents } from "./index";

describe("centsToYen", () => {
  test.each([
    { label: "IHG 0.5 cents (TPG/NerdWallet/Milelion) at 157.5 -> 0.79 yen", cents: 0.5, rate: 157.5, yen: 0.79 },
    { label: "IHG 0.7 cents (Bankrate) at 157.5 -> 1.10 yen", cents: 0.7, rate: 157.5, yen: 1.1 },
    { label: "Avios Voyager yearly 1.575 cents at 157.5 -> 2.48 yen", cents: 1.575, rate: 157.5, yen: 2.48 },
    { label: "one dollar is the rate", cents: 100, rate: 157.58, yen: 157.58 },
  ])("$label", ({ cents, rate, yen }) => {
    expect(centsToYen(cents, rate)).toBe(yen);
  });

  test("a missing or zero rate is refused, never silently 0", () => {
    expect(() => centsToYen(1, 0)).toThrow(RangeError);
    expect(() => centsToYen(Number.NaN, 150)).toThrow(RangeError);
  });

  test("property: monotone in cents and in the rate", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 1, max: 500, noNaN: true }), (a, b, r) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(centsToYen(lo, r)).toBeLessThanOrEqual(centsToYen(hi, r));
    }));
  });
});

describe("cheapestBoughtCents", () => {
  test("promotions-safety-2026 §3a: 1.0 cents at the top tier with a 100% bonus -> 0.5 cents", () => {
    expect(cheapestBoughtCents([{ centsPerPoint: 1.35 }, { centsPerPoint: 1.15 }, { centsPerPoint: 1.0 }], [100])).toBe(0.5);
  });
  test("no tiers: no price", () => {
    expect(cheapestBoughtCents([], [100])).toBeNull();
  });
});

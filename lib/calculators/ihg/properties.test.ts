import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buyPoints } from "./buy-points";
import { ZIhgBuyPointsRequest } from "./schema";
import { seedRule } from "./test-data";

const quantity = fc.integer({ min: seedRule.minPurchase / seedRule.step, max: seedRule.maxPurchase / seedRule.step }).map((k) => k * seedRule.step);
const bonus = fc.integer({ min: 0, max: 100 });
const price = fc.option(fc.integer({ min: 1, max: 500 }).map((c) => c / 100), { nil: undefined });
const buy = (points: number, bonusPercent: number, centsPerPoint?: number) =>
  buyPoints(ZIhgBuyPointsRequest.parse({ points, bonusPercent, centsPerPoint, rules: { onlyFullBonus: false } }), seedRule);
const maxThreshold = Math.max(...seedRule.bonusRules.map((r) => r.minPoints));

describe("properties", () => {
  test("total = bought + bonus; cost is whole cents", () => {
    fc.assert(
      fc.property(quantity, bonus, price, (points, b, c) => {
        const r = buy(points, b, c);
        expect(r.totalPoints).toBe(points + r.bonusPoints);
        expect(Math.abs(r.costUsd * 100 - Math.round(r.costUsd * 100))).toBeLessThan(1e-6);
      }),
    );
  });

  test("a bigger bonus never raises the effective price (for purchases that meet every stored threshold)", () => {
    fc.assert(
      fc.property(quantity.filter((q) => q >= maxThreshold), bonus, bonus, price, (points, a, b, c) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(buy(points, hi, c).effectiveCentsPerPoint).toBeLessThanOrEqual(buy(points, lo, c).effectiveCentsPerPoint);
      }),
    );
  });

  test("a bigger bonus never raises the effective price whenever both bonuses apply (any quantity)", () => {
    fc.assert(
      fc.property(quantity, bonus, bonus, price, (points, a, b, c) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rLo = buy(points, lo, c);
        const rHi = buy(points, hi, c);
        if ((lo === 0 || rLo.bonusApplied) && rHi.bonusApplied) {
          expect(rHi.effectiveCentsPerPoint).toBeLessThanOrEqual(rLo.effectiveCentsPerPoint);
        }
      }),
    );
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buyPoints } from "./buy-points";
import { ihgPriceSeries } from "./series";
import { ZIhgSeriesQuery, ihgBuyPointsRequestFor } from "./schema";
import { seedRule } from "./test-data";

// What the schema (narrowed by the stored rule) accepts must be answered: a throw would be a 500.
const num = fc.oneof(fc.integer({ min: -5, max: 2_000_000 }), fc.double({ min: -1, max: 1e7, noNaN: true }), fc.constantFrom(0, 1_000, 10_000, 11_000, 150_000, 300_000, 1e-9));

describe("any request the schema accepts is answered", () => {
  test("property: buyPoints and the price series never throw on a parsed request", () => {
    const schema = ihgBuyPointsRequestFor(seedRule);
    fc.assert(
      fc.property(
        num,
        fc.integer({ min: -5, max: 120 }),
        fc.option(fc.double({ min: 1e-9, max: 11, noNaN: true }), { nil: undefined }),
        num,
        fc.option(num, { nil: undefined }),
        fc.option(fc.record({ cashUsd: num, awardPoints: num }), { nil: undefined }),
        fc.boolean(),
        (points, bonusPercent, centsPerPoint, purchasedThisYear, annualCap, stay, onlyFullBonus) => {
          const req = schema.safeParse({ points, bonusPercent, centsPerPoint, purchasedThisYear, annualCap, stay, rules: { onlyFullBonus } });
          if (req.success) {
            const r = buyPoints(req.data, seedRule);
            expect(Number.isFinite(r.costUsd) && Number.isFinite(r.effectiveCentsPerPoint)).toBe(true);
          }
          const q = ZIhgSeriesQuery.safeParse({ bonusPercent: String(bonusPercent), annualCap: annualCap === undefined ? undefined : String(annualCap), centsPerPoint: centsPerPoint === undefined ? undefined : String(centsPerPoint) });
          if (q.success) expect(ihgPriceSeries(seedRule, q.data).length).toBeLessThanOrEqual(1000);
        },
      ),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { cheapestAviosPlan } from "./collect";
import { aviosCostSeries } from "./series";
import { aviosSubscriptions } from "./plans";
import { ZAviosCollectRequest, ZAviosSubscriptionsRequest } from "./schema";
import { seedPlans } from "./test-data";

// What the schema accepts must be answered quickly and without a throw (a 500 otherwise).
const day = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("any request the schema accepts is answered", () => {
  test("property: the cheapest way, the plot series and the verdicts never throw on a parsed request", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 2_000_005 }), fc.constantFrom(1, 2_000_000)),
        fc.oneof(day, fc.constantFrom("9999-12-31", "0001-01-01", "2024-02-30")),
        fc.constantFrom("monthly", "upfront"),
        fc.boolean(),
        fc.double({ min: -1, max: 200, noNaN: true }),
        (targetAvios, deadline, yearlyCredit, allowCombinations, value) => {
          const req = ZAviosCollectRequest.safeParse({ targetAvios, deadline, yearlyCredit, allowCombinations });
          if (req.success) {
            const r = cheapestAviosPlan(seedPlans, req.data, "2026-11-23");
            expect(r.monthsAvailable).toBeGreaterThanOrEqual(0);
            expect(aviosCostSeries(seedPlans, { maxAvios: req.data.targetAvios })).toHaveLength(8);
          }
          const v = ZAviosSubscriptionsRequest.safeParse({ valueCentsPerAvios: value });
          if (v.success) expect(aviosSubscriptions(seedPlans, v.data).plans).toHaveLength(4);
        },
      ),
      { numRuns: 300 },
    );
  });
});

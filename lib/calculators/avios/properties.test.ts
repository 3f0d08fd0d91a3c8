import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { cheapestAviosPlan } from "./collect";
import { ZAviosCollectRequest } from "./schema";
import { cheapestMix, monthlyRoom, type YearlyCredit } from "./search";
import { aviosKinds, type AviosPlanData } from "./types";
import { seedPlans } from "./test-data";

/** Brute force over every count vector (small instances only): the reference for the exact search. */
function bruteForce(plans: AviosPlanData[], target: number, slots: number, credit: YearlyCredit): number | null {
  const kinds = aviosKinds(plans);
  let best: number | null = null;
  const walk = (i: number, m: number, y: number, avios: number, cost: number) => {
    if (monthlyRoom(m, y, slots, credit) < 0) return;
    if (i === kinds.length) {
      if (avios >= target && (best === null || cost < best)) best = cost;
      return;
    }
    const k = kinds[i];
    for (let c = 0; c <= (k.months === 12 ? 3 : slots); c++) {
      walk(i + 1, k.months === 12 ? m : m + c, k.months === 12 ? y + c : y, avios + c * k.avios, cost + c * k.usdCents);
    }
  };
  walk(0, 0, 0, 0, 0);
  return best;
}

const arbPlan = fc.record({
  name: fc.constantFrom("A", "B", "C"),
  monthlyUsdCents: fc.integer({ min: 100, max: 30_000 }),
  yearlyUsdCents: fc.integer({ min: 1_000, max: 300_000 }),
  aviosPerMonth: fc.integer({ min: 500, max: 20_000 }),
  aviosPerYear: fc.integer({ min: 5_000, max: 200_000 }),
  effectiveFrom: fc.constant("2024-01-01"),
  source: fc.constant("test"),
  confidence: fc.constant("H"),
});

describe("properties", () => {
  test("the exact search matches brute force on small random plan sets", () => {
    fc.assert(
      fc.property(
        fc.array(arbPlan, { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 120_000 }),
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom<YearlyCredit>("monthly", "upfront"),
        (plans, target, slots, credit) => {
          const mix = cheapestMix(aviosKinds(plans), target, slots, credit);
          expect(mix?.costCents ?? null).toBe(bruteForce(plans, target, slots, credit));
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the best option reaches the target by the deadline, and no in-time alternative is cheaper", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600_000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom<YearlyCredit>("monthly", "upfront"),
        fc.boolean(),
        (targetAvios, monthsAhead, yearlyCredit, allowCombinations) => {
          const today = "2024-03-31";
          const [y, m] = [2024 + Math.floor((2 + monthsAhead) / 12), ((2 + monthsAhead) % 12) + 1];
          const deadline = `${y}-${String(m).padStart(2, "0")}-15`;
          const r = cheapestAviosPlan(seedPlans, ZAviosCollectRequest.parse({ targetAvios, deadline, yearlyCredit, allowCombinations }), today);
          if (!r.best) return;
          expect(r.best.avios).toBeGreaterThanOrEqual(targetAvios);
          expect(r.best.reachedOn! <= deadline).toBe(true);
          for (const p of r.best.payments) expect(p.date <= p.creditedBy && p.creditedBy <= deadline).toBe(true);
          expect(r.best.payments.reduce((s, p) => s + p.avios, 0)).toBe(r.best.avios);
          expect(Math.round(r.best.payments.reduce((s, p) => s + p.usd * 100, 0))).toBe(Math.round(r.best.costUsd * 100));
          for (const alt of r.alternatives.filter((o) => o.feasible)) expect(alt.costUsd).toBeGreaterThanOrEqual(r.best.costUsd);
        },
      ),
      { numRuns: 200 },
    );
  });
});

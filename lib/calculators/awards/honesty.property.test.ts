// Invariants of honest prices (api.md "How sure a price is", facts §8), on random
// journeys and booking dates with every model: an estimate's range always contains its
// price (and each season's), a derived or chart price has no range, and no quote is
// priced from a chart version that had ended by its booking date or not yet begun.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { quoteItinerary } from "./index";
import { datasetOf, journeyArb } from "./test-arbitraries";

const RUNS = Number(process.env.FC_RUNS ?? 150);
const BOOKING = fc.constantFrom("2021-09-01", "2024-06-01", "2025-06-10", "2025-12-14", "2025-12-15", "2026-12-02", "2028-01-01");

describe("honest prices on random journeys", () => {
  test("an estimate's range contains its price, every season's too; other kinds carry no range; a priced quote has a kind and a confidence", () => {
    fc.assert(
      fc.property(journeyArb(6), BOOKING, (c, asOf) => {
        const q = quoteItinerary({ ...c.request, asOf }, datasetOf(c));
        for (const x of q.quotes) {
          if (x.price === null) {
            expect(x.priceKind).toBeNull();
            continue;
          }
          expect(["chart", "derived", "estimate"]).toContain(x.priceKind);
          expect(["H", "M", "L"]).toContain(x.confidence);
          if (x.priceKind === "estimate") {
            expect(x.priceRange!.min).toBeLessThanOrEqual(x.price);
            expect(x.price).toBeLessThanOrEqual(x.priceRange!.max);
            expect(x.confidence).toBe("L");
          } else expect(x.priceRange).toBeNull();
          for (const s of x.seasons ?? []) if (s.priceRange) expect(s.priceRange.min <= s.price && s.price <= s.priceRange.max).toBe(true);
          if (q.best && q.best.program === x.program && q.best.award === x.award) expect(q.best.price).toBe(x.price);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test("a quote never prices from a chart version whose end is on or before its booking date, or whose start is after it", () => {
    fc.assert(
      fc.property(journeyArb(6), BOOKING, (c, asOf) => {
        const q = quoteItinerary({ ...c.request, asOf }, datasetOf(c));
        expect(q.asOf).toBe(asOf);
        for (const x of q.quotes) {
          if (x.price === null) continue;
          for (const chart of x.charts) {
            expect(chart.effectiveFrom <= asOf, `${chart.key} starts ${chart.effectiveFrom}`).toBe(true);
            expect(chart.effectiveTo === null || chart.effectiveTo > asOf, `${chart.key} ended ${chart.effectiveTo}`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});

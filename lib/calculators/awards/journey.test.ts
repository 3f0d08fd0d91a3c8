import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AWARDS } from "./awards";
import { breaksForLongerTickets, dataEpoch, openTicket, quickVerdict, quoteTicket, resolveJourney, ticketRules, unpriceableFromHereOn } from "./journey";
import { prepareAwardData } from "./prepare";
import { quoteItinerary, type AwardQuote } from "./quote";
import { datasetOf, journeyArb } from "./test-arbitraries";
import { seedData, trip } from "./test-data";
import { PROGRAMS, type QuoteRequestInput } from "./types";

/** The oracle: a run of segments quoted as a request of its own. */
function quoteSlice(request: QuoteRequestInput, first: number, last: number, data: Parameters<typeof quoteItinerary>[1]) {
  return quoteItinerary({ segments: request.segments.slice(first, last + 1), programs: request.programs, asOf: request.asOf, season: request.season }, data);
}

/** More runs on demand: FC_RUNS=2000 npx vitest run ... */
const RUNS = Number(process.env.FC_RUNS ?? 60);

const codes = (q: AwardQuote) => [...new Set(q.violations.map((v) => v.rule))].sort();

describe("tickets of a journey", () => {
  test("a ticket quoted from the journey equals the same segments quoted as a request of their own (validity, price, rules broken, miles)", () => {
    fc.assert(
      fc.property(journeyArb(6), (c) => {
        const data = datasetOf(c);
        const journey = resolveJourney(c.request, data);
        const n = journey.segments.length;
        for (let first = 0; first < n; first++) {
          for (let last = first; last < n; last++) {
            const oracle = quoteSlice(c.request, first, last, data);
            const ctx = openTicket(journey, first, last);
            for (const q of oracle.quotes) {
              const def = AWARDS[q.program].find((d) => d.award === q.award)!;
              const mine = quoteTicket(ctx, q.program, def).quote;
              expect({ valid: mine.valid, price: mine.price, codes: codes(mine), miles: mine.totalMiles, chart: mine.chart?.key }).toEqual({ valid: q.valid, price: q.price, codes: codes(q), miles: q.totalMiles, chart: q.chart?.key });
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test("prices shared through the journey's memos (miles, per-segment prices by rule set and season) equal a fresh quote: segment prices, range, charts, warnings", () => {
    fc.assert(
      fc.property(journeyArb(6), (c) => {
        const data = datasetOf(c);
        const journey = resolveJourney(c.request, data);
        const n = journey.segments.length;
        // Every ticket first, so later ones read what earlier ones left in the memos.
        const tickets: [number, number][] = [];
        for (let first = 0; first < n; first++) for (let last = first; last < n; last++) tickets.push([first, last]);
        for (const [first, last] of tickets.reverse()) {
          const oracle = quoteSlice(c.request, first, last, data);
          const ctx = openTicket(journey, first, last);
          for (const q of oracle.quotes) {
            const def = AWARDS[q.program].find((d) => d.award === q.award)!;
            const mine = quoteTicket(ctx, q.program, def).quote;
            // The slice's segments are indexed from 0 (and named from 1): index the ticket's the same way.
            const plain = (x: AwardQuote, off: number) => {
              const shift = <T extends { segmentIndex?: number }>(y: T) => ({ ...y, segmentIndex: y.segmentIndex === undefined ? undefined : y.segmentIndex - off });
              const json = JSON.stringify({ price: x.price, priceRange: x.priceRange, priceKind: x.priceKind, charts: x.charts.map((m) => m.key), segmentPrices: x.segmentPrices?.map(shift) ?? null, warnings: x.warnings.map(shift) });
              return JSON.parse(json.replace(/"segment":(\d+)/g, (_m, k: string) => `"segment":${Number(k) - off}`)) as unknown;
            };
            expect(plain(mine, first)).toEqual(plain(q, 0));
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test("the optimizer's shortcuts never drop a ticket that could be valid and priced", () => {
    fc.assert(
      fc.property(journeyArb(6), (c) => {
        const data = datasetOf(c);
        const journey = resolveJourney(c.request, data);
        const n = journey.segments.length;
        // As the optimizer does: a ticket starts and ends with a flight.
        for (let first = 0; first < n; first++) {
          if (journey.segments[first].surface) continue;
          const oracles = Array.from({ length: n - first }, (_, k) => quoteSlice(c.request, first, first + k, data));
          for (const program of c.request.programs ?? PROGRAMS) {
            for (const def of AWARDS[program]) {
              const rules = ticketRules(journey, first, program, def.award);
              for (let last = first; last < n; last++) {
                if (journey.segments[last].surface) continue;
                const ctx = openTicket(journey, first, last);
                const later = oracles
                  .slice(last - first)
                  .filter((o) => !o.segments[o.segments.length - 1].surface)
                  .map((o) => o.quotes.find((q) => q.program === program && q.award === def.award)!);
                const here = later[0];
                const verdict = quickVerdict(ctx, rules);
                if (verdict === "stop") for (const q of later) expect(q.valid, `${program}.${def.award} ${first}..${last} "stop"`).toBe(false);
                if (verdict === "skip") expect(here.valid).toBe(false);
                if (unpriceableFromHereOn(ctx, program, def, rules)) for (const q of later) expect(q.price).toBeNull();
                const mine = quoteTicket(ctx, program, def, false, rules).quote;
                if (mine.violations.some((v) => breaksForLongerTickets(v.rule, rules))) {
                  for (const q of later) expect(q.valid, `${program}.${def.award} ${first}..${last}: ${codes(mine).join(",")}`).toBe(false);
                }
              }
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  test.each([
    { label: "a stop keeps the journey's index in a ticket that starts later", first: 1, last: 2, stopIndex: 1 },
    { label: "a two-segment ticket at the start has the stop between segments 0 and 1", first: 0, last: 1, stopIndex: 0 },
  ])("$label", ({ first, last, stopIndex }) => {
    const request = { segments: trip("NRT-HEL/AY HEL-LHR/AY LHR-MAD/IB", { stays: [3, 30] }) };
    const journey = resolveJourney(request, seedData);
    const ctx = openTicket(journey, first, last);
    expect(ctx.stops.map((s) => s.index)).toEqual([stopIndex]);
    expect(ctx.segs.map((s) => s.index)).toEqual([first, last]);
  });

  test("dates on which the same data is in force share one epoch; a chart change starts a new one", () => {
    const p = prepareAwardData(seedData);
    const day = (d: string) => Date.parse(`${d}T00:00Z`);
    expect(dataEpoch(p, day("2024-06-01"))).toBe(dataEpoch(p, day("2024-06-30")));
    // BA's charts end on 2025-12-15 (facts §7).
    expect(dataEpoch(p, day("2025-12-14"))).toBeLessThan(dataEpoch(p, day("2025-12-15")));
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fixtureAirlines, fixtureAirports } from "./fixtures";
import { quoteItinerary } from "./index";
import { AWARD_MESSAGE_CODES, renderViolation } from "@/lib/i18n/award-messages";
import { localToUtc } from "./time";
import { seedData, toLocal, trip } from "./test-data";
import type { QuoteSegmentInput } from "./types";

const codes = Object.keys(fixtureAirports);
const carriers = Object.keys(fixtureAirlines);
const cabins = ["economy", "premium", "business", "first"] as const;
const MIN = 60_000;

/** Round-trips through local time unchanged (not in a DST gap or overlap). */
const exact = (t: number, code: string) => localToUtc(toLocal(t, fixtureAirports[code].timeZone), fixtureAirports[code].timeZone) === t;

function twoLegs(a: string, b: string, c: string, start: number, f1: number, stay: number, f2: number): QuoteSegmentInput[] {
  const arr1 = start + f1 * MIN;
  const dep2 = arr1 + stay * MIN;
  const arr2 = dep2 + f2 * MIN;
  fc.pre(exact(start, a) && exact(arr1, b) && exact(dep2, b) && exact(arr2, c));
  const tz = (x: string) => fixtureAirports[x].timeZone;
  return [
    { from: a, to: b, carrier: "AA", cabin: "economy", departs: toLocal(start, tz(a)), arrives: toLocal(arr1, tz(b)) },
    { from: b, to: c, carrier: "AA", cabin: "economy", departs: toLocal(dep2, tz(b)), arrives: toLocal(arr2, tz(c)) },
  ];
}

const threeAirports = fc.uniqueArray(fc.constantFrom(...codes), { minLength: 3, maxLength: 3 });
const startMinute = fc.integer({ min: Date.UTC(2020, 0, 1) / MIN, max: Date.UTC(2030, 0, 1) / MIN }).map((m) => m * MIN);
const flightMinutes = fc.integer({ min: 30, max: 18 * 60 });

/** A path of airports with no airport repeated back to back. */
const path = (min: number, max: number) =>
  fc.array(fc.constantFrom(...codes), { minLength: min, maxLength: max }).filter((p) => p.every((x, i) => i === 0 || x !== p[i - 1]));

const spec = (p: string[], carrier = "AA") => p.slice(1).map((to, i) => `${p[i]}-${to}/${carrier}`).join(" ");

describe("properties", () => {
  test("a stay of 24 hours or less is never a stopover (any zones, any date, DST included)", () => {
    fc.assert(
      fc.property(threeAirports, startMinute, flightMinutes, fc.integer({ min: 0, max: 24 * 60 }), flightMinutes, ([a, b, c], start, f1, stay, f2) => {
        const q = quoteItinerary({ segments: twoLegs(a, b, c, start, f1, stay, f2), programs: ["BA"] }, seedData);
        expect(q.stops[0].minutes).toBe(stay);
        expect(q.stops[0].kind).not.toBe("stopover");
      }),
      { numRuns: 300 },
    );
  });

  test("a stay of more than 24 hours is a stopover unless it is the turnaround", () => {
    fc.assert(
      fc.property(threeAirports, startMinute, flightMinutes, fc.integer({ min: 24 * 60 + 1, max: 30 * 24 * 60 }), flightMinutes, ([a, b, c], start, f1, stay, f2) => {
        const q = quoteItinerary({ segments: twoLegs(a, b, c, start, f1, stay, f2), programs: ["BA"] }, seedData);
        expect(["stopover", "turnaround"]).toContain(q.stops[0].kind);
      }),
      { numRuns: 200 },
    );
  });

  test("reversing a round trip does not change its total distance (overall and per quote)", () => {
    fc.assert(
      fc.property(path(2, 6).filter((p) => p[p.length - 1] !== p[0]), (p) => {
        const there = [...p, p[0]];
        const back = [...there].reverse();
        const a = quoteItinerary({ segments: trip(spec(there)) }, seedData);
        const b = quoteItinerary({ segments: trip(spec(back)) }, seedData);
        expect(b.totalMiles).toBe(a.totalMiles);
        expect(b.quotes.map((q) => q.totalMiles)).toEqual(a.quotes.map((q) => q.totalMiles));
      }),
      { numRuns: 150 },
    );
  });

  test("adding a segment never lowers the total distance (overall and per quote)", () => {
    fc.assert(
      fc.property(path(2, 8), fc.constantFrom(...codes), (p, next) => {
        fc.pre(next !== p[p.length - 1]);
        const a = quoteItinerary({ segments: trip(spec(p)) }, seedData);
        const b = quoteItinerary({ segments: trip(spec([...p, next])) }, seedData);
        expect(b.totalMiles).toBeGreaterThanOrEqual(a.totalMiles);
        b.quotes.forEach((q, i) => expect(q.totalMiles).toBeGreaterThanOrEqual(a.quotes[i].totalMiles));
      }),
      { numRuns: 150 },
    );
  });

  test("an invalid quote never has a price; a priced quote is valid and names its chart; violations are bilingual", () => {
    const leg = fc.record({ carrier: fc.constantFrom(...carriers), cabin: fc.constantFrom(...cabins), stay: fc.integer({ min: 1, max: 200 }), surface: fc.boolean() });
    fc.assert(
      fc.property(path(2, 10), fc.array(leg, { minLength: 9, maxLength: 9 }), fc.integer({ min: 2020, max: 2027 }), (p, legs, year) => {
        const parts = p.slice(1).map((to, i) => {
          const surface = legs[i].surface && i > 0 && i < p.length - 2;
          return `${p[i]}-${to}/${surface ? "~" : legs[i].carrier}`;
        });
        const segments = trip(parts.join(" "), { start: `${year}-03-01T01:00Z`, stays: legs.map((l) => l.stay), cabin: legs.map((l) => l.cabin) });
        for (const q of quoteItinerary({ segments }, seedData).quotes) {
          if (!q.valid) expect(q.price).toBeNull();
          for (const v of q.violations) {
            expect(v.rule).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
            expect(AWARD_MESSAGE_CODES).toContain(v.code);
          }
          // The words, from the codes (one per quote keeps the property fast; every code is rendered in award-messages.test.ts).
          if (q.violations.length) {
            const v = renderViolation(q.violations[0]);
            expect(v.message.length).toBeGreaterThan(10);
            expect(v.message).not.toMatch(/[{}]/);
            expect(v.messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/); // Japanese text
          }
          if (q.price !== null) {
            expect(q.valid).toBe(true);
            expect(q.chart).not.toBeNull();
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

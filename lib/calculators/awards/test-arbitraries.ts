/**
 * Test support: random journeys for property tests of tickets and the
 * optimizer. Realistic enough that many runs of segments are valid tickets:
 * Japanese and Asian airports (JAL round trips), short European hops (BA's
 * multi-carrier band), long hauls; oneworld, JAL-partner and other carriers;
 * stays around the 24-hour limit; open jaws, surface sectors, turnaround
 * flags, dates on both sides of the BA chart change, any programs and seasons.
 */
import fc from "fast-check";
import type { AwardChartInput, AwardData, QuoteRequestInput } from "./types";
import { seedData, trip } from "./test-data";

const AIRPORTS = ["HND", "NRT", "ITM", "CTS", "FUK", "ICN", "HKG", "TPE", "HEL", "LHR", "MAD", "MAN", "DUB", "JFK", "BOS", "LAX", "HNL", "DOH", "SIN"] as const;
/** oneworld carriers (JL twice: JAL awards need JAL flights) and, rarely, carriers most awards cannot use. */
const CARRIERS = ["JL", "JL", "AY", "BA", "AA", "CX", "IB", "QR", "AS"] as const;
const OTHER_CARRIERS = ["KE", "MU", "LH", "HA"] as const;
const STAYS = [1, 3, 20, 24, 25, 30, 49, 96] as const;
const STARTS = ["2024-03-01T01:00Z", "2024-06-01T23:00Z", "2025-06-10T15:00Z", "2025-12-12T10:00Z", "2026-02-01T05:00Z"] as const;

export interface JourneyCase {
  request: QuoteRequestInput;
  /** "seed": the seed data; "all": plus test charts for the awards the seed leaves unpriced. */
  dataset: "seed" | "all";
}

export interface JourneyFocus {
  /** Only these carriers (the journey picks one to three of them). */
  carriers?: readonly string[];
  /** Always come home (JAL's round-trip awards; the turnaround moves as a ticket grows). */
  roundTrip?: boolean;
  programs?: QuoteRequestInput["programs"];
  dataset?: JourneyCase["dataset"];
}

/** Journeys of 1..maxSegments segments (narrowed by `focus` to reach rarer rule interactions often). */
export function journeyArb(maxSegments: number, focus: JourneyFocus = {}): fc.Arbitrary<JourneyCase> {
  const carrierArb = focus.carriers
    ? fc.constantFrom(...focus.carriers)
    : fc.oneof({ arbitrary: fc.constantFrom<string>(...CARRIERS), weight: 12 }, { arbitrary: fc.constantFrom<string>(...OTHER_CARRIERS), weight: 1 });
  return fc.integer({ min: 1, max: maxSegments }).chain((n) =>
    fc.record({
      path: fc.array(fc.constantFrom(...AIRPORTS), { minLength: n + 1, maxLength: n + 1 }),
      // Each journey flies a few carriers (one-carrier trips are what JAL and partner awards need).
      palette: fc.uniqueArray(carrierArb, { minLength: 1, maxLength: 3 }),
      picks: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      roundTrip: focus.roundTrip ? fc.constant(true) : fc.boolean(),
      cabins: fc.array(fc.constantFrom("economy" as const, "economy" as const, "business" as const, "first" as const), { minLength: n, maxLength: n }),
      stays: fc.array(fc.constantFrom(...STAYS), { minLength: n, maxLength: n }),
      openJawAt: fc.option(fc.integer({ min: 1, max: Math.max(1, n - 1) }), { freq: 4 }),
      openJawTo: fc.constantFrom(...AIRPORTS),
      surfaceAt: fc.option(fc.integer({ min: 1, max: Math.max(1, n - 2) }), { freq: 5 }),
      turnaround: fc.option(fc.integer({ min: 0, max: Math.max(0, n - 2) }), { freq: 5 }),
      start: fc.constantFrom(...STARTS),
      // All programs, one program (then fewer awards can stand in for a ticket the optimizer skipped) or a few.
      programs: focus.programs ? fc.constant(focus.programs) : fc.oneof(fc.constant(null), fc.constantFrom(["JAL" as const], ["BA" as const]), fc.subarray(["JAL", "BA", "AS", "CX"] as const, { minLength: 1 })),
      // Booking dates before and after the changes (BA 2025-12-15, JAL 2025-06-10) and today (every model priced).
      asOf: fc.option(fc.constantFrom("2024-06-01", "2025-12-20", "2026-12-02"), { freq: 4 }),
      season: fc.option(fc.constantFrom("offpeak" as const, "peak" as const), { freq: 3 }),
      dataset: focus.dataset ? fc.constant(focus.dataset) : fc.constantFrom("seed" as const, "all" as const),
    }).map((r) => {
      // Consecutive airports must differ; an open jaw leaves from another airport.
      const path = [...r.path];
      // Half the journeys come home, where JAL's round-trip awards apply.
      if (r.roundTrip && n >= 2) path[n] = path[0];
      for (let i = 1; i < path.length; i++) {
        if (path[i] !== path[i - 1] && !(i === n - 1 && r.roundTrip && path[i] === path[n])) continue;
        path[i] = AIRPORTS.find((a) => a !== path[i - 1] && a !== path[i + 1] && a !== path[i])!;
      }
      const carriers = r.picks.map((x) => r.palette[x % r.palette.length]);
      const legs = carriers.map((c, i) => {
        let from = path[i];
        const to = path[i + 1];
        if (r.openJawAt === i && i > 0 && r.openJawTo !== from && r.openJawTo !== to) from = r.openJawTo;
        const surface = r.surfaceAt === i && i > 0 && i < n - 1;
        return `${from}-${to}/${surface ? "~" : c}`;
      });
      const turnaround = r.turnaround !== null && r.turnaround < n - 1 ? r.turnaround : undefined;
      const segments = trip(legs.join(" "), { start: r.start, stays: r.stays, cabin: r.cabins, turnaround });
      const request: QuoteRequestInput = { segments };
      if (r.programs) request.programs = [...r.programs];
      if (r.asOf) request.asOf = r.asOf;
      if (r.season) request.season = r.season;
      return { request, dataset: r.dataset };
    }),
  );
}

function testChart(program: string, award: string, key: string): AwardChartInput {
  const band = (minMiles: number, maxMiles: number | null, y: number) => ["economy", "premium", "business", "first"].map((cabin, i) => ({ zone: null, region: null, minMiles, maxMiles, cabin, season: "any", price: y * (i + 1) }));
  return {
    key,
    program,
    award,
    variant: "default",
    name: `Test chart ${key}`,
    basis: "total",
    effectiveFrom: "2020-01-01",
    effectiveTo: null,
    source: "test data (not a published chart)",
    confidence: "L",
    rows: [...band(1, 3000, 15000), ...band(3001, 9000, 35000), ...band(9001, 20000, 60000)],
  };
}

/** The seed data plus test total-distance charts for the JAL award, Atmos and Asia Miles from 2020 (before the seed's own), so every rule check takes part on every date. */
export const allPricedData: AwardData = {
  ...seedData,
  charts: [...seedData.charts, testChart("JAL", "jal", "test.jal"), testChart("AS", "partner", "test.as"), testChart("CX", "standard", "test.cx")],
};

export function datasetOf(c: JourneyCase): AwardData {
  return c.dataset === "all" ? allPricedData : seedData;
}

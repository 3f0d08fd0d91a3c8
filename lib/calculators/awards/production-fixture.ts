/**
 * Test support: the engine's data built from the production seeds (every airport,
 * airline and membership, the award seed), and trips on those airports with real
 * local times (flight time ~ 1 h + miles / 500).
 */
import { buildAirportRows } from "@/lib/data/airports";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { airportsJa } from "@/lib/data/seed/airports-ja";
import { awardSeed } from "@/lib/data/seed/awards";
import { metroCodes } from "@/lib/data/seed/metro-codes";
import { awardDataFromRows } from "./from-rows";
import { tripWith, type TripOptions } from "./test-data";
import type { AirportInput, AwardData, QuoteSegmentInput } from "./types";

const airportRows = buildAirportRows({ namesJa: airportsJa, metros: metroCodes });
const byCode = new Map<string, AirportInput>(airportRows.map((a) => [a.iata, a]));

export const productionData: AwardData = awardDataFromRows({
  ...awardSeed,
  airports: airportRows,
  airlines: airlines.map((a) => ({ ...a, memberships: allianceMemberships.filter((m) => m.airlineCode === a.code) })),
});

/** "HND-JFK/JL JFK-HND/JL" on the production airports, first departure 2027-03-01 by default (see `tripWith`). */
export function tripOn(spec: string, opts: TripOptions = {}): QuoteSegmentInput[] {
  return tripWith((code) => byCode.get(code), "2027-03-01T01:00Z", spec, opts);
}

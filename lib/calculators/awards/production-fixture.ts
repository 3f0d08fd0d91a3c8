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
import { toLocal, type TripOptions } from "./test-data";
import type { AirportInput, AwardData, QuoteSegmentInput } from "./types";

const airportRows = buildAirportRows({ namesJa: airportsJa, metros: metroCodes });
const byCode = new Map<string, AirportInput>(airportRows.map((a) => [a.iata, a]));

export const productionData: AwardData = awardDataFromRows({
  ...awardSeed,
  airports: airportRows,
  airlines: airlines.map((a) => ({ ...a, memberships: allianceMemberships.filter((m) => m.airlineCode === a.code) })),
});

/** "HND-JFK/JL JFK-HND/JL" on the production airports (see `trip` in test-data.ts). */
export function tripOn(spec: string, opts: TripOptions = {}): QuoteSegmentInput[] {
  let t = Date.parse(opts.start ?? "2027-03-01T01:00Z");
  return spec
    .trim()
    .split(/\s+/)
    .map((leg, i) => {
      const [route, carrier] = leg.split("/");
      const [from, to] = route.split("-");
      const a = byCode.get(from);
      const b = byCode.get(to);
      if (!a || !b) throw new Error(`airport missing in ${leg}`);
      if (i > 0) t += (opts.stays?.[i - 1] ?? 2) * 3_600_000;
      const dLon = Math.abs(a.lon - b.lon);
      const hours = 1 + (Math.hypot(a.lat - b.lat, Math.min(dLon, 360 - dLon)) * 60) / 500;
      const departs = toLocal(t, a.timeZone);
      t += Math.round(hours * 60) * 60_000;
      const arrives = toLocal(t, b.timeZone);
      const cabin = Array.isArray(opts.cabin) ? opts.cabin[i] : (opts.cabin ?? "economy");
      const s: QuoteSegmentInput = carrier === "~" ? { from, to, departs, arrives, surface: true } : { from, to, carrier, cabin, departs, arrives };
      if (opts.turnaround === i) s.turnaround = true;
      return s;
    });
}

/**
 * Maps database rows (Prisma models) to the engine's input. Charts, rules,
 * sector mileages and overrides already have the engine's shape; airlines need
 * their `memberships` renamed, and airports are keyed by code.
 */
import type { AirlineInput, AirportInput, AwardData } from "./types";

export interface AirlineRow {
  code: string;
  name: string;
  country?: string | null;
  jalPartner: boolean;
  memberships: { alliance: string; role: string; joined: Date | string | null; left: Date | string | null }[];
}

export function airlineFromRow(row: AirlineRow): AirlineInput {
  return {
    code: row.code,
    name: row.name,
    country: row.country ?? null,
    jalPartner: row.jalPartner,
    alliances: row.memberships.map((m) => ({ alliance: m.alliance, role: m.role, joined: m.joined, left: m.left })),
  };
}

export interface AwardRows extends Omit<AwardData, "airports" | "airlines"> {
  airports: readonly AirportInput[];
  airlines: readonly AirlineRow[];
}

/** Build the engine's data from rows (e.g. `prisma.airport.findMany()` ...). Build once and reuse it. */
export function awardDataFromRows(rows: AwardRows): AwardData {
  return {
    ...rows,
    airports: new Map(rows.airports.map((a) => [a.iata, a])),
    airlines: new Map(rows.airlines.map((a) => [a.code, airlineFromRow(a)])),
  };
}

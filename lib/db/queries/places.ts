// Search indexes of airports and airlines for the autocomplete endpoints, built once per
// data version in the reference-data store (an admin's import shows up at once).
import "server-only";
import type { Db } from "../connect";
import { referenceDataset } from "../reference-data";
import { buildAirlineIndex, buildAirportIndex, type AirlineIndex, type AirportIndex } from "@/lib/calculators/places";

async function readAirportIndex(client: Db): Promise<AirportIndex> {
  const rows = await client.airport.findMany({ select: { iata: true, name: true, nameJa: true, city: true, cityJa: true, country: true, metroCode: true, timeZone: true, size: true, icao: true, searchTerms: true } });
  return buildAirportIndex(rows);
}

async function readAirlineIndex(client: Db): Promise<AirlineIndex> {
  const today = new Date();
  const rows = await client.airline.findMany({
    select: { code: true, name: true, nameJa: true, aliases: true, memberships: { select: { alliance: true, joined: true, left: true } } },
  });
  return buildAirlineIndex(
    rows.map(({ memberships, ...a }) => ({
      ...a,
      alliance: memberships.find((m) => (!m.joined || m.joined <= today) && (!m.left || m.left > today))?.alliance ?? null,
    })),
  );
}

export function getAirportIndex(client?: Db): Promise<AirportIndex> {
  return referenceDataset("airport-index", readAirportIndex, client);
}

export function getAirlineIndex(client?: Db): Promise<AirlineIndex> {
  return referenceDataset("airline-index", readAirlineIndex, client);
}

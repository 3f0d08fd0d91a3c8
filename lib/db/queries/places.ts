import "server-only";
import { db } from "../client";
import { buildAirlineIndex, buildAirportIndex, type AirlineIndex, type AirportIndex } from "@/lib/calculators/places";

// Airports change only when the seed runs, so the search index is built once per
// process and refreshed every few minutes (an admin's import shows up without a restart).
const TTL_MS = 5 * 60_000;
let airports: { at: number; index: Promise<AirportIndex> } | undefined;
let airlines: { at: number; index: Promise<AirlineIndex> } | undefined;

export function getAirportIndex(): Promise<AirportIndex> {
  if (!airports || Date.now() - airports.at > TTL_MS) {
    const index = db()
      .airport.findMany({ select: { iata: true, name: true, nameJa: true, city: true, cityJa: true, country: true, metroCode: true, timeZone: true, size: true, icao: true, searchTerms: true } })
      .then(buildAirportIndex);
    airports = { at: Date.now(), index };
    index.catch(() => (airports = undefined));
  }
  return airports.index;
}

export function getAirlineIndex(): Promise<AirlineIndex> {
  if (!airlines || Date.now() - airlines.at > TTL_MS) {
    const today = new Date();
    const index = db()
      .airline.findMany({
        select: { code: true, name: true, nameJa: true, aliases: true, memberships: { select: { alliance: true, joined: true, left: true } } },
      })
      .then((rows) =>
        buildAirlineIndex(
          rows.map(({ memberships, ...a }) => ({
            ...a,
            alliance: memberships.find((m) => (!m.joined || m.joined <= today) && (!m.left || m.left > today))?.alliance ?? null,
          })),
        ),
      );
    airlines = { at: Date.now(), index };
    index.catch(() => (airlines = undefined));
  }
  return airlines.index;
}

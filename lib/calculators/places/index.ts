// Airport and airline search for the itinerary editor, the API and the embeds: by code
// (IATA, ICAO, metro area), city, metro area's city or name (with or without "airport"),
// in English or Japanese (kanji, hiragana or katakana), forgiving one typo per word.
// Pure: the rows come from the database; build the index once and search it many times.
import { RANK, foldFields, foldQuery, textRank, type Folded, type Query } from "./match";

export type AirportPlace = {
  iata: string;
  name: string;
  nameJa: string | null;
  city: string;
  cityJa: string | null;
  country: string;
  metroCode: string | null;
  timeZone: string;
  size: string;
  icao?: string | null;
  /** Other words people search by, "|"-joined (lib/data/airports.ts). */
  searchTerms?: string;
};
export type AirlinePlace = { code: string; name: string; nameJa: string | null; aliases: string; alliance?: string | null };

type Entry<T> = { item: T; codes: string[]; metro: string | null; folded: Folded; rank: number };

function score<T>(e: Entry<T>, q: Query): number | null {
  if (e.codes.includes(q.code)) return RANK.code;
  if (e.metro && e.metro === q.code) return RANK.metro;
  return textRank(e.folded, q);
}

function search<T>(entries: Entry<T>[], query: string, limit: number): T[] {
  const q = foldQuery(query);
  if (!q.whole && q.words.length === 0) return [];
  const hits: { item: T; s: number; rank: number }[] = [];
  for (const e of entries) {
    const s = score(e, q);
    if (s !== null) hits.push({ item: e.item, s, rank: e.rank });
  }
  // Best match first; among equals, the busier place (large airports, alliance airlines).
  hits.sort((a, b) => a.s - b.s || a.rank - b.rank);
  return hits.slice(0, limit).map((h) => h.item);
}

export type AirportIndex = Entry<AirportPlace>[];
export type AirlineIndex = Entry<AirlinePlace>[];

/**
 * @example searchAirports(buildAirportIndex(rows), "へるしんき") // [{ iata: "HEL", ... }]
 * @example searchAirports(buildAirportIndex(rows), "TYO")       // [HND, NRT]
 */
export function buildAirportIndex(rows: readonly AirportPlace[]): AirportIndex {
  return rows.map((a) => ({
    item: a,
    codes: a.icao ? [a.iata, a.icao] : [a.iata],
    metro: a.metroCode,
    folded: foldFields([a.city, a.cityJa ?? "", a.name, a.nameJa ?? "", ...(a.searchTerms ? a.searchTerms.split("|") : [])]),
    rank: a.size === "large" ? 0 : 1,
  }));
}

export function searchAirports(index: AirportIndex, query: string, limit = 8): AirportPlace[] {
  return search(index, query, limit);
}

export function buildAirlineIndex(rows: readonly AirlinePlace[]): AirlineIndex {
  return rows.map((a) => ({
    item: a,
    codes: [a.code],
    metro: null,
    folded: foldFields([a.name, a.nameJa ?? "", ...a.aliases.split(/[|,]/)]),
    rank: a.alliance ? 0 : 1,
  }));
}

export function searchAirlines(index: AirlineIndex, query: string, limit = 8): AirlinePlace[] {
  return search(index, query, limit);
}

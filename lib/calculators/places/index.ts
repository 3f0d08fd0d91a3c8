// Airport and airline search for the itinerary editor: by code, city or name, in
// English or Japanese, width- and kana-insensitive. Pure: the rows come from the
// database; build the index once and search it many times.
import { foldForSearch } from "@/lib/text/fold";

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
};
export type AirlinePlace = { code: string; name: string; nameJa: string | null; aliases: string; alliance?: string | null };

type Entry<T> = { item: T; code: string; fields: string[]; rank: number };

/** Lower score = better: exact code, then metro code, then a field starting with the query, then contains. */
function score<T>(entry: Entry<T>, q: string, qCode: string, metro?: string | null): number | null {
  if (entry.code === qCode) return 0;
  if (metro && metro === qCode) return 1;
  let best: number | null = null;
  for (const f of entry.fields) {
    if (!f) continue;
    if (f.startsWith(q)) best = Math.min(best ?? 2, 2);
    else if (f.includes(q)) best = Math.min(best ?? 3, 3);
  }
  return best;
}

function search<T>(entries: Entry<T>[], query: string, limit: number, metroOf?: (t: T) => string | null): T[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const qCode = query.trim().toUpperCase();
  const hits: { item: T; s: number; rank: number }[] = [];
  for (const e of entries) {
    const s = score(e, q, qCode, metroOf?.(e.item));
    if (s !== null) hits.push({ item: e.item, s, rank: e.rank });
  }
  hits.sort((a, b) => a.s - b.s || a.rank - b.rank);
  return hits.slice(0, limit).map((h) => h.item);
}

export type AirportIndex = Entry<AirportPlace>[];
export type AirlineIndex = Entry<AirlinePlace>[];

/**
 * @example searchAirports(buildAirportIndex(rows), "へるしんき") // [{ iata: "HEL", ... }]
 */
export function buildAirportIndex(rows: readonly AirportPlace[]): AirportIndex {
  return rows.map((a) => ({
    item: a,
    code: a.iata,
    fields: [a.iata, a.city, a.cityJa ?? "", a.name, a.nameJa ?? ""].map(foldForSearch),
    rank: a.size === "large" ? 0 : 1,
  }));
}

export function searchAirports(index: AirportIndex, query: string, limit = 8): AirportPlace[] {
  return search(index, query, limit, (a) => a.metroCode);
}

export function buildAirlineIndex(rows: readonly AirlinePlace[]): AirlineIndex {
  return rows.map((a) => ({
    item: a,
    code: a.code,
    fields: [a.code, a.name, a.nameJa ?? "", a.aliases].map(foldForSearch),
    rank: a.alliance ? 0 : 1,
  }));
}

export function searchAirlines(index: AirlineIndex, query: string, limit = 8): AirlinePlace[] {
  return search(index, query, limit);
}

// Airline safety ratings (GET /api/v1/safety/airlines and /safety/airlines/{code}).
// Pure: airlines, memberships and ratings are passed in (from the database or the seed).

import { allianceAt } from "./alliance";
import { foldForSearch, foldQuery, searchText } from "./search";
import type {
  AirlineRating, AirlineSafetyDetail, HistoryEntry, Lang, ListRatingsOptions, RatingChange,
  SafetyAirlineRow, SafetyData, SafetyList, SafetyRatingRow,
} from "./types";

export type * from "./types";
export { allianceAt } from "./alliance";
export { foldForSearch } from "./search";

const STATUS_ORDER = { rated: 0, unrated: 1, noData: 2 } as const;
const LIST_ORDER = { fullService: 0, lowCost: 1, none: 2 } as const;

/** The latest year with any rating row, or null when there is none. */
export function latestRatingYear(ratings: readonly SafetyRatingRow[]): number | null {
  return ratings.reduce<number | null>((max, r) => (max === null || r.year > max ? r.year : max), null);
}

function ratingStatus(row: SafetyRatingRow): "rated" | "unrated" {
  // The column is a plain string: anything but "unrated" is a rating (its stars are read).
  return row.status === "unrated" ? "unrated" : "rated";
}

function rankOf(row: SafetyRatingRow | undefined): { rank: number | null; rankList: "fullService" | "lowCost" | null } {
  if (!row || ratingStatus(row) !== "rated") return { rank: null, rankList: null };
  const rankList = row.rankList === "fullService" || row.rankList === "lowCost" ? row.rankList : null;
  return { rank: rankList ? row.rank ?? null : null, rankList };
}

function ratingsOf(ratings: readonly SafetyRatingRow[], code: string): SafetyRatingRow[] {
  return ratings.filter((r) => r.airlineCode === code).sort((a, b) => a.year - b.year);
}

function changeFrom(history: SafetyRatingRow[], current: SafetyRatingRow | undefined): RatingChange | null {
  if (!current) return null;
  const earlier = history.filter((r) => r.year < current.year).at(-1);
  if (!earlier) return null;
  const fromStatus = ratingStatus(earlier);
  const fromStars = fromStatus === "rated" ? earlier.stars : null;
  const stars = ratingStatus(current) === "rated" ? current.stars : null;
  return {
    fromYear: earlier.year,
    fromStatus,
    fromStars,
    delta: stars !== null && fromStars !== null ? stars - fromStars : null,
    fromRank: rankOf(earlier).rank,
    fromRankList: rankOf(earlier).rankList,
  };
}

function rateOne(data: SafetyData, airline: SafetyAirlineRow, year: number | null, lang: Lang): { rating: AirlineRating; row?: SafetyRatingRow } {
  const history = ratingsOf(data.ratings, airline.code);
  const row = year === null ? undefined : history.find((r) => r.year === year);
  const status = row ? ratingStatus(row) : "noData";
  const membership = year === null ? null : allianceAt(data.memberships, airline.code, year);
  const note = row ? (lang === "ja" ? row.noteJa ?? row.note : row.note) : null;
  return {
    row,
    rating: {
      code: airline.code,
      name: lang === "ja" ? airline.nameJa ?? airline.name : airline.name,
      nameEn: airline.name,
      nameJa: airline.nameJa,
      country: airline.country,
      alliance: membership?.alliance ?? null,
      allianceRole: membership?.role ?? null,
      status,
      stars: status === "rated" ? row?.stars ?? null : null,
      top25: status === "rated" ? row?.top25 ?? false : false,
      ...rankOf(row),
      note: note ?? null,
      change: changeFrom(history, row),
    },
  };
}

function compareRatings(a: AirlineRating, b: AirlineRating): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    || LIST_ORDER[a.rankList ?? "none"] - LIST_ORDER[b.rankList ?? "none"]
    || (a.rank ?? 99) - (b.rank ?? 99)
    || (b.stars ?? 0) - (a.stars ?? 0)
    || Number(b.top25) - Number(a.top25)
    || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Every airline with its rating for one year, filtered. Order: rated (the full-service
 * top 25 by rank, then the low-cost list by rank, then by stars), then unrated, then
 * noData; ties by code. `rank` is the published position (api.md), or null.
 * - `status`: "rated"; "unrated" (the rater gives no stars, e.g. Russian airlines);
 *   "noData" (no row stored for that year). `stars` is null unless rated.
 * - `alliance`: the alliance in that year (see allianceAt); filter "none" = no alliance.
 * - `minStars`: only rated airlines with at least that many stars.
 * - `q`: matches codes, English and Japanese names and aliases, case-, width- and
 *   kana-insensitive ("ねぱーる" finds ネパール航空); an empty query is ignored.
 *
 * @example
 * listRatings({ airlines, memberships, ratings }, { year: 2024, alliance: "oneworld", q: "japan" })
 * // { year: 2024, airlines: [{ code: "JL", name: "Japan Airlines", alliance: "oneworld",
 * //   status: "rated", stars: 7, top25: true, note: null, ... }] }
 */
export function listRatings(data: SafetyData, options: ListRatingsOptions = {}): SafetyList {
  // year is null only when no rating is stored at all: every airline is then noData.
  const year = options.year ?? latestRatingYear(data.ratings);
  const lang = options.lang ?? "en";
  const query = foldQuery(options.q);
  const airlines = data.airlines
    .filter((a) => query === null || searchText(a).includes(query))
    .map((a) => rateOne(data, a, year, lang).rating)
    .filter((r) => {
      if (options.alliance === "none" && r.alliance !== null) return false;
      if (options.alliance !== undefined && options.alliance !== "none" && r.alliance !== options.alliance) return false;
      if (options.minStars !== undefined && (r.stars === null || r.stars < options.minStars)) return false;
      return true;
    })
    .sort(compareRatings);
  return { year, airlines };
}

/**
 * One airline with its rating for `year` (default: the airline's latest year with a
 * rating, else the latest year in the data) and its whole rating history.
 * Returns null for an unknown code (the API answers 404). Codes are case-insensitive.
 *
 * @example
 * getAirline({ airlines, memberships, ratings }, "ra")
 * // { code: "RA", year: 2024, status: "rated", stars: 1,
 * //   change: { fromYear: 2023, fromStatus: "rated", fromStars: 1, delta: 0 },
 * //   history: [{ year: 2023, stars: 1, ... }, { year: 2024, stars: 1, ... }], ... }
 */
export function getAirline(data: SafetyData, code: string, options: { year?: number; lang?: Lang } = {}): AirlineSafetyDetail | null {
  const wanted = foldForSearch(code).toUpperCase();
  const airline = data.airlines.find((a) => a.code.toUpperCase() === wanted);
  if (!airline) return null;
  const own = ratingsOf(data.ratings, airline.code);
  const year = options.year ?? own.at(-1)?.year ?? latestRatingYear(data.ratings);
  const history: HistoryEntry[] = own.map((r) => {
    const status = ratingStatus(r);
    return { year: r.year, status, stars: status === "rated" ? r.stars : null, top25: status === "rated" && r.top25, ...rankOf(r) };
  });
  // year is null only when no rating is stored at all: the airline is described with no year.
  const { rating, row } = rateOne(data, airline, year, options.lang ?? "en");
  return {
    ...rating,
    year,
    source: row?.source ?? null,
    confidence: row?.confidence ?? null,
    airlineSource: airline.source,
    history,
  };
}

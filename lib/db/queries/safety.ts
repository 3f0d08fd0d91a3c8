// Safety ratings from the database: loads airlines, alliance memberships and ratings
// (only the columns the calculator reads) and hands them to the pure functions in
// lib/calculators/safety. The data is held in memory (lib/db/reference-data.ts); every
// function takes an optional client as its last argument so the integration tests can
// read their own database directly.
import "server-only";
import type { Db } from "@/lib/db/connect";
import { referenceDataset } from "@/lib/db/reference-data";
import {
  getAirline,
  listRatings,
  type AirlineSafetyDetail,
  type Lang,
  type ListRatingsOptions,
  type RatingStatus,
  type SafetyData,
  type SafetyList,
} from "@/lib/calculators/safety";
import { toIsoDate } from "@/lib/calculators/safety/alliance";

const AIRLINE_COLUMNS = { code: true, name: true, nameJa: true, country: true, aliases: true, source: true } as const;
const RATING_COLUMNS = {
  airlineCode: true, year: true, status: true, stars: true, top25: true, rank: true, rankList: true,
  note: true, noteJa: true, source: true, confidence: true, verifiedOn: true,
} as const;

async function readSafetyData(client: Db): Promise<SafetyData> {
  const [airlines, memberships, ratings] = await Promise.all([
    client.airline.findMany({ select: AIRLINE_COLUMNS, orderBy: { code: "asc" } }),
    client.allianceMembership.findMany({ select: { airlineCode: true, alliance: true, role: true, joined: true, left: true } }),
    client.safetyRating.findMany({ select: RATING_COLUMNS, orderBy: [{ airlineCode: "asc" }, { year: "asc" }] }),
  ]);
  return { airlines, memberships, ratings };
}

/** All the safety data, from the in-memory reference data (or read through `client`). */
export function loadSafetyData(client?: Db): Promise<SafetyData> {
  return referenceDataset("safety", readSafetyData, client);
}

/** The years the dataset covers (any airline has a rating row), newest first. */
export function ratingYears(data: SafetyData): number[] {
  return [...new Set(data.ratings.map((r) => r.year))].sort((a, b) => b - a);
}

/** Distinct sources (with confidence) of the rating rows of one year, for <Provenance>. */
export function ratingSources(data: SafetyData, year: number | null): { source: string; confidence: string }[] {
  const seen = new Map<string, { source: string; confidence: string }>();
  for (const r of data.ratings) if (r.year === year && !seen.has(r.source)) seen.set(r.source, { source: r.source, confidence: r.confidence });
  return [...seen.values()];
}

/** GET /api/v1/safety/airlines: every airline with its rating for one year, filtered. */
export async function listSafetyRatings(options: ListRatingsOptions = {}, client?: Db): Promise<SafetyList> {
  return listRatings(await loadSafetyData(client), options);
}

/** GET /api/v1/safety/airlines/{code}: one airline, or null for an unknown code (404). */
export async function getSafetyAirline(code: string, options: { year?: number; lang?: Lang } = {}, client?: Db): Promise<AirlineSafetyDetail | null> {
  return getAirline(await loadSafetyData(client), code, options);
}

export interface SafetyOverview {
  list: SafetyList;
  /** Years the dataset covers, newest first (the page's year selector). */
  years: number[];
  /** Number of airlines in the dataset, before filtering. */
  total: number;
  /** Where the shown year's ratings come from. */
  sources: { source: string; confidence: string }[];
}

/** The /safety page: the filtered list plus what the page needs around it. */
export async function getSafetyOverview(options: ListRatingsOptions = {}, client?: Db): Promise<SafetyOverview> {
  const data = await loadSafetyData(client);
  const list = listRatings(data, options);
  return { list, years: ratingYears(data), total: data.airlines.length, sources: ratingSources(data, list.year) };
}

export interface SafetyMembership {
  alliance: string;
  role: string;
  /** "YYYY-MM-DD" or null (before any year the product rates). */
  joined: string | null;
  /** First day without membership, "YYYY-MM-DD"; null = still a member. */
  left: string | null;
}

export interface SafetyAirlinePage {
  /** The airline with its rating for its latest rated year (else the latest year of the data). */
  airline: AirlineSafetyDetail;
  /** One entry per year the dataset covers, newest first; noData where the airline has no row. */
  years: AirlineSafetyDetail[];
  memberships: SafetyMembership[];
}

/** The /safety/[code] page, or null for an unknown code. */
export async function getSafetyAirlinePage(code: string, lang: Lang, client?: Db): Promise<SafetyAirlinePage | null> {
  const data = await loadSafetyData(client);
  const airline = getAirline(data, code, { lang });
  if (!airline) return null;
  // The same calculator call per year, so a "no data" year is told apart from "not rated".
  const years = ratingYears(data).map((year) => getAirline(data, airline.code, { year, lang })!);
  const memberships = data.memberships
    .filter((m) => m.airlineCode === airline.code)
    .map((m) => ({ alliance: m.alliance, role: m.role, joined: toIsoDate(m.joined), left: toIsoDate(m.left) }))
    .sort((a, b) => (a.joined ?? "").localeCompare(b.joined ?? ""));
  return { airline, years, memberships };
}

/** What a SafetyBadge shows for one operating carrier. */
export interface SafetyBadgeData {
  code: string;
  status: RatingStatus;
  stars: number | null;
  /** Published top-25 position in that year, or null. */
  rank?: number | null;
  rankList?: "fullService" | "lowCost" | null;
  /** The rating year (the latest year of the data); null only when no rating is stored at all. */
  year: number | null;
  /** With no data for `year`: the latest earlier year that gave this airline stars (shown as such, never as current). */
  lastStars?: { year: number; stars: number } | null;
}

const BADGE_CODE = /^(?:[A-Z0-9]{2}|[A-Z]{3})$/;
const MAX_BADGES = 100;

/**
 * Badges for the carriers of an award itinerary, keyed by upper-case code, from the
 * in-memory safety data. The rating is the
 * one of the latest year in the data, as on /safety. Codes that are malformed or not
 * in the Airline table are left out: the page then shows no badge rather than a
 * link to a 404.
 *
 * @example await getSafetyBadges(["JL", "ra"]) // { JL: { code: "JL", status: "rated", stars: 7, year: 2024 }, RA: {...} }
 */
export async function getSafetyBadges(codes: readonly string[], client?: Db): Promise<Record<string, SafetyBadgeData>> {
  const wanted = [...new Set(codes.map((c) => c.normalize("NFKC").trim().toUpperCase()))].filter((c) => BADGE_CODE.test(c)).slice(0, MAX_BADGES);
  if (wanted.length === 0) return {};
  const all = await loadSafetyData(client);
  const asked = new Set(wanted);
  const data: SafetyData = {
    airlines: all.airlines.filter((a) => asked.has(a.code)),
    memberships: [], // the badge shows no alliance
    ratings: all.ratings.filter((r) => asked.has(r.airlineCode)),
  };
  const year = ratingYears(all)[0] ?? null;
  const list = listRatings(data, year === null ? {} : { year });
  const badges: Record<string, SafetyBadgeData> = {};
  for (const a of list.airlines) {
    const earlier = a.status === "noData" ? data.ratings.filter((r) => r.airlineCode === a.code && r.stars !== null && list.year !== null && r.year < list.year) : [];
    const last = earlier.sort((x, y) => y.year - x.year)[0];
    badges[a.code] = { code: a.code, status: a.status, stars: a.stars, rank: a.rank, rankList: a.rankList, year: list.year, lastStars: last ? { year: last.year, stars: last.stars! } : null };
  }
  return badges;
}

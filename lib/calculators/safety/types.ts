// Input and output types of the safety calculator. Inputs are structurally the Prisma
// rows (Airline, AllianceMembership, SafetyRating) or the seed rows in
// lib/data/seed/{airlines,safety}.ts, so both can be passed without mapping.

export type Alliance = "oneworld" | "star" | "skyteam";
export type AllianceRole = "member" | "connect";
export type Lang = "en" | "ja";
export type RatingStatus = "rated" | "unrated" | "noData";

export interface SafetyAirlineRow {
  code: string;
  name: string;
  nameJa: string | null;
  country: string | null;
  /** Extra search words, space separated (Prisma `Airline.aliases`). */
  aliases: string;
  source: string;
}

export interface SafetyMembershipRow {
  airlineCode: string;
  alliance: string;
  role: string;
  /** First day of membership; null = before any rated year. Date from Prisma or "YYYY-MM-DD". */
  joined: Date | string | null;
  /** First day without membership; null = still a member. */
  left: Date | string | null;
}

export interface SafetyRatingRow {
  airlineCode: string;
  year: number;
  status: string; // "rated" | "unrated"
  stars: number | null;
  top25: boolean;
  /** Published top-25 position (ties share it); null/absent when not ranked. */
  rank?: number | null;
  /** "fullService" | "lowCost" | null: which published list `rank` belongs to. */
  rankList?: string | null;
  note: string | null;
  noteJa: string | null;
  source: string;
  confidence: string;
  /** Day the row was last checked (Prisma Date or YYYY-MM-DD); null = never. Absent in old callers. */
  verifiedOn?: Date | string | null;
}

/** Everything the calculator reads; loaded from the database (or the seed) by the caller. */
export interface SafetyData {
  airlines: readonly SafetyAirlineRow[];
  memberships: readonly SafetyMembershipRow[];
  ratings: readonly SafetyRatingRow[];
}

export interface ListRatingsOptions {
  /** Rating year; default: the latest year with any rating. */
  year?: number;
  /** Alliance at that year; "none" = in no alliance that year. */
  alliance?: Alliance | "none";
  /** Keep only rated airlines with at least this many stars. */
  minStars?: number;
  /** Free text matched against codes, English and Japanese names and aliases. */
  q?: string;
  /** Language of `name` and `note`; default "en". */
  lang?: Lang;
}

/** Stars compared with the nearest earlier year that has a rating row. */
export interface RatingChange {
  fromYear: number;
  fromStatus: "rated" | "unrated";
  fromStars: number | null;
  /** stars - fromStars when both are rated, else null. */
  delta: number | null;
  /** The earlier year's published position and list, when it had one. */
  fromRank: number | null;
  fromRankList: "fullService" | "lowCost" | null;
}

export interface AirlineRating {
  code: string;
  /** In the requested language (Japanese name falls back to English). */
  name: string;
  nameEn: string;
  nameJa: string | null;
  country: string | null;
  alliance: Alliance | null;
  allianceRole: AllianceRole | null;
  status: RatingStatus;
  stars: number | null;
  top25: boolean;
  /** Position in that year's published top-25 list (api.md `rank`), or null. */
  rank: number | null;
  /** Which list the rank is in: "fullService" | "lowCost"; null when not ranked. */
  rankList: "fullService" | "lowCost" | null;
  /** In the requested language; null when the row has none. */
  note: string | null;
  change: RatingChange | null;
}

export interface SafetyList {
  /** null only when no rating is stored at all and no year was asked for. */
  year: number | null;
  airlines: AirlineRating[];
}

export interface HistoryEntry {
  year: number;
  status: "rated" | "unrated";
  stars: number | null;
  top25: boolean;
  rank: number | null;
  rankList: "fullService" | "lowCost" | null;
}

export interface AirlineSafetyDetail extends AirlineRating {
  year: number | null;
  /** Source of the rating shown (null when noData). */
  source: string | null;
  confidence: string | null;
  airlineSource: string;
  /** Every stored rating of the airline, oldest first. */
  history: HistoryEntry[];
}

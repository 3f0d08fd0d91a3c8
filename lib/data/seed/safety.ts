// AirlineRatings.com safety ratings (Prisma model SafetyRating), facts §5 / seed 4.
//
// Only what the facts state is stored:
// - 2024: the oneworld airlines, the eight 1-star airlines, and the Russian airlines as
//   "unrated" (the rater gives them no stars since the 2022 invasion of Ukraine).
// - 2023: only the eight 1-star airlines (seed 4: the 1-star list was unchanged from
//   2023). Any other airline has no 2023 row, so the calculator reports it as noData.
// No other year and no other airline is filled in: a missing row means "not known".
//
// `effectiveFrom` is not a Prisma column: it is the first day of the rating year (the
// year is the effective period; the exact publication day is not stored).

import type { Confidence } from "./airlines";
import { safetyRatings2025, safetyRatings2026 } from "./safety-2025-2026";
import { BLOG_POSTS } from "./blog-posts";

export interface SafetyRatingSeedRow {
  airlineCode: string;
  year: number;
  status: "rated" | "unrated";
  /** 1..7 when rated; null when unrated. */
  stars: number | null;
  /** In AirlineRatings' list of the 25 safest airlines of that year. */
  top25: boolean;
  /** Position in that year's published top-25 list (dense: ties share it); null when not in a list or not published. */
  rank: number | null;
  /** Which published list: the full-service or the low-cost top 25; null when in neither. */
  rankList: "fullService" | "lowCost" | null;
  note: string | null;
  noteJa: string | null;
  source: string;
  confidence: Confidence;
  effectiveFrom: string;
  /** Day the row was last checked against its source, "YYYY-MM-DD". */
  verifiedOn: string;
}

const SOURCE_2024 = `${BLOG_POSTS.safetyRanking2024}; https://www.airlineratings.com/ (2024 ratings)`;
const SOURCE_2023 = `${BLOG_POSTS.safetyRanking2024} (the 1-star list was unchanged from the 2023 edition)`;

/** Seed 4 was read in early 2024; the rows were not checked again since. */
const SEED4_CHECKED = "2024-02-01";

const rated = (airlineCode: string, year: number, stars: number, top25 = false, note: string | null = null, noteJa: string | null = null): SafetyRatingSeedRow => ({
  airlineCode, year, status: "rated", stars, top25, rank: null, rankList: null, note, noteJa,
  source: year === 2023 ? SOURCE_2023 : SOURCE_2024, confidence: "H", effectiveFrom: `${year}-01-01`, verifiedOn: SEED4_CHECKED,
});

const unrated = (airlineCode: string, year: number): SafetyRatingSeedRow => ({
  airlineCode, year, status: "unrated", stars: null, top25: false, rank: null, rankList: null,
  note: "Not rated since the invasion of Ukraine in 2022.",
  noteJa: "2022年のウクライナ侵攻以降、評価されていません。",
  source: SOURCE_2024, confidence: "H", effectiveFrom: `${year}-01-01`, verifiedOn: SEED4_CHECKED,
});

/** facts §5: oneworld airlines with 7 stars and in the 2024 safest top 25. */
export const ONEWORLD_TOP25_2024 = ["QF", "QR", "AY", "CX", "AS", "BA", "JL", "AA"] as const;
/** facts §5: other oneworld airlines with 7 stars (FJ as oneworld connect). */
export const ONEWORLD_OTHER_7_STARS_2024 = ["IB", "AT", "UL", "RJ", "FJ"] as const;
/** facts §5: the eight lowest rated (1 star) airlines, the same in 2023 and 2024. */
export const ONE_STAR_2023_2024 = ["PK", "AH", "DV", "SJ", "PA", "BWI", "EP", "RA"] as const;
/** facts §5: Russian airlines, no rating. */
export const RUSSIAN_UNRATED_2024 = ["SU", "S7", "FV", "U6", "DP"] as const;

export const safetyRatings: SafetyRatingSeedRow[] = [
  ...ONEWORLD_TOP25_2024.map((code) => rated(code, 2024, 7, true)),
  ...ONEWORLD_OTHER_7_STARS_2024.map((code) => rated(code, 2024, 7)),
  rated("WY", 2024, 6, false,
    "Joining oneworld: planned for 2024 when rated; it joined on 2025-06-30.",
    "ワンワールド加盟予定(評価時点では2024年加盟予定、実際の加盟は2025年6月30日)。"),
  rated("MH", 2024, 3, false,
    "The lowest rated oneworld airline by far in 2024.",
    "2024年、ワンワールド加盟航空会社の中でぶっちぎりに低い評価。"),
  ...ONE_STAR_2023_2024.map((code) => rated(code, 2024, 1)),
  ...RUSSIAN_UNRATED_2024.map((code) => unrated(code, 2024)),
  ...ONE_STAR_2023_2024.map((code) => rated(code, 2023, 1)),
  ...safetyRatings2025,
  ...safetyRatings2026,
];

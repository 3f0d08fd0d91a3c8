// AirlineRatings.com 2025 and 2026 lists (promotions-safety-2026 §5, facts §8), collected
// and checked on 2026-12-02.
//
// What is stored, and only that:
// - the published top-25 positions of the full-service list (`rank`, dense numbering:
//   the three-way tie for 3rd in 2025 shares 3, as AirlineRatings numbers it);
// - the low-cost list as far as published (positions where known, else in the list
//   with rank null);
// - the 2025 one-star list (stars: 1, as reported);
// - stars only where a source gives them for that year: the ranking pages give none,
//   so a ranked airline is "rated" with stars null (the page says "stars not published");
// - the Russian airlines stay "unrated" with the conflict in the note (facts §8).
// Nothing is stored for 2026 one-star airlines: no dated 2026 list was found (a gap).
import type { Confidence } from "./airlines";
import type { SafetyRatingSeedRow } from "./safety";

const CHECKED = "2026-12-02";

const SRC_2025_FULL =
  "AirlineRatings 2025 safest airlines (published January 2025): https://theaeroworld.com/safest-airlines-in-the-world-as-of-2025 (full table); " +
  "https://veritastechpilotacademy.org/2025/01/14/top-10-safest-airlines-in-the-world-for-2025 (2025-01-14, top 10); " +
  "https://www.forbes.com.au/life/travel/the-worlds-safest-airlines-for-2025/";
const SRC_2026_FULL =
  "AirlineRatings 2026 safest airlines: https://www.airlineratings.com/articles/worlds-safest-airline-rankings-for-2026 (2026-01-13); " +
  "https://en.dailypakistan.com.pk/15-Jan-2026/worlds-safest-airlines-of-2026-revealed (2026-01-15, full table); " +
  "https://www.beatthatflight.com.au/blog/the-worlds-safest-airlines-for-2026-full-service-and-low-cos (2026-01-13)";
const SRC_2025_LOW =
  "AirlineRatings 2025 safest low-cost airlines: https://aviationupdatesph.com/2025/01/air-new-zealand-crowned-worlds-safest-airline-for-2025-narrowly-beating-qantas (2025-01); " +
  "https://www.forbes.com.au/life/travel/the-worlds-safest-airlines-for-2025/ ; Jet2 14th: https://mahalsa.co.uk/?p=327892";
const SRC_2026_LOW =
  "AirlineRatings 2026 safest low-cost airlines: https://www.thestar.com.my/aseanplus/aseanplus-news/2026/01/13/scoot-named-worlds-third-safest-low-cost-airline-in-2026-ranking-air-asia-is-10th-in-list (2026-01-13); " +
  "https://mahalsa.co.uk/?p=327892 ; https://travelradar.aero/worlds-safest-airlines-revealed-for-2026";
const SRC_2025_ONE_STAR =
  "2025 one-star list as reported: https://thetab.com/2025/06/13/so-these-are-the-worlds-safest-and-least-safe-airlines-for-2025-according-to-aviation-experts (2025-06-13); " +
  "https://austrianpress.com/?p=29475 (n.d.: 316 airlines, 12 at 1 star)";

const NO_STARS = "Position in the published list; the list does not give this airline's stars for the year.";
const NO_STARS_JA = "公表されたランキングでの順位です。この年の星の数はランキングに記載がありません。";

function ranked(year: number, rankList: "fullService" | "lowCost", rank: number | null, code: string, source: string, confidence: Confidence, extra?: [string, string]): SafetyRatingSeedRow {
  const unknownPosition = rank === null ? ["The position within the list was not published in the sources found.", "リスト内の順位は、確認できた資料に記載がありません。"] : null;
  const en = [NO_STARS, unknownPosition?.[0], extra?.[0]].filter(Boolean).join(" ");
  const ja = [NO_STARS_JA, unknownPosition?.[1], extra?.[1]].filter(Boolean).join("");
  return {
    airlineCode: code, year, status: "rated", stars: null, top25: rankList === "fullService", rank, rankList,
    note: en, noteJa: ja, source, confidence, effectiveFrom: `${year}-01-01`, verifiedOn: CHECKED,
  };
}

/** [rank, code]: 2025 full-service top 25 (23 dense positions; 3 is a three-way tie). */
const FULL_2025: [number, string, Confidence, [string, string]?][] = [
  [1, "NZ", "H"], [2, "QF", "H"], [3, "CX", "H"], [3, "QR", "H"], [3, "EK", "H"], [4, "VA", "H"], [5, "EY", "H"],
  [6, "NH", "H"], [7, "BR", "H"], [8, "KE", "H"], [9, "AS", "H"], [10, "TK", "H"],
  [11, "TP", "M"], [12, "HA", "M"], [13, "AA", "M"], [14, "SK", "M"], [15, "BA", "M"], [16, "IB", "M"], [17, "AY", "M"],
  [18, "LH", "M", ["Listed as the Lufthansa/Swiss group.", "ルフトハンザ/スイスのグループとして掲載。"]],
  [18, "LX", "M", ["Listed as the Lufthansa/Swiss group.", "ルフトハンザ/スイスのグループとして掲載。"]],
  [19, "JL", "M"], [20, "AC", "M"], [21, "DL", "M"], [22, "VN", "M"], [23, "UA", "M"],
];

/** 2026 full-service top 25 (no ties). */
const FULL_2026: string[] = [
  "EY", "CX", "QF", "QR", "EK", "NZ", "SQ", "BR", "VA", "KE", "JX", "TK", "VS", "NH", "AS",
  "TP", "SK", "BA", "VN", "IB", "LH", "AC", "DL", "AA", "FJ",
];

const LOW_2025: [number | null, string, Confidence][] = [
  [1, "UO", "H"], [2, "JQ", "H"], [3, "FR", "H"], [4, "U2", "H"], [14, "LS", "M"], [22, "5J", "M"], [null, "ZG", "M"], [null, "BT", "M"],
];

const LOW_2026: [number | null, string, Confidence, [string, string]?][] = [
  [1, "UO", "H"], [2, "JQ", "H"], [3, "TR", "H"], [5, "U2", "H"], [10, "AK", "H"], [17, "LS", "M"], [18, "FR", "M"],
  [null, "BT", "M", ["Reported in the top 10.", "上位10位以内と報じられています。"]],
  [null, "BY", "L", ["'TUI' is reported in the top 20.", "「TUI」が上位20位以内と報じられています。"]],
  [null, "9C", "M", ["The first mainland-Chinese airline ever ranked.", "中国本土の航空会社として初めてランク入り。"]],
];

/** The 2025 one-star list without the Russian airlines (those stay unrated, see below). */
const ONE_STAR_2025 = ["P4", "JD", "YM", "PK", "PW", "BS", "IW"];
const RUSSIAN_2025 = ["SU", "DP", "FV", "U6", "UT"];

const RUSSIAN_NOTE =
  "Conflicting sources: AirlineRatings said in March 2023 that it no longer rates Russian airlines; " +
  "2025 media list this airline at 1 star. Kept as not rated until the rater itself says otherwise.";
const RUSSIAN_NOTE_JA =
  "資料が食い違っています。AirlineRatingsは2023年3月にロシアの航空会社の評価をやめたと発表しましたが、2025年の報道ではこの航空会社が星1つとされています。評価元が明言するまで「評価なし」としています。";

export const safetyRatings2025: SafetyRatingSeedRow[] = [
  ...FULL_2025.map(([rank, code, conf, extra]) => ranked(2025, "fullService", rank, code, SRC_2025_FULL, conf, extra)),
  ...LOW_2025.map(([rank, code, conf]) => ranked(2025, "lowCost", rank, code, SRC_2025_LOW, conf)),
  ...ONE_STAR_2025.map((code): SafetyRatingSeedRow => ({
    airlineCode: code, year: 2025, status: "rated", stars: 1, top25: false, rank: null, rankList: null,
    note: code === "YM" ? "Stopped flying in 2020 but still named in the 2025 one-star list." : null,
    noteJa: code === "YM" ? "2020年に運航を停止しましたが、2025年の星1つのリストに名前が残っています。" : null,
    source: SRC_2025_ONE_STAR, confidence: "M", effectiveFrom: "2025-01-01", verifiedOn: CHECKED,
  })),
  ...RUSSIAN_2025.map((code): SafetyRatingSeedRow => ({
    airlineCode: code, year: 2025, status: "unrated", stars: null, top25: false, rank: null, rankList: null,
    note: RUSSIAN_NOTE, noteJa: RUSSIAN_NOTE_JA,
    source: `${SRC_2025_ONE_STAR}; https://www.airlineratings.com/news/russian-airlines-no-longer-safety-rated/ (2023-03-27)`,
    confidence: "L", effectiveFrom: "2025-01-01", verifiedOn: CHECKED,
  })),
];

export const safetyRatings2026: SafetyRatingSeedRow[] = [
  ...FULL_2026.map((code, i) => ranked(2026, "fullService", i + 1, code, SRC_2026_FULL, "H")),
  ...LOW_2026.map(([rank, code, conf, extra]) => ranked(2026, "lowCost", rank, code, SRC_2026_LOW, conf, extra)),
];

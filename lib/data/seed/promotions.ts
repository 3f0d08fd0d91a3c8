/**
 * Seed rows for the promotion calculators (facts.md §2-§4), shaped like the
 * Prisma models `ConversionRoute`, `Campaign`, `IhgPurchaseRule` (+ nested
 * `IhgPriceTier`) and `AviosPlan`, with no ids. Dates are "YYYY-MM-DD" strings
 * (the seed runner turns them into DateTime at UTC midnight); JSON columns are
 * JSON strings, exactly as stored. The runner creates the rows whose unique key
 * is missing (ConversionRoute.code, Campaign.code, IhgPurchaseRule.effectiveFrom,
 * AviosPlan (name, effectiveFrom)); it never rewrites a stored row except for
 * wording that still carries an internal reference (lib/data/seed-refresh.ts).
 */
import { BLOG_POSTS } from "./blog-posts";

export type Confidence = "H" | "M" | "L";

export interface ConversionRouteSeed {
  code: string;
  name: string;
  nameJa: string;
  pointsName: string;
  pointsPerUnit: number;
  milesPerUnit: number;
  baseCreditMinDays: number;
  baseCreditMaxDays: number;
  source: string;
  confidence: Confidence;
  effectiveFrom: string;
  /** Day the row was last checked against its source, "YYYY-MM-DD". */
  verifiedOn: string;
}

/** Campaign has no effectiveFrom column: its startDate is its effective date. endDate is inclusive. */
export interface CampaignSeed {
  code: string;
  route: string;
  name: string;
  nameJa: string;
  startDate: string;
  endDate: string;
  bonusKind: "percent" | "perUnit";
  bonusValue: number;
  entryRequired: boolean;
  eligibility: string;
  eligibilityJa: string;
  source: string;
  confidence: Confidence;
  verifiedOn: string;
}

export interface IhgPriceTierSeed {
  minPoints: number;
  maxPoints: number | null;
  centsPerPoint: number;
}

export interface IhgPurchaseRuleSeed {
  effectiveFrom: string;
  annualCap: number;
  /** JSON array of ints. */
  raisedCaps: string;
  /** JSON [{ bonusPercent, minPoints }]. */
  bonusRules: string;
  minPurchase: number;
  maxPurchase: number;
  step: number;
  source: string;
  confidence: Confidence;
  notes: string | null;
  verifiedOn: string;
  /** The related IhgPriceTier rows (the runner creates them under the rule). */
  tiers: IhgPriceTierSeed[];
}

export interface AviosPlanSeed {
  name: string;
  monthlyUsdCents: number;
  yearlyUsdCents: number;
  aviosPerMonth: number;
  aviosPerYear: number;
  effectiveFrom: string;
  source: string;
  confidence: Confidence;
  verifiedOn: string;
}

/** promotions-safety-2026.md was collected and checked on this day. */
const CHECKED_2026 = "2026-12-02";

// The blog posts behind the 2023-24 rows (seeds 1, 2, 6, 8 and 9).
const SEED_1 = BLOG_POSTS.pontaJal2023;
const SEED_2 = BLOG_POSTS.saisonJal2023;
const SEED_6 = BLOG_POSTS.ihgSale2024;
const SEED_8 = BLOG_POSTS.aviosSubscription;
const SEED_9 = BLOG_POSTS.ihgSale2023;

export const conversionRoutes: ConversionRouteSeed[] = [
  {
    code: "ponta-jal",
    name: "Ponta points to JAL miles",
    nameJa: "PontaポイントからJALのマイル",
    pointsName: "Ponta points",
    pointsPerUnit: 2, // seed 1: 通常2Pontaポイントあたり1マイル; public (H): exchanged in 2-point units
    milesPerUnit: 1,
    // facts §2 [public, H]: "about 1 week to post"; no range published, so 7..7.
    baseCreditMinDays: 7,
    baseCreditMaxDays: 7,
    source:
      `${SEED_1}; rate unchanged, 2-point units, about 1 week to post, confirmed 2026-12: ` +
      "https://route-marker.com/pontapoint-jal/ ; https://mairu-junkie.com/ponta-jal ; https://matsunosuke.jp/ponta-jalmile-exchange/ (n.d., 4 sources agree)",
    confidence: "H",
    effectiveFrom: "2023-07-03", // the earliest date the sources attest this rate
    verifiedOn: CHECKED_2026,
  },
  {
    code: "saison-jal",
    name: "Saison permanent points (Eikyufumetsu) to JAL miles",
    nameJa: "永久不滅ポイントからJALのマイル",
    pointsName: "Saison permanent points",
    pointsPerUnit: 200, // seed 2: 200ポイント1口で通常500マイル
    milesPerUnit: 500,
    // seed 2: 通常分のマイルは、ポイント交換手続き後、3週間から4週間で口座に反映
    baseCreditMinDays: 21,
    baseCreditMaxDays: 28,
    source:
      `${SEED_2}; rate unchanged, confirmed 2026-12: https://crecolle.jp/point-program/saison-mile-club (n.d.); ` +
      "no official confirmation for 2025-26 was found",
    confidence: "H",
    effectiveFrom: "2023-07-01",
    verifiedOn: CHECKED_2026,
  },
];

export const campaigns: CampaignSeed[] = [
  {
    code: "ponta-jal-2023-07-rateup20",
    route: "ponta-jal",
    name: "Ponta to JAL miles: exchange rate 20% up",
    nameJa: "PontaからJALのマイル 交換レート20%アップキャンペーン",
    startDate: "2023-07-03",
    endDate: "2023-07-31",
    bonusKind: "percent",
    bonusValue: 20, // 20% of base miles, fractions of a mile dropped (1マイル未満は切り捨て)
    entryRequired: false, // seed 1 names no entry
    eligibility:
      "JMB×Ponta members or holders of the JMB Lawson Ponta Card Visa who are JAL Mileage Bank Japan-region members. " +
      "No bonus if JMB×Ponta has been unlinked or the card cancelled by the time the bonus miles are credited.",
    eligibilityJa:
      "JMB×Ponta会員もしくはJMBローソンPontaカードVisa保有者で、JALマイレージバンク日本地区会員が対象。" +
      "ボーナスマイルの積算時点で、JMB×Ponta会員登録を解除、JMBローソンPontaカードVisaを退会している場合は対象外。",
    source: SEED_1,
    confidence: "H",
    verifiedOn: "2023-07-03",
  },
  {
    code: "saison-jal-2023-07-rateup20",
    route: "saison-jal",
    name: "Miles 20% rate-up campaign",
    nameJa: "マイル20%レートアップキャンペーン",
    startDate: "2023-07-01",
    endDate: "2023-07-31",
    bonusKind: "perUnit",
    bonusValue: 100, // 1口ごとにボーナスマイル100マイル
    entryRequired: true, // キャンペーンへのエントリーが必要
    eligibility: "Entry (registration) for the campaign is required.",
    eligibilityJa: "キャンペーンへのエントリーが必要。",
    source: SEED_2,
    confidence: "H",
    verifiedOn: "2023-07-01",
  },
];

export const ihgPurchaseRules: IhgPurchaseRuleSeed[] = [
  {
    effectiveFrom: "2023-11-01", // the price tiers were published in Nov 2023 (PYOK)
    annualCap: 150_000, // seed 9: 毎年15万ポイントまで購入可能
    raisedCaps: JSON.stringify([250_000, 300_000]),
    bonusRules: JSON.stringify([{ bonusPercent: 100, minPoints: 11_000 }]), // seed 6: 100%ボーナスは11,000ポイント以上の購入から
    minPurchase: 1_000,
    // No per-purchase limit is published; the largest cap ever offered bounds one purchase.
    maxPurchase: 300_000,
    step: 1_000, // IHG sells in 1,000-point steps (tier edges 1,000 / 10,000 / 11,000 / 25,000 / 26,000)
    source:
      `${SEED_6}; ${SEED_9}; price tiers: Paddle Your Own Kanoo, paddleyourownkanoo.com (2023-11-18), and thepointcalculator (undated); ` +
      "cap raised to 300,000 for many accounts in the Dec 2025 sale: boltflight.com (2025-12)",
    confidence: "H",
    notes:
      "Biggest bonus is 100% (the July 2023 and January 2024 blog posts). Raised caps: 250,000 in the July 2023 post; 300,000 in a Dec 2025 sale (one weak source; not every account). " +
      "Points expire after 12 months of account inactivity (the January 2024 post says 'valid 12 months').",
    tiers: [
      { minPoints: 1_000, maxPoints: 10_000, centsPerPoint: 1.35 },
      { minPoints: 11_000, maxPoints: 25_000, centsPerPoint: 1.15 },
      { minPoints: 26_000, maxPoints: null, centsPerPoint: 1.0 },
    ],
    verifiedOn: "2024-01-15", // seed 6 (a sale running to 2024-02-02) was the last check
  },
  {
    // The December 2025 flash sale (promotions-safety-2026 §3a): 100% bonus from 11,000
    // points in one purchase, cap raised to 300,000 for many accounts. The price ladder
    // is "non-linear" and its breakpoints were not published: the 2023 tiers are kept,
    // which match the one published figure (1.0 cent at 300,000: $3,000 / 300,000).
    effectiveFrom: "2025-12-05",
    annualCap: 150_000, // the standard cap outside promotions is not published for 2025 (a gap): the last known one
    raisedCaps: JSON.stringify([300_000]),
    bonusRules: JSON.stringify([{ bonusPercent: 100, minPoints: 11_000 }]),
    minPurchase: 1_000,
    maxPurchase: 300_000,
    step: 1_000,
    source:
      "IHG buy-points 100% bonus, 2025-12-05 to 2025-12-15: https://www.thetraveler.org/ihg-one-rewards-extends-100-bonus-points-sale-letting-travelers-buy-at-0-5-cents-each-through-december-15-2025 (2025-12); " +
      "https://boltflight.com/buy-ihg-one-rewards-points-with-100-bonus-is-0-5%c2%a2-point-a-smart-purchase/ (2025-12)",
    confidence: "M",
    notes:
      "Sale 2025-12-05 to 2025-12-15 (extended from 12-11). Targeted: some accounts saw different offers. The 11,000 minimum is from thetraveler.org, " +
      "the 300,000 cap 'for many accounts' from boltflight (conflict: one source names no cap). Price tiers: breakpoints not published (gap); " +
      "at 300,000 the price is 1.0 cent before the bonus. No 2024, early-2025 or 2026 sale was found.",
    tiers: [
      { minPoints: 1_000, maxPoints: 10_000, centsPerPoint: 1.35 },
      { minPoints: 11_000, maxPoints: 25_000, centsPerPoint: 1.15 },
      { minPoints: 26_000, maxPoints: null, centsPerPoint: 1.0 },
    ],
    verifiedOn: CHECKED_2026,
  },
];

/**
 * Seed 8 carries no date; 2024-01-01 is a chosen placeholder (the neighbouring
 * seed posts are from early 2024). An admin should set the real launch date.
 */
const AVIOS_EFFECTIVE_FROM = "2024-01-01";

export const aviosPlans: AviosPlanSeed[] = [
  { name: "Voyager", monthlyUsdCents: 2_900, yearlyUsdCents: 31_500, aviosPerMonth: 1_667, aviosPerYear: 20_000 },
  { name: "Traveller", monthlyUsdCents: 7_500, yearlyUsdCents: 77_900, aviosPerMonth: 4_167, aviosPerYear: 50_000 },
  { name: "Explorer", monthlyUsdCents: 14_900, yearlyUsdCents: 154_500, aviosPerMonth: 8_334, aviosPerYear: 100_000 },
  { name: "Adventurer", monthlyUsdCents: 29_900, yearlyUsdCents: 306_900, aviosPerMonth: 16_667, aviosPerYear: 200_000 },
].map((plan) => ({
  ...plan,
  effectiveFrom: AVIOS_EFFECTIVE_FROM,
  source: SEED_8,
  confidence: "H" as const,
  // Not confirmed since: in 2026-12 no page about a BA (US) Avios subscription could be found.
  verifiedOn: AVIOS_EFFECTIVE_FROM,
}));

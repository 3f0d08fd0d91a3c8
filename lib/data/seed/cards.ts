// CardPreset rows (prisma/schema.prisma model CardPreset) for /cards and
// POST /api/v1/cards/compare ({ "preset": "<code>" }).
//
// The model has no effectiveFrom column, so the effective date and the
// caveat travel inside the `data` JSON (see lib/calculators/cards/from-rows.ts).
import type { TCardPresetDataInput } from "@/lib/calculators/cards/from-rows";
import { BLOG_POSTS } from "./blog-posts";

export type CardPresetSeedRow = {
  code: string;
  /** First day these terms are in force, "YYYY-MM-DD" (a version of the preset). */
  effectiveFrom: string;
  name: string;
  nameJa: string;
  /** JSON of TCardPresetData: fees, fee rules, earn rates, effectiveFrom, note. */
  data: string;
  source: string;
  confidence: "H" | "M" | "L";
  /** Day the row was last checked against its source, "YYYY-MM-DD". */
  verifiedOn: string;
};

const SEED_2 = BLOG_POSTS.saisonJal2023;

/**
 * Saison Platinum Business American Express Card (facts §2, seed 2).
 * - 22,000 yen a year, halved to 11,000 yen when yearly spend exceeds 2,000,000 yen.
 * - With SAISON MILE CLUB it reached 1.45% JAL-mile return. The facts give only
 *   the total; the split 1.0% base + 0.45% option follows the api.md example.
 * - SAISON MILE CLUB "became effectively paid" (July 2023) but its fee is not
 *   in the facts: optionFeeJpy stays 0 (the free era the 1.45% describes),
 *   flagged in the note and by confidence M, for an admin to fill in.
 * - effectiveFrom 2023-07-01: the date of the source post (its campaign
 *   start), when the author described these terms; not the card's launch.
 */
export const saisonPlatinumBusinessAmexData: TCardPresetDataInput = {
  annualFeeJpy: 22_000,
  feeRules: [{ spendAboveJpy: 2_000_000, annualFeeJpy: 11_000 }],
  milesPerJpy: 0.01,
  extraMilesPerJpy: 0.0045,
  optionFeeJpy: 0,
  effectiveFrom: "2023-07-01",
  note: {
    code: "cards.saison.mileClubFeeUnknown",
    en: "The 1.45% JAL-mile return needs SAISON MILE CLUB, which was free but has since become effectively paid; its fee is not known here and is counted as 0 yen. Add it to compare fairly.",
    ja: "JALマイル還元率1.45%にはSAISON MILE CLUBが必要です。以前は無料でしたが実質有料になりました。ここでは会費が不明のため0円として計算しています。正確に比較するには会費を加えてください。",
  },
};

const SAISON = {
  code: "saison-platinum-business-amex",
  name: "Saison Platinum Business American Express Card",
  nameJa: "セゾンプラチナ・ビジネス・アメリカン・エキスプレス・カード",
} as const;

const CHECKED_2026 = "2026-12-02";
const SAISON_MILE_CLUB =
  "https://matsunosuke.jp/saison-mile-club-jal/ (2023: SAISON MILE CLUB 1.125%, 5,500 yen a year); https://crecolle.jp/point-program/saison-mile-club (n.d.)";
const HALVING_ENDED = "https://pipinobu.com/?p=70616 (≈2023: fee halving ended from 2023-11-01; tax payments earn half from 2024-01-14)";
const UTILITIES_CUT = "https://pipinobu.com/entry/saison-card-point ; https://mitsukete.jp/credit-31 (2024-04-11: utilities and e-money top-ups earn half from 2024-07-11)";

/** From 2023-11-01: no fee halving; SAISON MILE CLUB 1.0% + 0.125% at 5,500 yen a year. */
const saisonAfterHalving = (annualFeeJpy: number, effectiveFrom: string, note: { code: string; en: string; ja: string }): TCardPresetDataInput => ({
  annualFeeJpy,
  feeRules: [],
  milesPerJpy: 0.01,
  extraMilesPerJpy: 0.00125,
  optionFeeJpy: 5_500,
  effectiveFrom,
  note,
});

const CATEGORY_CUTS_EN =
  "Tax payments earn half from 2024-01-14, and electricity, gas, water, NHK and e-money top-ups (Suica, PASMO and others) earn half from 2024-07-11: this calculator counts ordinary purchases only.";
const CATEGORY_CUTS_JA =
  "2024年1月14日から税金の支払い、2024年7月11日から電気・ガス・水道・NHKと電子マネーへのチャージ(Suica、PASMOなど)の還元が半分になりました。この計算は通常の買い物だけを数えています。";

/** JAL Card presets (terms from 2023-06, when the Shopping Mile Premium fee rose to 4,950 yen). */
const JAL_SMP = "https://jalcardfaq.jal.co.jp/ (official FAQ: Shopping Mile Premium 4,950 yen a year, free and automatic for CLUB-A Gold, Diners and Platinum; n.d., read 2026-12-02)";
const JAL_FEES = "https://transit-mall.com/blog/170515_jalcard01/ (fees: standard 2,200, CLUB-A 11,000, CLUB-A Gold 17,600, Platinum 34,100 yen; n.d.)";
const JAL_GOLD = "https://moneytimes.jp/archives/3231 (CLUB-A Gold: 17,600 yen for JCB, Visa and Mastercard; n.d.)";
const SMP_RISE = "https://home.kingsoft.jp/news/pr/manetatsu/427056.html (Shopping Mile Premium 3,300 -> 4,950 yen from 2023-06)";

const jalCard = (annualFeeJpy: number, premiumIncluded: boolean): TCardPresetDataInput => ({
  annualFeeJpy,
  feeRules: [],
  // 1 mile per 200 yen; with Shopping Mile Premium 1 per 100 yen (JAL Card partner shops earn double: not counted).
  milesPerJpy: 0.005,
  extraMilesPerJpy: 0.005,
  optionFeeJpy: premiumIncluded ? 0 : 4_950,
  effectiveFrom: "2023-06-01",
  note: premiumIncluded
    ? { code: "cards.jal.premiumIncluded", en: "Shopping Mile Premium (1 mile per 100 yen) is included free. Double miles at JAL Card partner shops are not counted.", ja: "ショッピングマイル・プレミアム(100円で1マイル)が無料で自動付帯します。JALカード特約店での2倍は含めていません。" }
    : { code: "cards.jal.premiumOption", en: "Counted with Shopping Mile Premium (4,950 yen a year), which doubles the miles to 1 per 100 yen. Double miles at JAL Card partner shops are not counted.", ja: "マイルを100円で1マイルに倍増するショッピングマイル・プレミアム(年会費4,950円)に入会した場合で計算しています。JALカード特約店での2倍は含めていません。" },
});

export const cardPresetSeedRows: CardPresetSeedRow[] = [
  // The seed post's terms (its example must still reproduce for 2023-07).
  { ...SAISON, effectiveFrom: "2023-07-01", data: JSON.stringify(saisonPlatinumBusinessAmexData), source: SEED_2, confidence: "M", verifiedOn: "2023-07-01" },
  {
    ...SAISON, effectiveFrom: "2023-11-01", confidence: "M", verifiedOn: CHECKED_2026,
    source: `${HALVING_ENDED}; ${SAISON_MILE_CLUB}`,
    data: JSON.stringify(saisonAfterHalving(22_000, "2023-11-01", {
      code: "cards.saison.noHalving",
      en: "The fee halving above 2,000,000 yen a year ended on 2023-10-31. 1.125% = 1.0% SAISON MILE CLUB miles + 1 point per 2,000 yen (1.25 miles), with SAISON MILE CLUB at 5,500 yen a year.",
      ja: "年200万円以上の利用で年会費が半額になる優遇は2023年10月31日で終了しました。1.125% = SAISON MILE CLUBのマイル1.0% + 2,000円ごとに1ポイント(1.25マイル)。SAISON MILE CLUBの年会費は5,500円です。",
    })),
  },
  {
    ...SAISON, effectiveFrom: "2024-07-11", confidence: "M", verifiedOn: CHECKED_2026,
    source: `${HALVING_ENDED}; ${UTILITIES_CUT}; ${SAISON_MILE_CLUB}`,
    data: JSON.stringify(saisonAfterHalving(22_000, "2024-07-11", { code: "cards.saison.categoryCuts", en: CATEGORY_CUTS_EN, ja: CATEGORY_CUTS_JA })),
  },
  {
    ...SAISON, effectiveFrom: "2025-01-01", confidence: "L", verifiedOn: CHECKED_2026,
    source:
      "https://yoshikazu-komatsu.com/saison-gold-to-platinum-business-upgrade-breakeven-point (2026-02: 33,000 yen); an unattributed public dataset (≥2025-08: 33,000 + 5,500 yen); " +
      `${SAISON_MILE_CLUB}`,
    data: JSON.stringify(saisonAfterHalving(33_000, "2025-01-01", {
      code: "cards.saison.feeConflict",
      en: `Annual fee uncertain: 33,000 yen in a 2026 blog and a 2025 dataset, 22,000 yen in 2023 sources; no official announcement of the rise was found. ${CATEGORY_CUTS_EN}`,
      ja: `年会費は不確かです。2026年のブログと2025年のデータでは33,000円、2023年の資料では22,000円で、値上げの公式発表は見つかっていません。${CATEGORY_CUTS_JA}`,
    })),
  },
  {
    code: "jal-card-standard", effectiveFrom: "2023-06-01", name: "JAL Card (standard) with Shopping Mile Premium", nameJa: "JALカード 普通カード(ショッピングマイル・プレミアム入会)",
    data: JSON.stringify(jalCard(2_200, false)), source: `${JAL_FEES}; ${JAL_SMP}; ${SMP_RISE}`, confidence: "M", verifiedOn: CHECKED_2026,
  },
  {
    code: "jal-card-club-a", effectiveFrom: "2023-06-01", name: "JAL CLUB-A Card with Shopping Mile Premium", nameJa: "JAL CLUB-Aカード(ショッピングマイル・プレミアム入会)",
    data: JSON.stringify(jalCard(11_000, false)), source: `${JAL_FEES}; ${JAL_SMP}; ${SMP_RISE}`, confidence: "M", verifiedOn: CHECKED_2026,
  },
  {
    code: "jal-card-club-a-gold", effectiveFrom: "2023-06-01", name: "JAL CLUB-A Gold Card (JCB, Visa, Mastercard)", nameJa: "JAL CLUB-Aゴールドカード(JCB・Visa・Mastercard)",
    data: JSON.stringify(jalCard(17_600, true)), source: `${JAL_GOLD}; ${JAL_FEES}; ${JAL_SMP}`, confidence: "M", verifiedOn: CHECKED_2026,
  },
  {
    code: "jal-card-platinum", effectiveFrom: "2023-06-01", name: "JAL Card Platinum", nameJa: "JALカード プラチナ",
    data: JSON.stringify(jalCard(34_100, true)), source: `${JAL_FEES}; ${JAL_SMP}`, confidence: "M", verifiedOn: CHECKED_2026,
  },
];

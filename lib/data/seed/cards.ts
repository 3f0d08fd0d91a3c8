// CardPreset rows (prisma/schema.prisma model CardPreset) for /cards and
// POST /api/v1/cards/compare ({ "preset": "<code>" }).
//
// The model has no effectiveFrom column, so the effective date and the
// caveat travel inside the `data` JSON (see lib/calculators/cards/from-rows.ts).
import type { TCardPresetDataInput } from "@/lib/calculators/cards/from-rows";

export type CardPresetSeedRow = {
  code: string;
  name: string;
  nameJa: string;
  /** JSON of TCardPresetData: fees, fee rules, earn rates, effectiveFrom, note. */
  data: string;
  source: string;
  confidence: "H" | "M" | "L";
};

const SEED_2 = "seed 2: 永久不滅ポイント、JALマイル交換でレートアップ(2023年7月1日~2023年7月31日)";

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

export const cardPresetSeedRows: CardPresetSeedRow[] = [
  {
    code: "saison-platinum-business-amex",
    name: "Saison Platinum Business American Express Card",
    nameJa: "セゾンプラチナ・ビジネス・アメリカン・エキスプレス・カード",
    data: JSON.stringify(saisonPlatinumBusinessAmexData),
    source: SEED_2,
    confidence: "M",
  },
];

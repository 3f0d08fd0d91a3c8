// Dated single figures used as calculator defaults (Prisma ReferenceValue) and dated
// exchange rates (Prisma ExchangeRate), each with its source. promotions-safety-2026
// §3c (IHG valuations) and §6 (Kiva), collected and checked on 2026-12-02.
import type { Confidence } from "./airlines";

export interface ReferenceValueSeed {
  key: string;
  value: number;
  effectiveFrom: string;
  source: string;
  confidence: Confidence;
  note: string | null;
  verifiedOn: string;
}

export interface ExchangeRateSeed {
  base: string;
  quote: string;
  rate: number;
  asOf: string;
  source: string;
  confidence: Confidence;
  verifiedOn: string;
}

const CHECKED = "2026-12-02";

/** Keys the calculators read. */
export const REFERENCE_KEYS = {
  kivaMinLoanUsd: "kiva.minLoanUsd",
  kivaRepaymentRate: "kiva.repaymentRate",
  ihgValueLowCents: "ihg.valueLowCents",
  ihgValueHighCents: "ihg.valueHighCents",
  /** The usual month of Ponta's JAL rate-up (a pattern, not a date). */
  pontaUsualCampaignMonth: "ponta-jal.usualCampaignMonth",
  pontaUsualCampaignBonusPercent: "ponta-jal.usualCampaignBonusPercent",
} as const;

export const referenceValues: ReferenceValueSeed[] = [
  {
    key: REFERENCE_KEYS.kivaMinLoanUsd, value: 25, effectiveFrom: "2025-01-01", confidence: "H", verifiedOn: CHECKED,
    source: "https://www.lendingtree.com/business/kiva-loans/ (n.d.); https://www.kiva.org/lp/giving-funds-pricing (current page)",
    note: "US$25 per loan share; no lower minimum was found.",
  },
  {
    key: REFERENCE_KEYS.kivaRepaymentRate, value: 0.963, effectiveFrom: "2025-01-01", confidence: "H", verifiedOn: CHECKED,
    source: "https://www-1.kiva.org/about/due-diligence (Kiva's own page, n.d.: 96.3% all loans, 97.1% partner loans, 72.8% direct U.S. loans)",
    note: "Older copies say 98-99% (2013 era): outdated.",
  },
  {
    key: REFERENCE_KEYS.ihgValueLowCents, value: 0.5, effectiveFrom: "2025-09-20", confidence: "M", verifiedOn: CHECKED,
    source:
      "The Points Guy 0.5 (via https://digitalflightbooking.com/amp/maximizing-redemptions-with-the-ihg-one-rewards-program, n.d.); " +
      "NerdWallet 0.5 (https://nerdwallet.com/article/travel/new-ihg-hotels-we-cant-wait-to-book, n.d.); " +
      "The Milelion 0.5 (https://milelion.com/2025/09/20/ihg-one-rewards-offering-up-to-3x-points-on-hotels-worldwide/, 2025-09-20)",
    note: "Suggested default: three publishers agree on 0.5 US cents.",
  },
  {
    key: REFERENCE_KEYS.ihgValueHighCents, value: 0.7, effectiveFrom: "2024-10-30", confidence: "M", verifiedOn: CHECKED,
    source:
      "Bankrate 0.7 (https://www.bankrate.com/credit-cards/travel/ihg-points-valuation/, 2024-10-30); " +
      "Frequent Miler 0.61 (https://frequentmiler.com/what-are-IHG-points-worth, n.d.); MoneyGeek 0.5-0.7 (n.d.)",
    note: "Upper end of the published range.",
  },
];

const PONTA_PATTERN =
  "https://matsunosuke.jp/ponta-jalmile-exchange/ (n.d.): '10対6(60%)で交換できるのが定番', most years in March, some years also July and other months; " +
  "no dated campaign page for 2023-07 to 2026-12 could be retrieved";
referenceValues.push(
  { key: REFERENCE_KEYS.pontaUsualCampaignMonth, value: 3, effectiveFrom: "2023-08-01", confidence: "L", verifiedOn: CHECKED, source: PONTA_PATTERN, note: "A pattern, not a schedule: no specific window is known after 2023-07." },
  { key: REFERENCE_KEYS.pontaUsualCampaignBonusPercent, value: 20, effectiveFrom: "2023-08-01", confidence: "M", verifiedOn: CHECKED, source: PONTA_PATTERN, note: "10 points -> 6 miles instead of 5 (+20%)." },
);

export const exchangeRates: ExchangeRateSeed[] = [
  {
    base: "USD", quote: "JPY", rate: 157.5, asOf: "2025-11-21", confidence: "M", verifiedOn: CHECKED,
    source: "MUFG Research, JPY weekly (https://www.mufgresearch.com/fx/jpy-weekly-25-november-2025): USD/JPY held just below 157.50 at 15:00 JST on 2025-11-21",
  },
];

// What the sources could not confirm (promotions-safety-2026 "What could not be confirmed",
// collected 2026-12-02), listed on /admin/data-health so an admin knows what to look for.
// Each gap names the table whose rows it concerns.
export type KnownGap = { table: string; en: string; ja: string };

export const KNOWN_GAPS: readonly KnownGap[] = [
  { table: "campaigns", en: "Ponta to JAL: every campaign window from 2023-07 to 2026-12 (dates, entry, credit timing, Japan-region eligibility). Only the pattern 'usually March, 10 to 6' is sourced.", ja: "Ponta→JAL:2023年7月〜2026年12月のキャンペーン期間(日程、エントリー、加算時期、日本地区限定か)。出典があるのは「例年3月、10→6」という傾向のみ。" },
  { table: "campaigns", en: "Saison to JAL: every bonus campaign from 2023-07 to 2026-12, and official confirmation that 200 points = 500 miles still holds.", ja: "セゾン→JAL:2023年7月〜2026年12月のボーナスキャンペーンと、200ポイント=500マイルが現在も有効であることの公式確認。" },
  { table: "card-presets", en: "Saison Platinum Business: an official source for the current annual fee (22,000 or 33,000 yen) and its current Priority Pass terms.", ja: "セゾンプラチナ・ビジネス:現在の年会費(22,000円か33,000円か)とプライオリティ・パスの現在の条件の公式な出典。" },
  { table: "ihg-rules", en: "IHG: buy-points sales in 2024, in 2025 before December, and in 2026; the current price-tier breakpoints; the standard annual cap outside promotions.", ja: "IHG:2024年、2025年12月より前、2026年のポイント購入セール、現在の価格帯の区切り、セール以外の通常の年間上限。" },
  { table: "avios-plans", en: "British Airways: whether the US Avios subscription still exists, with plan names, prices and Avios amounts.", ja: "ブリティッシュ・エアウェイズ:米国向けAviosサブスクリプションが今もあるか、プラン名・価格・Avios数。" },
  { table: "safety-ratings", en: "AirlineRatings: full 2025 and 2026 low-cost top-25 lists, per-airline stars for 2025-26, and a dated 2026 one-star list.", ja: "AirlineRatings:2025年と2026年のLCC上位25社の全リスト、2025〜26年の各社の星の数、日付のある2026年の星1つのリスト。" },
  { table: "reference-values", en: "Kiva: the current card-fee policy, whether card funding earns card rewards in 2025-26, and any minimum below US$25.", ja: "Kiva:現在のカード手数料の方針、2025〜26年にカード払いでポイントが貯まるか、25米ドル未満の最低額があるか。" },
];

// The Japanese blog posts the product grew out of (/work/shared/seeds/travel-posts.ja.md),
// cited the way a traveller would cite them: title as published and date. Internal code
// may call them "seed 1" to "seed 10"; no user-visible string does. Posts without a date
// of their own are dated by their neighbours in the collection (early 2024).
export const BLOG_POSTS = {
  /** seed 1 */
  pontaJal2023: "Blog post 「PontaポイントからJALのマイル交換で20%のレートアップキャンペーンを実施:2023年7月3日(月)~7月31日(月)」 (July 2023)",
  /** seed 2 */
  saisonJal2023: "Blog post 「永久不滅ポイント、JALマイル交換でレートアップ(2023年7月1日~2023年7月31日)」 (July 2023)",
  /** seed 4 */
  safetyRanking2024: "Blog post 「2024年版 危険な航空会社ランキング」 (early 2024), on AirlineRatings.com's 2024 ratings",
  /** seed 5 */
  kivaLog2024: "Blog post 「Kivaローンで社会貢献しながらマイルをゲットできるか検証(2024年1月号)」 (January 2024)",
  /** seed 6 */
  ihgSale2024: "Blog post 「IHG 100%ボーナス付ポイント購入セール(2024年2月2日まで)」 (January 2024)",
  /** seed 7 */
  stopoverGuide: "Blog post 「航空会社特典航空券のストップオーバー規定ガイド」 (award-ticket stopover rules guide, early 2024)",
  /** seed 8 */
  aviosSubscription: "Blog post on British Airways' Avios monthly subscription plans (undated), https://pgt.shopping.ba.com/subscription",
  /** seed 9 */
  ihgSale2023: "Blog post 「IHG Buy Points 100% Bonus Flash Sale Until July 28, 2023」 (July 2023)",
} as const;

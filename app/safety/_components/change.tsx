// How a rating moved since the airline's nearest earlier rated year (calculator's
// `change`): up, down, unchanged, or the earlier rating when one side is unrated.
import { useTranslations } from "next-intl";
import type { RatingChange } from "@/lib/calculators/safety";
import { MAX_STARS } from "@/app/_components/stars";

export function Change({ change }: { change: RatingChange | null }) {
  const t = useTranslations("safety");
  if (change === null) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t("change.none")}</span>
      </span>
    );
  }
  const { fromYear, delta } = change;
  if (delta === null) {
    const { fromRank, fromRankList } = change;
    const before =
      change.fromStatus === "unrated" ? t("notRated")
      : change.fromStars !== null ? t("starsLabel", { stars: change.fromStars, max: MAX_STARS })
      : fromRankList === null ? t("starsNotPublished")
      : fromRank === null ? t("rank.lowCostUnknown")
      : fromRankList === "lowCost" ? t("rank.lowCost", { rank: fromRank }) : t("rank.full", { rank: fromRank });
    return <span>{t("change.was", { year: String(fromYear), rating: before })}</span>;
  }
  if (delta === 0) return <span>{t("change.same", { year: String(fromYear) })}</span>;
  return delta > 0
    ? <span className="ok">{t("change.up", { year: String(fromYear), delta })}</span>
    : <span className="bad">{t("change.down", { year: String(fromYear), delta: -delta })}</span>;
}

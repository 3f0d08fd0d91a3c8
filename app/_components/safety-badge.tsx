// A carrier's safety rating in one small link, for award itineraries (next to each
// operating carrier): the star picture, or "Not rated" / "No data" (told apart: the
// rater giving no stars is not the same as us not knowing), linking to /safety/<code>.
// Server or client: only useTranslations, no state. Data from getSafetyBadges().
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SafetyBadgeData } from "@/lib/db/queries/safety";
import { MAX_STARS, Stars } from "./stars";

export type SafetyBadgeProps = SafetyBadgeData;

export function SafetyBadge({ code, status, stars, year, rank = null, rankList = null, lastStars = null }: SafetyBadgeProps) {
  const t = useTranslations("safety");
  const rated = status === "rated" && stars !== null;
  // Ranked in a published list without stars for the year: show the position.
  const ranked = status === "rated" && stars === null && rankList !== null;
  const rankText = !ranked ? null : rank === null ? t("rank.lowCostUnknown") : rankList === "lowCost" ? t("rank.lowCost", { rank }) : t("rank.full", { rank });
  // No data for this year, but an earlier year's stars: said with its year, never as current.
  const lastText = status === "noData" && lastStars ? t("badge.lastStars", { year: String(lastStars.year), stars: lastStars.stars, max: MAX_STARS }) : null;
  const shortText = rankText ?? (status === "unrated" ? t("notRated") : lastText ? t("badge.noDataShort", { year: String(lastStars!.year), stars: lastStars!.stars }) : t("noData"));
  const rating = rated
    ? t("starsLabel", { stars, max: MAX_STARS })
    : rankText ?? (status === "unrated" ? t("notRated") : lastText ? `${t("noData")}; ${lastText}` : t("noData"));
  const help = rated ? null : ranked ? t("starsNotPublishedHelp") : status === "unrated" ? t("notRatedHelp") : t("noDataHelp");
  const name = t("badge.label", { code, rating, year: String(year ?? ""), hasYear: year === null ? "no" : "yes" });
  return (
    <Link
      href={`/safety/${encodeURIComponent(code)}`}
      aria-label={name}
      title={help ? `${name}. ${help}` : name}
      data-testid={`safety-badge-${code}`}
      data-status={status}
      style={{ display: "inline-flex", alignItems: "center", gap: "0.3rem", fontSize: "0.85rem", textDecoration: "none", whiteSpace: "nowrap" }}
    >
      {rated ? (
        <Stars stars={stars} size={11} label={name} />
      ) : (
        <span className="muted" style={{ border: "1px solid var(--border)", borderRadius: "999px", padding: "0 0.5rem" }}>
          {shortText}
        </span>
      )}
    </Link>
  );
}

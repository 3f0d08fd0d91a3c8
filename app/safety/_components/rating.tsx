// One year's rating of one airline as shown on the safety pages: the star picture, or
// "Not rated" / "No data" drawn differently, each with its meaning as a tooltip and
// (when the page has the legend) linked to it for screen readers.
import { useTranslations } from "next-intl";
import { Stars } from "@/app/_components/stars";
import type { RatingStatus } from "@/lib/calculators/safety";
import styles from "../safety.module.css";

export const LEGEND_IDS = { unrated: "legend-unrated", noData: "legend-nodata", starsNotPublished: "legend-starsnotpublished", rank: "legend-rank" } as const;

export function Rating({ status, stars, size = 16, withLegend = false }: { status: RatingStatus; stars: number | null; size?: number; withLegend?: boolean }) {
  const t = useTranslations("safety");
  if (status === "rated" && stars !== null) {
    return (
      <span className={styles.rating}>
        <Stars stars={stars} size={size} />
        <span className={styles.starsNumber} aria-hidden="true">{stars}</span>
      </span>
    );
  }
  if (status === "rated") {
    // Ranked in a published list whose page gives no stars for the year.
    // With the page's legend the meaning is linked, not repeated as a tooltip in every row.
    return (
      <span
        className={styles.noData}
        title={withLegend ? undefined : t("starsNotPublishedHelp")}
        aria-describedby={withLegend ? LEGEND_IDS.starsNotPublished : undefined}
        data-status="starsNotPublished"
      >
        {t("starsNotPublished")}
      </span>
    );
  }
  const unrated = status === "unrated";
  return (
    <span
      className={unrated ? styles.notRated : styles.noData}
      title={withLegend ? undefined : unrated ? t("notRatedHelp") : t("noDataHelp")}
      aria-describedby={withLegend ? (unrated ? LEGEND_IDS.unrated : LEGEND_IDS.noData) : undefined}
      data-status={status}
    >
      {unrated ? t("notRated") : t("noData")}
    </span>
  );
}

export function Top25Mark({ year }: { year: number | null }) {
  const t = useTranslations("safety");
  return (
    <span className={styles.top25} title={t("top25Help", { year: String(year ?? "") })}>
      {t("top25")}
    </span>
  );
}

/** The published position (api.md `rank`), or the plain top-25 mark of years without positions. */
export function RankMark({ rank, rankList, top25, year, withLegend = false }: { rank: number | null; rankList: "fullService" | "lowCost" | null; top25: boolean; year: number | null; withLegend?: boolean }) {
  const t = useTranslations("safety.rank");
  const y = String(year ?? "");
  // In the table the page's "what the rank means" is linked; elsewhere the meaning is a tooltip.
  const help = (text: string) => (withLegend ? { "aria-describedby": LEGEND_IDS.rank } : { title: text });
  if (rankList === "fullService" && rank !== null) {
    return <span className={styles.top25} {...help(t("fullHelp", { rank, year: y }))} data-rank={rank}>{t("full", { rank })}</span>;
  }
  if (rankList === "lowCost") {
    return rank !== null
      ? <span className={styles.top25} {...help(t("lowCostHelp", { rank, year: y }))} data-rank={rank}>{t("lowCost", { rank })}</span>
      : <span className={styles.top25} {...help(t("lowCostUnknownHelp", { year: y }))}>{t("lowCostUnknown")}</span>;
  }
  return top25 ? <Top25Mark year={year} /> : null;
}

/** "oneworld", "oneworld connect", "Star Alliance", ... or "No alliance". */
export function AllianceName({ alliance, role }: { alliance: string | null; role: string | null }) {
  const t = useTranslations("safety");
  if (alliance === null) return <span className="muted">{t("alliances.none")}</span>;
  // Membership rows are plain strings: an unexpected value is shown as stored.
  const name = alliance === "oneworld" || alliance === "star" || alliance === "skyteam" ? t(`alliances.${alliance}`) : alliance;
  return <>{role === "connect" ? t("allianceConnect", { alliance: name }) : name}</>;
}

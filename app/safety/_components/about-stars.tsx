// What the stars measure (facts §5, public, confidence M) and what "not rated" and
// "no data" mean; the legend paragraphs are referenced by the table's cells.
import { useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import { Stars } from "@/app/_components/stars";
import { LEGEND_IDS } from "./rating";
import styles from "../safety.module.css";

// The rater's site: where the method is published.
const METHOD_SOURCE = "AirlineRatings.com, https://www.airlineratings.com/";
const RANK_SOURCE = "https://www.airlineratings.com/articles/worlds-safest-airline-rankings-for-2026 (2026-01-13)";

export function AboutStars() {
  const t = useTranslations("safety.about");
  const ts = useTranslations("safety");
  return (
    <section aria-labelledby="about-heading" className={styles.about}>
      <h2 id="about-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ul>
        <li>{t("accidents")}</li>
        <li>{t("iosa")}</li>
        <li>{t("icao")}</li>
        <li>{t("eu")}</li>
        <li>{t("faa")}</li>
      </ul>
      <Provenance source={METHOD_SOURCE} confidence="M" label={t("methodSource")} />
      <h3 id="about-rank">{t("rankHeading")}</h3>
      <p id={LEGEND_IDS.rank}>{t("rankText")}</p>
      <p>{t("starsYears")}</p>
      <Provenance source={RANK_SOURCE} confidence="H" label={t("rankSource")} />
      <h3>{t("legendHeading")}</h3>
      <dl className={styles.legend}>
        <dt><Stars stars={5} /></dt>
        <dd>{t("legendStars")}</dd>
        <dt><span className={styles.notRated}>{ts("notRated")}</span></dt>
        <dd id={LEGEND_IDS.unrated}>{ts("notRatedHelp")}</dd>
        <dt><span className={styles.noData}>{ts("noData")}</span></dt>
        <dd id={LEGEND_IDS.noData}>{ts("noDataHelp")}</dd>
        <dt><span className={styles.noData}>{ts("starsNotPublished")}</span></dt>
        <dd id={LEGEND_IDS.starsNotPublished}>{ts("starsNotPublishedHelp")}</dd>
      </dl>
      <p className="muted">{t("disclaimer")}</p>
    </section>
  );
}

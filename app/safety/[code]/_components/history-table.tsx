// The airline's ratings across every year the dataset covers, newest first.
import { useTranslations } from "next-intl";
import type { AirlineSafetyDetail } from "@/lib/calculators/safety";
import { AllianceName, RankMark, Rating } from "../../_components/rating";
import styles from "../../safety.module.css";

export function HistoryTable({ years }: { years: AirlineSafetyDetail[] }) {
  const t = useTranslations("safety.airline");
  const ts = useTranslations("safety");
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className={styles.table} data-testid="safety-history">
        <caption className="visually-hidden">{t("historyHeading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("historyYear")}</th>
            <th scope="col">{ts("table.rating")}</th>
            <th scope="col">{ts("table.top25")}</th>
            <th scope="col">{t("historyAlliance")}</th>
            <th scope="col">{ts("table.note")}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year} data-year={y.year} data-status={y.status}>
              <th scope="row">{y.year}</th>
              <td className={styles.ratingCell}><Rating status={y.status} stars={y.stars} /></td>
              <td><RankMark rank={y.rank} rankList={y.rankList} top25={y.top25} year={y.year} /></td>
              <td><AllianceName alliance={y.alliance} role={y.allianceRole} /></td>
              <td className={styles.noteCell}>{y.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

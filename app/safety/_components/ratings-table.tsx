"use client";
// The ratings of one year as a table: airline (linking to its page), stars (next to
// the name, so a phone shows them without scrolling), top-25 mark, alliance that
// year, change since the previous rated year, note.
// A client component on purpose: rendered on the server as HTML all the same, but the
// RSC payload then carries the rows' data (a few fields each) instead of a second copy of
// every row's markup, which made /safety the heaviest page by far.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { TableRow } from "../_lib/table-rows";
import { AllianceName, RankMark, Rating } from "./rating";
import { Change } from "./change";
import styles from "../safety.module.css";

export function RatingsTable({ airlines, year, showChange }: { airlines: TableRow[]; year: number | null; showChange: boolean }) {
  const t = useTranslations("safety.table");
  const locale = useLocale();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className={styles.table} data-testid="safety-table">
        <caption className="visually-hidden">{t("caption", { year: String(year ?? "") })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("airline")}</th>
            <th scope="col">{t("rating")}</th>
            <th scope="col">{t("top25")}</th>
            <th scope="col">{t("alliance")}</th>
            {showChange && <th scope="col">{t("change")}</th>}
            <th scope="col">{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {airlines.map((a) => {
            // The name in the page's language, the other spelling under it (search works with both).
            const other = a.other;
            return (
              <tr key={a.code} data-code={a.code} data-status={a.status}>
                <th scope="row" className={styles.airlineCell}>
                  <Link href={`/safety/${a.code}`}>{a.name}</Link>{" "}
                  <span className={styles.code}>{a.code}</span>
                  {other && <span className={styles.otherName} lang={locale === "ja" ? "en" : "ja"}>{other}</span>}
                </th>
                <td className={styles.ratingCell}><Rating status={a.status} stars={a.stars} withLegend /></td>
                <td data-col="rank"><RankMark rank={a.rank} rankList={a.rankList} top25={a.top25} year={year} withLegend /></td>
                <td data-col="alliance"><AllianceName alliance={a.alliance} role={a.allianceRole} /></td>
                {showChange && <td className={styles.changeCell}><Change change={a.change} /></td>}
                <td className={styles.noteCell}>{a.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

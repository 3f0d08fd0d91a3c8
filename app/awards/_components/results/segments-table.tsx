// The flights as quoted: route, operating carrier with its safety badge, cabin, local
// times, the WGS84 distance and the published TPM where one is stored.
import { useTranslations } from "next-intl";
import { SafetyBadge } from "@/app/_components/safety-badge";
import type { QuoteResponse } from "@/lib/calculators/awards";
import { localTime, type ResultExtras } from "./types";
import styles from "../awards.module.css";

export function SegmentsTable({ quote, extras }: { quote: QuoteResponse; extras: ResultExtras }) {
  const t = useTranslations("awards");
  const { names, badges } = extras;
  return (
    <section aria-labelledby="segments-heading">
      <h3 id="segments-heading">{t("results.segmentsHeading")}</h3>
      <div className="table-wrap" tabIndex={0}>
        <table className={styles.stack} data-testid="segments-table">
          <thead>
            <tr>
              <th scope="col">{t("results.col.segment")}</th>
              <th scope="col">{t("results.col.route")}</th>
              <th scope="col">{t("results.col.carrier")}</th>
              <th scope="col">{t("results.col.cabin")}</th>
              <th scope="col">{t("results.col.times")}</th>
              <th scope="col" className="num">{t("results.col.distance")}</th>
              <th scope="col" className="num">{t("results.col.tpm")}</th>
            </tr>
          </thead>
          <tbody>
            {quote.segments.map((s, i) => (
              <tr key={i}>
                <td data-label={t("results.col.segmentLong")}>{i + 1}</td>
                <td data-label={t("results.col.route")}>
                  <strong>
                    {s.from}–{s.to}
                  </strong>
                  <br />
                  <span className="muted">
                    {names.cities[s.from] ?? s.from} → {names.cities[s.to] ?? s.to}
                  </span>
                </td>
                <td data-label={t("results.col.carrier")}>
                  {s.surface || !s.carrier ? (
                    <span className="muted">{t("results.surfaceSector")}</span>
                  ) : (
                    <span className={styles.carrier}>
                      <span>
                        {s.carrier} {names.airlines[s.carrier] ?? ""}
                      </span>
                      {badges[s.carrier] ? <SafetyBadge {...badges[s.carrier]} /> : null}
                    </span>
                  )}
                </td>
                <td data-label={t("results.col.cabin")}>{s.cabin ? t(`cabins.${s.cabin}`) : "—"}</td>
                <td className={styles.nowrap} data-label={t("results.col.times")}>{t("results.times", { departs: localTime(s.departs), arrives: localTime(s.arrives) })}</td>
                <td className="num" data-label={t("results.col.distance")}>{s.distanceMiles.toLocaleString("en-US")}</td>
                <td className="num" data-label={t("results.col.tpm")}>{s.tpmMiles === null ? t("results.noTpm") : s.tpmMiles.toLocaleString("en-US")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t("results.totalMiles", { miles: quote.totalMiles })} {t("results.distanceHelp")}
      </p>
    </section>
  );
}

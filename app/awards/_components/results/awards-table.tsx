// One row per award type of each requested program: allowed or not, the price (with how
// sure it is), the stopovers used against those allowed, the distance it was priced on;
// below it the broken rules in plain words (the rule's code only as a data attribute),
// notes, and the chart's name, effective date, source and confidence. The best quote is
// highlighted.
import { useLocale, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import type { ChartMeta } from "@/lib/calculators/awards";
import type { RenderedAwardQuote as AwardQuote, RenderedQuoteResponse as QuoteResponse } from "@/lib/i18n/award-messages";
import { stopoverAllowance, stopoversUsed, type Allowance } from "../../_lib/allowance";
import { PriceCell, PriceDetails } from "./award-price";
import type { ResultNames } from "./types";
import styles from "../awards.module.css";

type T = ReturnType<typeof useTranslations<"awards">>;

function allowedText(t: T, a: Allowance): string | null {
  switch (a.kind) {
    case "max":
      return t("results.allowedMax", { max: a.max });
    case "perDirection":
      return t("results.allowedPerDirection", { max: a.max });
    case "roundTripOneWay":
      return a.oneWay === null ? t("results.allowedRoundTripOnly", { roundTrip: a.roundTrip }) : t("results.allowedRoundTrip", { roundTrip: a.roundTrip, oneWay: a.oneWay });
    default:
      return null;
  }
}

export function awardName(t: T, q: Pick<AwardQuote, "program" | "award">): string {
  return t.has(`awardTypes.${q.program}.${q.award}`) ? t(`awardTypes.${q.program}.${q.award}`) : q.award;
}

export function currencyName(t: T, q: Pick<AwardQuote, "program" | "currency">): string {
  return t.has(`currencies.${q.program}`) ? t(`currencies.${q.program}`) : q.currency;
}

function uniqueCharts(q: AwardQuote): ChartMeta[] {
  const seen = new Map<string, ChartMeta>();
  for (const c of q.chart ? [q.chart, ...q.charts] : q.charts) if (!seen.has(`${c.key}|${c.effectiveFrom}`)) seen.set(`${c.key}|${c.effectiveFrom}`, c);
  return [...seen.values()];
}

function Details({ q }: { q: AwardQuote }) {
  const t = useTranslations("awards");
  const ja = useLocale() === "ja";
  const charts = uniqueCharts(q);
  const note = ja ? q.noteJa ?? q.note : q.note;
  return (
    <div className={styles.details}>
      {q.violations.length ? (
        <div>
          <strong>{t("results.violations")}</strong>
          <ul className={styles.reasons}>
            {q.violations.map((v, i) => (
              <li key={i} data-rule={v.rule}>
                {ja ? v.messageJa : v.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {q.warnings.length ? (
        <div>
          <strong>{t("results.awardWarnings")}</strong>
          <ul className={styles.reasons}>
            {q.warnings.map((w, i) => (
              <li key={i} className="warn" data-code={w.code}>
                {ja ? w.messageJa : w.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PriceDetails q={q} />
      {note ? (
        <p>
          <strong>{t("results.note")}:</strong> {note}
        </p>
      ) : null}
      {q.valid && q.segmentPrices?.length ? (
        <p className="muted">
          {t("results.segmentPrices", {
            list: q.segmentPrices
              .map((sp) => (sp.price === null ? `${sp.segmentIndex + 1}: —` : sp.zone ? t("results.segmentPrice", { n: sp.segmentIndex + 1, price: sp.price, zone: sp.zone }) : t("results.segmentPriceNoZone", { n: sp.segmentIndex + 1, price: sp.price })))
              .join(", "),
          })}
        </p>
      ) : null}
      {q.pointLevel === "city" && q.stops ? <p className="muted">{t("results.citiesAsOne")}</p> : null}
      {charts.length ? (
        charts.map((c) => <Provenance key={`${c.key}|${c.effectiveFrom}`} label={t("results.chartLabel", { name: ja ? c.nameJa : c.name })} source={c.source} effectiveFrom={c.effectiveFrom} confidence={c.confidence} />)
      ) : (
        <p className="provenance">{t("results.noChart")}</p>
      )}
    </div>
  );
}

export function AwardsTable({ response, names }: { response: QuoteResponse; names: ResultNames }) {
  const t = useTranslations("awards");
  const best = response.best;
  return (
    <section aria-labelledby="awards-heading">
      <h3 id="awards-heading">{t("results.awardsHeading")}</h3>
      <div className="table-wrap" tabIndex={0}>
        <table className={`${styles.awards} ${styles.stack}`} data-testid="awards-table">
          <thead>
            <tr>
              <th scope="col">{t("results.col.program")}</th>
              <th scope="col">{t("results.col.award")}</th>
              <th scope="col">{t("results.col.valid")}</th>
              <th scope="col" className="num">{t("results.col.price")}</th>
              <th scope="col">{t("results.col.stopovers")}</th>
              <th scope="col">{t("results.col.basis")}</th>
            </tr>
          </thead>
          {response.quotes.map((q) => {
            const isBest = best !== null && best.program === q.program && best.award === q.award;
            const allowed = allowedText(t, stopoverAllowance(q));
            const used = stopoversUsed(q, response);
            const basis = t.has(`distanceBasis.${q.distanceBasis}`) ? t(`distanceBasis.${q.distanceBasis}`) : q.distanceBasis;
            return (
              // One tbody per quote keeps its detail row with it (and lets a screen reader step by quote).
              <tbody key={`${q.program}.${q.award}`} className={isBest ? styles.best : undefined} data-testid={`award-${q.program}-${q.award}`} data-valid={String(q.valid)}>
                <tr>
                  <th scope="row">{names.programs[q.program] ?? q.program}</th>
                  <td data-label={t("results.col.award")}>
                    {awardName(t, q)}
                    {isBest ? <span className={styles.bestBadge}>{t("results.bestBadge")}</span> : null}
                  </td>
                  <td className={`${q.valid ? "ok" : "bad"} ${styles.verdict}`} data-label={t("results.col.valid")}>
                    <strong>{q.valid ? t("results.valid") : t("results.invalid")}</strong>
                  </td>
                  <td className="num" data-label={t("results.col.price")}>
                    <PriceCell q={q} />
                  </td>
                  <td data-label={t("results.col.stopovers")}>{allowed === null ? t("results.stopoversUsedNoLimit", { used }) : t("results.stopoversUsed", { used, allowed })}</td>
                  <td data-label={t("results.col.basis")}>{t("results.basisTotal", { basis, miles: q.totalMiles })}</td>
                </tr>
                <tr className={styles.detailRow}>
                  <td colSpan={6}>
                    <Details q={q} />
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}

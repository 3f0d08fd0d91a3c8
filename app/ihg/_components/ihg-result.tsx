"use client";
// The IHG answer: verdict and big numbers first, then the reasons, warnings, the stay's
// figures, the plot, and the stored price tiers with their source.
import { useLocale, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import { centsFormat, usdFormat } from "@/app/_components/form/format";
import { TableHead } from "@/app/_components/form/table-head";
import type { TIhgBuyPointsResponse } from "@/lib/calculators/ihg";
import { IhgPlot } from "./ihg-plot";
import type { IhgForm, IhgPlotData } from "./params";
import type { RuleSummary } from "./types";
import styles from "./ihg.module.css";

export function IhgResult({ data, form, series, rule }: { data: TIhgBuyPointsResponse; form: IhgForm; series: IhgPlotData; rule: RuleSummary }) {
  const t = useTranslations("ihg");
  const locale = useLocale();
  const text = (m: { en: string; ja: string }) => (locale === "ja" ? m.ja : m.en);
  const usd = usdFormat(locale);
  const cents = centsFormat(locale);
  const points = Number(form.points);
  const after = Number(form.purchasedThisYear || 0) + points;
  const range = (min: number, max: number | null) => (max === null ? t("form.tierOpen", { min }) : t("form.tierRange", { min, max }));
  const buy = data.verdict === "buy";
  return (
    <div className="result" data-testid="ihg-result">
      <p className={`${styles.verdict} ${buy ? styles.buy : styles.skip}`} data-testid="ihg-verdict">
        <span className="muted">{t("result.verdictLabel")} </span>
        <strong>{buy ? t("result.buy") : t("result.skip")}</strong>
      </p>
      <p className="result-big" data-testid="ihg-total">
        {t("result.totalPoints", { points: data.totalPoints, cost: usd.format(data.costUsd) })}
      </p>
      <p className={styles.effective} data-testid="ihg-effective">
        {t("result.effective", { cents: data.effectiveCentsPerPoint })}
      </p>
      <h3>{t("result.reasons")}</h3>
      <ul data-testid="ihg-reasons">
        {data.reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>{text(r)}</li>
        ))}
      </ul>
      {data.warnings.length > 0 ? (
        <>
          <h3>{t("result.warnings")}</h3>
          <ul className="warn" data-testid="ihg-warnings">
            {data.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>{text(w)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <dl className={styles.figures}>
        <div>
          <dt>{t("form.bonus")}</dt>
          <dd className={data.bonusApplied ? "ok" : undefined}>
            {data.bonusApplied ? t("result.bonusApplied", { points: data.bonusPoints }) : Number(form.bonusPercent) > 0 ? t("result.bonusNotApplied") : t("result.bonusNone")}
          </dd>
        </div>
        <div>
          <dt>{t("result.pricePaid")}</dt>
          <dd>
            {data.tier
              ? t("result.priceTier", { cents: data.centsPerPoint, range: range(data.tier.minPoints, data.tier.maxPoints) })
              : t("result.priceTyped", { cents: data.centsPerPoint })}
          </dd>
        </div>
        <div>
          <dt>{t("result.cap")}</dt>
          <dd className={data.withinAnnualCap ? undefined : "bad"}>
            {t("result.capValue", { after, cap: data.annualCap, status: data.withinAnnualCap ? t("result.withinCap") : t("result.overCap") })}
          </dd>
        </div>
      </dl>
      {data.stay ? (
        <>
          <h3>{t("result.stayHeading")}</h3>
          <dl className={styles.figures} data-testid="ihg-stay">
            <div>
              <dt>{t("result.stayValue")}</dt>
              <dd>{t("result.stayValueValue", { cents: data.stay.valueCentsPerPoint })}</dd>
            </div>
            <div>
              <dt>{t("result.breakeven")}</dt>
              <dd>{usd.format(data.stay.breakevenCashUsd)}</dd>
            </div>
            <div>
              <dt>{t("result.worthIt")}</dt>
              <dd className={data.stay.breakEven ? "warn" : data.stay.worthIt ? "ok" : "bad"}>
                {data.stay.breakEven ? t("result.evenAnswer") : data.stay.worthIt ? t("result.yes") : t("result.no")}
              </dd>
            </div>
          </dl>
        </>
      ) : null}
      <IhgPlot data={series} rule={rule} bonusPercent={Number(form.bonusPercent)} typedCents={form.priceMode === "typed" ? Number(form.centsPerPoint) : null} points={points} effective={data.effectiveCentsPerPoint} stayValue={data.stay?.valueCentsPerPoint ?? null} />
      <h3>{t("result.tiersHeading")}</h3>
      <div className="table-wrap" tabIndex={0}>
        <table className={styles.tiers} data-testid="ihg-tiers">
          <TableHead columns={[{ label: t("result.tierColumn") }, { label: t("result.centsColumn"), num: true }]} />
          <tbody>
            {rule.tiers.map((tier) => {
              const applies = data.tier !== null && data.tier.minPoints === tier.minPoints;
              return (
                <tr key={tier.minPoints} className={applies ? styles.applied : undefined} aria-current={applies ? "true" : undefined}>
                  <td>
                    {range(tier.minPoints, tier.maxPoints)}
                    {applies ? <span className={styles.badge}>{t("result.applies")}</span> : null}
                  </td>
                  <td className="num">{cents.format(tier.centsPerPoint)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Provenance label={t("result.ruleLabel")} source={data.rule.source} effectiveFrom={data.rule.effectiveFrom} confidence={data.rule.confidence} />
    </div>
  );
}

"use client";
// What a simulation means for the user: cost per mile first, then where the money went,
// the calculator's warnings in the page's language, the plots and the monthly schedule.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TKivaSimulateRequestInput, TKivaSimulateResponse } from "@/lib/calculators/kiva/schema";
import { KivaPlots } from "./kiva-plots";
import { KivaSchedule } from "./kiva-schedule";
import styles from "./kiva.module.css";

export function KivaResults({ data, request }: { data: TKivaSimulateResponse; request: TKivaSimulateRequestInput }) {
  const t = useTranslations("kiva.result");
  const format = useFormatter();
  const locale = useLocale();
  const usd = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const int = (v: number) => format.number(v, { maximumFractionDigits: 0 });
  const usdJpy = request.usdJpy;
  const lossJpy = data.costJpy - data.fxCostJpy; // the same rounding as costJpy, so the parts add up

  return (
    <>
      <dl className={styles.headline}>
        <div>
          <dt>{t("costPerMile")}</dt>
          <dd className="result-big" data-testid="kiva-cost-per-mile">
            {data.costPerMileJpy === null ? t("noCostPerMile") : t("yenPerMile", { yen: format.number(data.costPerMileJpy, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })}
          </dd>
        </div>
        <div>
          <dt>{t("milesEarned")}</dt>
          <dd className="result-big" data-testid="kiva-miles">
            {t("miles", { miles: int(data.milesEarned) })}
          </dd>
        </div>
        <div>
          <dt>{t("lentTotal")}</dt>
          <dd className="result-big" data-testid="kiva-lent">
            {t("usd", { usd: usd(data.lentUsd) })}
          </dd>
          <dd className="muted" data-testid="kiva-lent-detail">{t("lentDetail", { loans: data.loansLent, yen: int(data.lentUsd * usdJpy) })}</dd>
        </div>
        <div>
          <dt>{t("expectedLoss")}</dt>
          <dd className={`result-big ${data.expectedLossUsd > 0 ? "warn" : ""}`} data-testid="kiva-loss">
            {t("usd", { usd: usd(data.expectedLossUsd) })}
          </dd>
          <dd className="muted">{t("aboutYen", { yen: int(lossJpy) })}</dd>
        </div>
      </dl>
      <p data-testid="kiva-cost-explained">
        {data.costPerMileJpy === null
          ? t("costExplainedNoMiles", { cost: int(data.costJpy) })
          : t("costExplained", { cost: int(data.costJpy), fx: int(data.fxCostJpy), loss: int(lossJpy), miles: int(data.milesEarned) })}
      </p>
      <p className="muted">
        {t("moneyBack", { repaid: usd(data.repaidUsd), returned: usd(data.returnedUsd), outstanding: usd(data.outstandingUsd) })}
      </p>
      {data.warnings.length > 0 ? (
        <ul className={styles.warnings} aria-label={t("warnings")}>
          {data.warnings.map((w) => (
            <li key={w.code} className={w.code === "kiva.relendByCard" ? "muted" : "warn"}>
              {locale === "ja" ? w.ja : w.en}
            </li>
          ))}
        </ul>
      ) : null}
      <KivaPlots schedule={data.schedule} />
      <KivaSchedule schedule={data.schedule} />
    </>
  );
}

"use client";
// The cheapest way to a target: cost first, then how (plans, billing, periods), when it is
// all in, the payment schedule, the other ways, the assumptions, and the plot.
import { useLocale, useTranslations } from "next-intl";
import type { TAviosCollectOption } from "@/lib/calculators/avios";
import { centsFormat, dayFormatter, usdFormat } from "@/app/_components/form/format";
import { TableHead } from "@/app/_components/form/table-head";
import { AviosPlot } from "./avios-plot";
import type { AviosPlanResponse } from "./types";
import styles from "./avios.module.css";

export function CollectResult({ data }: { data: AviosPlanResponse }) {
  const t = useTranslations("avios");
  const locale = useLocale();
  const day = dayFormatter(locale);
  const text = (m: { en: string; ja: string }) => (locale === "ja" ? m.ja : m.en);
  const usd = usdFormat(locale);
  const nf = new Intl.NumberFormat(locale);
  const cents = centsFormat(locale);
  const parts = (o: TAviosCollectOption) => o.parts.map((p) => t("target.part", { plan: p.plan, billing: p.billing, count: p.count })).join(" → ");
  const best = data.best;
  return (
    <div className="result" data-testid="avios-collect-result">
      {best ? (
        <>
          <p className="muted">{t("target.best")}</p>
          <p className="result-big" data-testid="avios-best-cost">
            {t("target.cost", { cost: usd.format(best.costUsd) })}
          </p>
          <p className={styles.how} data-testid="avios-best-parts">
            {parts(best)}
          </p>
          <p>{t("target.centsPerAvios", { cents: best.centsPerAvios, avios: best.avios, surplus: best.surplusAvios })}</p>
          {best.reachedOn ? <p className="ok">{t("target.reachedOn", { date: day(best.reachedOn) })}</p> : null}
          <details>
            <summary>{t("target.payments")}</summary>
            <div className="table-wrap" tabIndex={0}>
              <table>
                <TableHead
                  columns={[
                    { label: t("target.date") },
                    { label: t("target.plan") },
                    { label: t("target.amount"), num: true },
                    { label: t("target.avios"), num: true },
                    { label: t("target.creditedBy") },
                  ]}
                />
                <tbody>
                  {best.payments.map((p, i) => (
                    <tr key={`${p.date}-${i}`}>
                      <td>{day(p.date)}</td>
                      <td>{t("plot.series", { plan: p.plan, billing: p.billing })}</td>
                      <td className="num">{usd.format(p.usd)}</td>
                      <td className="num">{nf.format(p.avios)}</td>
                      <td>{day(p.creditedBy)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : (
        <p className="result-big bad" data-testid="avios-best-cost">
          {t("target.none", { avios: data.targetAvios, date: day(data.deadline) })}
        </p>
      )}
      <AviosPlot series={data.series} target={data.targetAvios} bestCost={best?.costUsd ?? null} />
      {data.alternatives.length > 0 ? (
        <>
          <h3>{t("target.alternatives")}</h3>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="avios-alternatives">
              <TableHead
                columns={[
                  { label: t("target.option") },
                  { label: t("target.total"), num: true },
                  { label: t("target.avios"), num: true },
                  { label: t("target.perAvios"), num: true },
                  { label: t("target.reached") },
                ]}
              />
              <tbody>
                {data.alternatives.map((o, i) => (
                  <tr key={i}>
                    <td>{parts(o)}</td>
                    <td className="num">{usd.format(o.costUsd)}</td>
                    <td className="num">{nf.format(o.avios)}</td>
                    <td className="num">{cents.format(o.centsPerAvios)}</td>
                    <td className={o.feasible ? undefined : "bad"}>{o.feasible && o.reachedOn ? day(o.reachedOn) : t("target.tooLate")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h3>{t("target.assumptions")}</h3>
      <ul className="muted">
        {data.assumptions.map((a) => (
          <li key={a.code}>{text(a)}</li>
        ))}
      </ul>
    </div>
  );
}

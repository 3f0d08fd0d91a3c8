"use client";
// The four plans, monthly and yearly, with cents per Avios and a verdict against the
// user's value; each plan's source under the table.
import { useLocale, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import { centsFormat, usdFormat } from "@/app/_components/form/format";
import { TableHead } from "@/app/_components/form/table-head";
import type { TAviosSubscriptionsResponse } from "@/lib/calculators/avios";
import styles from "./avios.module.css";

export function PlansTable({ data, value }: { data: TAviosSubscriptionsResponse; value: number | null }) {
  const t = useTranslations("avios");
  const locale = useLocale();
  const usd = usdFormat(locale, true);
  const nf = new Intl.NumberFormat(locale);
  const cents = centsFormat(locale);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const worth = data.plans.flatMap((p) => (p.verdict ? [p.verdict.monthly.worthIt, p.verdict.yearly.worthIt] : [])).filter(Boolean).length;
  // One provenance line per distinct source (the seed gives all four plans one source).
  const sources = new Map<string, { names: string[]; source: string; effectiveFrom: string; confidence: string }>();
  for (const p of data.plans) {
    const key = `${p.source}|${p.effectiveFrom}|${p.confidence}`;
    const entry = sources.get(key) ?? { names: [], source: p.source, effectiveFrom: p.effectiveFrom, confidence: p.confidence };
    entry.names.push(p.name);
    sources.set(key, entry);
  }
  return (
    <>
      {value !== null && data.plans.some((p) => p.verdict) ? (
        <p data-testid="avios-verdict-summary">
          <strong>{t("plans.summary", { value, count: worth })}</strong>
        </p>
      ) : null}
      <div className="table-wrap" tabIndex={0}>
        <table className={styles.plans} data-testid="avios-plans">
          <TableHead
            columns={[
              { label: t("plans.plan") },
              { label: t("plans.billing") },
              { label: t("plans.price"), num: true },
              { label: t("plans.avios"), num: true },
              { label: t("plans.cents"), num: true },
              { label: t("plans.verdict") },
            ]}
          />
          <tbody>
            {data.plans.flatMap((p) =>
              (["monthly", "yearly"] as const).map((billing) => {
                const verdict = p.verdict?.[billing];
                return (
                  <tr key={`${p.name}-${billing}`} data-testid={`plan-${p.name}-${billing}`} className={billing === "yearly" ? styles.yearly : undefined}>
                    {billing === "monthly" ? (
                      <th scope="rowgroup" rowSpan={2}>
                        {p.name}
                      </th>
                    ) : null}
                    <td>
                      {t(`plans.${billing}`)}
                      {billing === "yearly" ? <div className="muted">{t("plans.saving", { percent: p.yearlySavingPercent })}</div> : null}
                    </td>
                    <td className="num">{billing === "monthly" ? t("plans.perMonth", { price: usd.format(p.monthlyUsd) }) : t("plans.perYear", { price: usd.format(p.yearlyUsd) })}</td>
                    <td className="num">{nf.format(billing === "monthly" ? p.aviosPerMonth : p.aviosPerYear)}</td>
                    <td className="num">{cents.format(billing === "monthly" ? p.centsPerAviosMonthly : p.centsPerAviosYearly)}</td>
                    <td>{verdict ? <span className={verdict.worthIt ? "ok" : "bad"}>{verdict.worthIt ? t("plans.buy") : t("plans.skip")}</span> : "—"}</td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
      {[...sources.values()].map((s) => (
        <Provenance key={`${s.source}|${s.effectiveFrom}`} label={t("plans.plansLabel", { names: list.format(s.names) })} source={s.source} effectiveFrom={s.effectiveFrom} confidence={s.confidence} />
      ))}
    </>
  );
}

"use client";
// The comparison, best first: yearly cost, miles, return and cost per mile, plus bars.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TCardsCompareResponse } from "@/lib/calculators/cards/schema";
import { TableHead } from "@/app/_components/form/table-head";
import { MilesBars } from "./miles-bars";
import styles from "./cards.module.css";

/** The one-line answer ("Best: …"), or null without cards: shown first and announced. */
export function useBestLine(): (data: TCardsCompareResponse) => string | null {
  const t = useTranslations("cards.result");
  const format = useFormatter();
  const locale = useLocale();
  const int = (v: number) => format.number(v, { maximumFractionDigits: 0 });
  return (data) => {
    const best = data.cards[0];
    if (!best) return null;
    const name = locale === "ja" && best.nameJa ? best.nameJa : best.name;
    return t("best", { name, miles: int(best.miles), fee: int(best.feeJpy) });
  };
}

export function CardsResults({ data }: { data: TCardsCompareResponse }) {
  const t = useTranslations("cards.result");
  const format = useFormatter();
  const locale = useLocale();
  const int = (v: number) => format.number(v, { maximumFractionDigits: 0 });
  const dec = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const nameOf = (c: { name: string; nameJa?: string }) => (locale === "ja" && c.nameJa ? c.nameJa : c.name);
  const bestLine = useBestLine()(data);

  return (
    <>
      {bestLine ? (
        <p className={styles.best} data-testid="cards-best">
          {bestLine}
        </p>
      ) : null}
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="cards-results" className={styles.results}>
          <caption className="visually-hidden">{t("caption")}</caption>
          <TableHead
            columns={[
              { label: t("rank"), num: true },
              { label: t("card") },
              ...(["fee", "miles", "return", "costPerMile"] as const).map((k) => ({ label: t(k), num: true })),
            ]}
          />
          <tbody>
            {data.cards.map((c, i) => (
              <tr key={i} className={i === 0 ? styles.bestRow : undefined}>
                <td className={`num ${styles.rank}`}>{i + 1}</td>
                <th scope="row">
                  {nameOf(c)}
                  {c.preset ? <span className={styles.badge}>{t("preset")}</span> : null}
                </th>
                <td className="num" data-label={t("fee")}>
                  <span>
                    {t("yen", { yen: int(c.feeJpy) })}
                    {c.optionFeeJpy > 0 ? <span className={`muted ${styles.sub}`}>{t("feeSplit", { card: int(c.cardFeeJpy), option: int(c.optionFeeJpy) })}</span> : null}
                  </span>
                </td>
                <td className="num" data-label={t("miles")}>
                  {int(c.miles)}
                </td>
                <td className="num" data-label={t("return")}>
                  {t("percent", { value: dec(c.returnPercent) })}
                </td>
                <td className="num" data-label={t("costPerMile")}>
                  {c.costPerMileJpy === null ? t("noMiles") : t("yen", { yen: dec(c.costPerMileJpy) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.cards.length > 1 ? (
        <MilesBars
          title={t("barsTitle")}
          summary={data.cards.map((c) => t("barsItem", { name: nameOf(c), miles: int(c.miles) })).join("; ")}
          bars={data.cards.map((c, i) => ({ label: nameOf(c), value: c.miles, valueText: t("milesValue", { miles: int(c.miles) }), highlight: i === 0 }))}
        />
      ) : null}
      <p className="muted">{t("explain")}</p>
    </>
  );
}

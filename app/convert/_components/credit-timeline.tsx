"use client";
// When each part reaches the account, as a small timeline: exchange -> base miles window
// -> bonus miles "credited separately" (with its date only when the campaign published one).
import { useLocale, useTranslations } from "next-intl";
import type { TConversionQuoteResponse } from "@/lib/calculators/conversions";
import { dayFormatter } from "@/app/_components/form/format";
import styles from "./convert.module.css";

export function CreditTimeline({ data }: { data: TConversionQuoteResponse }) {
  const t = useTranslations("convert");
  const locale = useLocale();
  const day = dayFormatter(locale);
  const { base, bonus } = data.credit;
  const text = (m: { en: string; ja: string }) => (locale === "ja" ? m.ja : m.en);
  if (data.units === 0) return <p>{t("timeline.nothing")}</p>;
  return (
    <ol className={styles.timeline} data-testid="credit-timeline">
      <li>
        <span className={styles.when}>{day(data.date)}</span>
        <span>{t("timeline.exchange", { points: data.pointsUsed })}</span>
      </li>
      {base.earliest && base.latest ? (
        <li>
          <span className={styles.when}>{base.earliest === base.latest ? day(base.earliest) : t("campaign.period", { start: day(base.earliest), end: day(base.latest) })}</span>
          <span>
            {base.earliest === base.latest
              ? t("timeline.baseDay", { miles: data.baseMiles, date: day(base.earliest) })
              : t("timeline.baseRange", { miles: data.baseMiles, from: day(base.earliest), to: day(base.latest) })}{" "}
            <span className="muted">{text(base.note)}</span>
          </span>
        </li>
      ) : null}
      {bonus ? (
        <li>
          <span className={styles.when}>{bonus.date ? day(bonus.date) : t("timeline.bonusWhen")}</span>
          <span>
            {t("timeline.bonus", {
              miles: data.bonusMiles,
              when: bonus.date ? t("timeline.bonusDate", { date: day(bonus.date) }) : t("timeline.bonusUnknown"),
            })}
          </span>
        </li>
      ) : null}
    </ol>
  );
}

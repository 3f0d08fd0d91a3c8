"use client";
// The campaign that covered the date: applied, or why not (dates, entry, eligibility),
// with its source. Or a plain "no campaign" line.
import { useLocale, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import type { TCampaignOutcome } from "@/lib/calculators/conversions";
import { dayFormatter } from "@/app/_components/form/format";
import { bonusText } from "./campaign-text";
import styles from "./convert.module.css";

export function CampaignBox({ campaign, date, unit }: { campaign: TCampaignOutcome | null; date: string; unit: number }) {
  const t = useTranslations("convert");
  const locale = useLocale();
  const day = dayFormatter(locale);
  if (!campaign) {
    return (
      <p className={styles.campaign} data-testid="campaign-outcome">
        {t("campaign.none", { date: day(date) })}
      </p>
    );
  }
  const name = locale === "ja" ? campaign.nameJa : campaign.name;
  return (
    <div className={`${styles.campaign} ${campaign.applied ? styles.applied : styles.notApplied}`} data-testid="campaign-outcome">
      <p className={campaign.applied ? "ok" : "warn"}>
        <strong>
          <span aria-hidden="true">{campaign.applied ? "✓ " : "✗ "}</span>
          {campaign.applied ? t("campaign.applied", { name }) : t("campaign.notApplied", { name })}
        </strong>
      </p>
      {campaign.reason ? <p>{locale === "ja" ? campaign.reason.ja : campaign.reason.en}</p> : null}
      <ul className={styles.facts}>
        <li>{t("campaign.period", { start: day(campaign.start), end: day(campaign.end) })}</li>
        <li>{bonusText(t, campaign, unit)}</li>
        <li>{campaign.entryRequired ? t("campaign.entryRequired") : t("campaign.noEntry")}</li>
        <li>
          {t("campaign.conditions", { text: locale === "ja" ? campaign.eligibility.ja : campaign.eligibility.en })}
        </li>
      </ul>
      <Provenance label={t("campaign.label")} source={campaign.source} effectiveFrom={campaign.effectiveFrom} confidence={campaign.confidence} />
    </div>
  );
}

"use client";
// Points -> miles answer: the big numbers first (total, base + bonus), then points used
// and left, the campaign outcome, the credit timeline, notes, a plot and the rate's source.
import { useLocale, useTranslations } from "next-intl";
import type { PlotSeries } from "@/app/_components/line-plot";
import { LocalePlot } from "@/app/_components/form/locale-plot";
import type { TConversionQuoteResponse } from "@/lib/calculators/conversions";
import { CampaignBox } from "./campaign-box";
import { CreditTimeline } from "./credit-timeline";
import { RateProvenance } from "./rate-provenance";
import { dayFormatter } from "@/app/_components/form/format";
import styles from "./convert.module.css";

export function QuoteResult({ data }: { data: TConversionQuoteResponse }) {
  const t = useTranslations("convert");
  const locale = useLocale();
  const day = dayFormatter(locale);
  const nf = new Intl.NumberFormat(locale);
  const campaignName = data.campaign ? (locale === "ja" ? data.campaign.nameJa : data.campaign.name) : null;
  const series: PlotSeries[] = [{ name: t("plot.base"), points: data.series.map((p) => ({ x: p.points, y: p.baseMiles })), color: "var(--muted)" }];
  if (campaignName && data.series[0]?.milesWithCampaign !== null) {
    series.push({
      name: t("plot.withCampaign", { name: campaignName }),
      points: data.series.map((p) => ({ x: p.points, y: p.milesWithCampaign ?? p.baseMiles })),
      color: "var(--accent)",
    });
  }
  return (
    <div className="result" data-testid="convert-result">
      <p className="muted">{t("result.summary", { points: data.pointsUsed + data.pointsLeft, date: day(data.date) })}</p>
      <p className="result-big" data-testid="total-miles">
        {t("result.totalMiles", { miles: data.totalMiles })}
      </p>
      <p data-testid="miles-split">{t("result.split", { base: data.baseMiles, bonus: data.bonusMiles })}</p>
      <dl className={styles.figures}>
        <div>
          <dt>{t("result.pointsUsed")}</dt>
          <dd data-testid="points-used">{t("result.pointsUsedValue", { points: data.pointsUsed, units: data.units, unit: data.rate.pointsPerUnit })}</dd>
        </div>
        <div>
          <dt>{t("result.pointsLeft")}</dt>
          <dd data-testid="points-left">{nf.format(data.pointsLeft)}</dd>
        </div>
      </dl>
      <CampaignBox campaign={data.campaign} date={data.date} unit={data.rate.pointsPerUnit} />
      <h3>{t("timeline.heading")}</h3>
      <CreditTimeline data={data} />
      {data.notes.length > 0 ? (
        <>
          <h3>{t("result.notes")}</h3>
          <ul data-testid="convert-notes">
            {data.notes.map((n) => (
              <li key={n.code}>{locale === "ja" ? n.ja : n.en}</li>
            ))}
          </ul>
        </>
      ) : null}
      <LocalePlot
        testId="convert-plot"
        title={t("plot.title")}
        xLabel={t("plot.x")}
        yLabel={t("plot.y")}
        series={series}
        markers={[{ x: data.pointsUsed + data.pointsLeft, label: t("plot.you") }]}
        summary={t("plot.summary", {
          points: data.pointsUsed + data.pointsLeft,
          base: data.baseMiles,
          campaign: data.campaign?.applied ? nf.format(data.totalMiles) : "none",
        })}
      />
      <RateProvenance rate={data.rate} />
    </div>
  );
}

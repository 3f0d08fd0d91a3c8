"use client";
// Effective cents per point received against quantity bought: the tier steps show in the
// tier lines, the bonus threshold as a vertical marker, the stay's value as a horizontal line.
// With a typed price, the line at that price is drawn over the tier lines for comparison.
import { useLocale, useTranslations } from "next-intl";
import type { PlotMarker, PlotSeries } from "@/app/_components/line-plot";
import { LocalePlot } from "@/app/_components/form/locale-plot";
import type { TIhgSeriesPoint } from "@/lib/calculators/ihg";
import type { IhgPlotData } from "./params";
import type { RuleSummary } from "./types";

/** Past the last tier edge the lines are flat: show a range where the steps are readable. */
function visibleMax(series: TIhgSeriesPoint[], rule: RuleSummary, points: number): number {
  const lastEdge = Math.max(...rule.tiers.map((t) => t.minPoints), ...rule.bonusRules.map((b) => b.minPoints));
  const wanted = Math.max(2 * lastEdge, Math.ceil((points * 1.25) / rule.step) * rule.step);
  return Math.min(series.at(-1)?.points ?? wanted, wanted);
}

export function IhgPlot(props: {
  data: IhgPlotData;
  rule: RuleSummary;
  bonusPercent: number;
  typedCents: number | null;
  points: number;
  effective: number;
  stayValue: number | null;
}) {
  const t = useTranslations("ihg");
  const locale = useLocale();
  const nf = new Intl.NumberFormat(locale);
  const max = visibleMax(props.data.tiers, props.rule, props.points);
  const clip = (s: TIhgSeriesPoint[]) => s.filter((p) => p.points <= max);
  const tiers = clip(props.data.tiers);
  const typed = props.data.typed ? clip(props.data.typed) : null;
  if (tiers.length === 0) return null;
  const bonus = props.bonusPercent > 0;
  const series: PlotSeries[] = [];
  if (typed && props.typedCents !== null) {
    series.push({
      name: bonus ? t("plot.withBonusTyped", { percent: props.bonusPercent, cents: props.typedCents }) : t("plot.typedPrice"),
      points: typed.map((p) => ({ x: p.points, y: p.effectiveCentsPerPoint })),
      color: "var(--accent)",
      step: true,
    });
  }
  if (bonus) {
    series.push({
      name: typed ? t("plot.withBonusTiers", { percent: props.bonusPercent }) : t("plot.withBonus", { percent: props.bonusPercent }),
      points: tiers.map((p) => ({ x: p.points, y: p.effectiveCentsPerPoint })),
      color: typed ? "var(--ok)" : "var(--accent)",
      step: true,
    });
  }
  series.push({ name: t("plot.tierPrice"), points: tiers.map((p) => ({ x: p.points, y: p.centsPerPoint })), color: "var(--muted)", step: true });

  const threshold = bonus ? props.rule.bonusRules.find((b) => b.bonusPercent === props.bonusPercent) : undefined;
  const markers: PlotMarker[] = [];
  if (threshold) markers.push({ x: threshold.minPoints, label: t("plot.threshold", { percent: props.bonusPercent, min: threshold.minPoints }) });
  // The user's quantity, unless its label would sit on the threshold's.
  const apart = !threshold || Math.abs(props.points - threshold.minPoints) > 0.25 * max;
  if (props.points <= max && apart) markers.push({ x: props.points, label: t("plot.you"), color: "var(--ok)" });
  if (props.stayValue !== null) markers.push({ y: props.stayValue, label: t("plot.stay", { cents: props.stayValue }) });
  return (
    <LocalePlot
      testId="ihg-plot"
      title={t("plot.title")}
      xLabel={t("plot.x")}
      yLabel={t("plot.y")}
      series={series}
      markers={markers}
      yMin={0}
      summary={t("plot.summary", {
        points: props.points,
        cents: props.effective,
        threshold: threshold ? nf.format(threshold.minPoints) : "none",
      })}
    />
  );
}

"use client";
// Cost against Avios collected, one line per plan and billing: the cost of having at least
// x Avios is a staircase (you pay per period). The x axis runs to the target; the cheapest
// way's cost is a horizontal line.
import { useLocale, useTranslations } from "next-intl";
import type { PlotSeries } from "@/app/_components/line-plot";
import { LocalePlot } from "@/app/_components/form/locale-plot";
import { usdFormat } from "@/app/_components/form/format";
import type { TAviosSeries } from "@/lib/calculators/avios";

// One colour per plan; the monthly line in the same colour, fainter.
const PLAN_COLORS = ["var(--accent)", "var(--ok)", "var(--warn)", "var(--bad)"];

/** Steps of "cost to have at least x Avios": (0, 1 period), (avios of k periods, k + 1 periods), ... up to the target. */
function staircase(s: TAviosSeries, target: number): { x: number; y: number }[] {
  const pts: { x: number; y: number }[] = [];
  const per = s.points[0];
  if (!per) return pts;
  pts.push({ x: 0, y: per.costUsd });
  for (let i = 0; i + 1 < s.points.length && s.points[i].avios < target; i++) pts.push({ x: s.points[i].avios, y: s.points[i + 1].costUsd });
  const last = pts.at(-1)!;
  if (last.x < target) pts.push({ x: target, y: last.y });
  return pts;
}

export function AviosPlot({ series, target, bestCost }: { series: TAviosSeries[]; target: number; bestCost: number | null }) {
  const t = useTranslations("avios");
  const locale = useLocale();
  const usd = usdFormat(locale, true);
  const plans = [...new Set(series.map((s) => s.plan))];
  // A plan whose first payment alone is far above the cheapest way would flatten every
  // line that matters into the bottom of the plot: leave it out and say so.
  const limit = bestCost === null ? Infinity : 2 * bestCost;
  const drawn = series.filter((s) => (s.points[0]?.costUsd ?? 0) <= limit);
  const hidden = series.filter((s) => !drawn.includes(s));
  const lines: PlotSeries[] = drawn.map((s) => {
    const color = PLAN_COLORS[plans.indexOf(s.plan) % PLAN_COLORS.length];
    return {
      name: t("plot.series", { plan: s.plan, billing: s.billing }),
      points: staircase(s, target),
      color: s.billing === "monthly" ? `color-mix(in srgb, ${color} 45%, transparent)` : color,
      step: true,
    };
  });
  return (
    <>
      <LocalePlot
        testId="avios-plot"
        title={t("plot.title")}
        xLabel={t("plot.x")}
        yLabel={t("plot.y")}
        series={lines}
        markers={bestCost === null ? [] : [{ y: bestCost, label: t("plot.best", { cost: usd.format(bestCost) }), color: "var(--text)" }]}
        yMin={0}
        formatY={(v) => usd.format(v)}
        summary={t("plot.summary", { target, cost: bestCost === null ? "—" : usd.format(bestCost) })}
      />
      {hidden.length > 0 ? (
        <p className="muted">
          {t("plot.hidden", {
            list: new Intl.ListFormat(locale, { type: "conjunction" }).format(
              hidden.map((s) => t("plot.hiddenItem", { name: t("plot.series", { plan: s.plan, billing: s.billing }), cost: usd.format(s.points[0]?.costUsd ?? 0) })),
            ),
          })}
        </p>
      ) : null}
    </>
  );
}

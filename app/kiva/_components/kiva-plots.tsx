"use client";
// Two plots side by side rather than one with two y-scales: dollars (out on loans,
// repaid so far, charged to the card so far) and miles (earned so far), month by month.
import { useFormatter, useTranslations } from "next-intl";
import { LinePlot } from "@/app/_components/line-plot";
import type { TKivaScheduleMonth } from "@/lib/calculators/kiva/schema";
import styles from "./kiva.module.css";

export function KivaPlots({ schedule }: { schedule: TKivaScheduleMonth[] }) {
  const t = useTranslations("kiva.plot");
  const format = useFormatter();
  let repaid = 0;
  let charged = 0;
  const out: { x: number; y: number }[] = [];
  const repaidSoFar: { x: number; y: number }[] = [];
  const chargedSoFar: { x: number; y: number }[] = [];
  for (const m of schedule) {
    repaid += m.repaidUsd;
    charged += m.lentUsd;
    out.push({ x: m.month, y: m.outstandingUsd });
    repaidSoFar.push({ x: m.month, y: Math.round(repaid * 100) / 100 });
    chargedSoFar.push({ x: m.month, y: Math.round(charged * 100) / 100 });
  }
  const last = schedule[schedule.length - 1];
  if (!last) return null;
  const int = (v: number) => format.number(v, { maximumFractionDigits: 0 });
  return (
    <div className={styles.plots}>
      <LinePlot
        title={t("moneyTitle")}
        xLabel={t("month")}
        yLabel={t("usd")}
        series={[
          { name: t("charged"), points: chargedSoFar, step: true },
          { name: t("outstanding"), points: out, step: true },
          { name: t("repaid"), points: repaidSoFar, step: true },
        ]}
        formatY={int}
        summary={t("moneySummary", { months: last.month, charged: int(charged), repaid: int(repaid), outstanding: int(last.outstandingUsd) })}
        testId="kiva-plot-money"
      />
      <LinePlot
        title={t("milesTitle")}
        xLabel={t("month")}
        yLabel={t("miles")}
        series={[{ name: t("milesSoFar"), points: schedule.map((m) => ({ x: m.month, y: m.cumulativeMiles })), step: true, color: "var(--ok)" }]}
        formatY={int}
        summary={t("milesSummary", { months: last.month, miles: int(last.cumulativeMiles) })}
        testId="kiva-plot-miles"
      />
    </div>
  );
}

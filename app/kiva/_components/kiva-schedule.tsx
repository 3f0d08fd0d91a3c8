"use client";
// The simulation's month-by-month schedule, as the calculator returns it.
import { useFormatter, useTranslations } from "next-intl";
import type { TKivaScheduleMonth } from "@/lib/calculators/kiva/schema";
import { TableHead } from "@/app/_components/form/table-head";
import styles from "./kiva.module.css";

export function KivaSchedule({ schedule }: { schedule: TKivaScheduleMonth[] }) {
  const t = useTranslations("kiva.schedule");
  const format = useFormatter();
  const usd = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const int = (v: number) => format.number(v, { maximumFractionDigits: 0 });
  return (
    <details className={styles.schedule} open>
      <summary>{t("heading", { months: schedule.length })}</summary>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="kiva-schedule">
          <caption className="visually-hidden">{t("caption")}</caption>
          <TableHead
            columns={[
              { label: t("month") },
              ...(["loansLent", "lentUsd", "repaidUsd", "outstandingUsd", "cashUsd", "miles", "cumulativeMiles"] as const).map((k) => ({ label: t(k), num: true })),
            ]}
          />
          <tbody>
            {schedule.map((m) => (
              <tr key={m.month}>
                <th scope="row">{int(m.month)}</th>
                <td className="num">{int(m.loansLent)}</td>
                <td className="num">{usd(m.lentUsd)}</td>
                <td className="num">{usd(m.repaidUsd)}</td>
                <td className="num">{usd(m.outstandingUsd)}</td>
                <td className="num">{usd(m.cashUsd)}</td>
                <td className="num">{int(m.miles)}</td>
                <td className="num">{int(m.cumulativeMiles)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

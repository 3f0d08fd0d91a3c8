// "In yen": a calculator's value-per-point figures in US cents and in yen, at the stored,
// dated USD -> JPY rate (with its source and age). Server component.
import { getLocale, getTranslations } from "next-intl/server";
import { centsToYen } from "@/lib/calculators/fx";
import type { DataAsOf } from "@/lib/calculators/data-age";
import type { StoredRate } from "@/lib/db/queries/reference-values";
import { Provenance } from "./provenance";
import { DataAge } from "./data-age";

export type YenRow = { label: string; cents: number; source?: { source: string; confidence: string; effectiveFrom: string } };

export async function YenValues({ rows, rate, rateAsOf, months, testId }: { rows: YenRow[]; rate: StoredRate | null; rateAsOf: DataAsOf | null; months: number; testId: string }) {
  const t = await getTranslations("common.yen");
  const locale = await getLocale();
  if (rate === null || rows.length === 0) return null;
  const yen = new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", { style: "currency", currency: "JPY", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const cents = new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 4 });
  return (
    <section aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <h2 id={`${testId}-heading`}>{t("heading")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("figure")}</th>
              <th scope="col" className="num">{t("usCents")}</th>
              <th scope="col" className="num">{t("yen")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <td>{r.label}</td>
                <td className="num">{t("centsValue", { cents: cents.format(r.cents) })}</td>
                <td className="num">{yen.format(centsToYen(r.cents, rate.value))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.flatMap((r) => (r.source ? [<Provenance key={r.label} source={r.source.source} confidence={r.source.confidence} effectiveFrom={r.source.effectiveFrom} label={r.label} />] : []))}
      <Provenance source={rate.source} confidence={rate.confidence} effectiveFrom={rate.effectiveFrom} label={t("rate", { rate: rate.value })} />
      <DataAge asOf={rateAsOf} months={months} testId="data-age-rate" />
    </section>
  );
}

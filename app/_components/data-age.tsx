// "Checked on <date>" beside a calculator's numbers (api.md "Data age"), and a visible
// warning when the data is older than the staleness limit or was never checked.
// Server or client: only next-intl hooks. `asOf` comes from lib/db/queries/data-age.
import { useLocale, useTranslations } from "next-intl";
import type { DataAsOf } from "@/lib/calculators/data-age";
import { dayFormatter } from "./form/format";

export function DataAge({ asOf, months, testId = "data-age" }: { asOf: DataAsOf | null; months: number; testId?: string }) {
  const t = useTranslations("common.dataAge");
  const day = dayFormatter(useLocale());
  if (asOf === null) return null;
  const date = asOf.verifiedOn === null ? null : day(asOf.verifiedOn);
  if (!asOf.stale) {
    return (
      <p className="data-age" data-testid={testId} data-stale="false">
        {t("checked", { date: date ?? "" })}
      </p>
    );
  }
  return (
    <p className="data-age data-age-stale" role="note" data-testid={testId} data-stale="true">
      <strong>{t("staleTitle")}</strong>{" "}
      {date === null ? t("never") : t("stale", { date, months })}
    </p>
  );
}

// /kiva: Kiva loans paid by a mile-earning card (facts §6, seed 5): simulate the miles
// and their cost, and keep a loan log in this browser.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmbedThis } from "@/app/_components/embed/embed-this";
import { embedTitles } from "@/app/_components/embed/embed-titles";
import { Provenance } from "@/app/_components/provenance";
import { EXAMPLE_LOAN_LOG_CONFIDENCE, EXAMPLE_LOAN_LOG_EFFECTIVE_FROM, EXAMPLE_LOAN_LOG_SOURCE } from "@/lib/calculators/kiva/loan-log-example";
import { initialKiva } from "./_components/initial";
import { DataAge } from "@/app/_components/data-age";
import { staleAfterMonths } from "@/lib/db/queries/data-age";
import { KivaSimulator } from "./_components/kiva-simulator";
import { LoanLog } from "./_components/loan-log";
import styles from "./_components/kiva.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kiva");
  return { title: t("meta.title"), description: t("meta.description") };
}

export default async function KivaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("kiva");
  const { form, initialResult, initialErrorFields, defaults } = await initialKiva(await searchParams);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <KivaSimulator initialForm={form} initialResult={initialResult} initialErrorFields={initialErrorFields} />
      <DataAge asOf={defaults.dataAsOf} months={staleAfterMonths()} />
      {defaults.repayment && <Provenance source={defaults.repayment.source} effectiveFrom={defaults.repayment.effectiveFrom} confidence={defaults.repayment.confidence} label={t("repaymentSource")} />}
      {defaults.minLoan && <Provenance source={defaults.minLoan.source} effectiveFrom={defaults.minLoan.effectiveFrom} confidence={defaults.minLoan.confidence} label={t("minLoanSource", { usd: defaults.minLoan.value })} />}
      {defaults.usdJpy && <Provenance source={defaults.usdJpy.source} effectiveFrom={defaults.usdJpy.effectiveFrom} confidence={defaults.usdJpy.confidence} label={t("usdJpySource", { rate: defaults.usdJpy.value })} />}
      <Provenance source={EXAMPLE_LOAN_LOG_SOURCE} effectiveFrom={EXAMPLE_LOAN_LOG_EFFECTIVE_FROM} confidence={EXAMPLE_LOAN_LOG_CONFIDENCE} label={t("defaultsSource")} />

      <section aria-labelledby="kiva-how-heading" className={styles.howItWorks}>
        <h2 id="kiva-how-heading">{t("how.heading")}</h2>
        <ul>
          <li>{t("how.months")}</li>
          <li>{t("how.instalments")}</li>
          <li>{t("how.relend")}</li>
          <li>{t("how.floor")}</li>
          <li>{t("how.cost")}</li>
        </ul>
        <p className="muted">{t("how.api")}</p>
      </section>

      <section aria-labelledby="kiva-log-heading">
        <h2 id="kiva-log-heading">{t("log.heading")}</h2>
        <p className={`muted ${styles.howItWorks}`}>{t("log.intro")}</p>
        <LoanLog />
      </section>
      <EmbedThis path="/embed/kiva" title={await embedTitles("kiva")} height={900} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { campaignCalendar, todayInJapan } from "@/lib/calculators/conversions";
import { loadConversionData } from "@/lib/db/queries/promotions";
import { CampaignCalendar } from "./_components/campaign-calendar";
import { ConvertCalculator } from "./_components/convert-calculator";
import { initialOutcome } from "./_components/initial-outcome";
import { convertFormFrom, convertQuery } from "./_components/params";
import styles from "./_components/convert.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("convert");
  return { title: t("metaTitle") };
}

// The source posts' own examples (facts §2), one click away.
const EXAMPLES = [
  { key: "examplePonta", query: { mode: "quote", route: "ponta-jal", points: "10001", date: "2023-07-15", entry: "0", eligible: "1" } },
  { key: "exampleSaison", query: { mode: "quote", route: "saison-jal", points: "1000", date: "2023-07-15", entry: "1", eligible: "1" } },
] as const;

export default async function ConvertPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("convert");
  const locale = await getLocale();
  const query = await searchParams;
  const today = todayInJapan(new Date());
  const data = await loadConversionData();
  const form = convertFormFrom(query, today);
  const { outcome, issues } = initialOutcome(form, data, today);
  const routes = data.routes.map((r) => ({
    code: r.code,
    name: locale === "ja" ? r.nameJa : r.name,
    pointsPerUnit: r.pointsPerUnit,
    milesPerUnit: r.milesPerUnit,
  }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p className={styles.examples}>
        <span className="muted">{t("form.examplesLabel")}</span>
        {EXAMPLES.map((e) => (
          <Link key={e.key} href={`/convert?${new URLSearchParams(e.query).toString()}`}>
            {t(`form.${e.key}`)}
          </Link>
        ))}
      </p>
      {/* Keyed by the inputs: following an example or calendar link starts from that link's inputs. */}
      <ConvertCalculator key={convertQuery(form)} initialForm={form} initialOutcome={outcome} initialIssues={issues} routes={routes} today={today} />
      <CampaignCalendar entries={campaignCalendar(data.campaigns, today)} routes={routes} today={today} />
    </>
  );
}

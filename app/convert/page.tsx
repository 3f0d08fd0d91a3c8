import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { campaignCalendar } from "@/lib/calculators/conversions";
import { CampaignCalendar } from "./_components/campaign-calendar";
import { campaignPattern } from "./_components/campaign-pattern";
import { convertYenRows } from "./_components/convert-yen";
import { YenValues } from "@/app/_components/yen-values";
import { usdJpyToday } from "@/app/_components/yen-data";
import { ConvertSection, loadConvert } from "./_components/convert-section";
import { EmbedThis } from "@/app/_components/embed/embed-this";
import { embedTitles } from "@/app/_components/embed/embed-titles";
import styles from "./_components/convert.module.css";
import { DataAge } from "@/app/_components/data-age";
import { conversionAsOf, staleAfterMonths } from "@/lib/db/queries/data-age";

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
  const loaded = await loadConvert(await searchParams);
  const { data, routes, today } = loaded;
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
      <DataAge asOf={await conversionAsOf(undefined, today)} months={staleAfterMonths()} />
      <ConvertSection loaded={loaded} />
      <CampaignCalendar entries={campaignCalendar(data.campaigns, today)} routes={routes} today={today} {...await campaignPattern(today)} />
      <YenValues rows={await convertYenRows()} {...await usdJpyToday()} testId="convert-yen" />
      <EmbedThis path="/embed/convert" title={await embedTitles("convert")} height={900} />
    </>
  );
}

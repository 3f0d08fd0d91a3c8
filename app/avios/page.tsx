import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AviosSection } from "./_components/avios-section";
import { EmbedThis } from "@/app/_components/embed/embed-this";
import { DataAge } from "@/app/_components/data-age";
import { aviosAsOf, staleAfterMonths } from "@/lib/db/queries/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { YenValues } from "@/app/_components/yen-values";
import { usdJpyToday } from "@/app/_components/yen-data";
import { aviosYenRows } from "./_components/avios-yen";
import { embedTitles } from "@/app/_components/embed/embed-titles";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("avios");
  return { title: t("metaTitle") };
}

export default async function AviosPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("avios");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>{t("programmeNote")}</p>
      <DataAge asOf={await aviosAsOf(todayInJapan(new Date()))} months={staleAfterMonths()} />
      <AviosSection query={await searchParams} />
      <YenValues rows={await aviosYenRows()} {...await usdJpyToday()} testId="avios-yen" />
      <EmbedThis path="/embed/avios" title={await embedTitles("avios")} height={1200} />
    </>
  );
}

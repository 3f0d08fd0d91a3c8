import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IhgSection } from "./_components/ihg-section";
import { EmbedThis } from "@/app/_components/embed/embed-this";
import { DataAge } from "@/app/_components/data-age";
import { ihgAsOf, staleAfterMonths } from "@/lib/db/queries/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { YenValues } from "@/app/_components/yen-values";
import { usdJpyToday } from "@/app/_components/yen-data";
import { ihgYenRows } from "./_components/ihg-yen";
import { embedTitles } from "@/app/_components/embed/embed-titles";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ihg");
  return { title: t("metaTitle") };
}

export default async function IhgPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("ihg");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <DataAge asOf={await ihgAsOf(todayInJapan(new Date()))} months={staleAfterMonths()} />
      <IhgSection query={await searchParams} />
      <YenValues rows={await ihgYenRows()} {...await usdJpyToday()} testId="ihg-yen" />
      <EmbedThis path="/embed/ihg" title={await embedTitles("ihg")} height={1100} />
    </>
  );
}

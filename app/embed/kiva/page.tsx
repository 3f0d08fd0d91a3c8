// /embed/kiva: the Kiva-for-miles simulator as a widget (inputs from the query, as on /kiva).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { initialKiva } from "@/app/kiva/_components/initial";
import { KivaSimulator } from "@/app/kiva/_components/kiva-simulator";
import { OpenInTabiji } from "@/app/_components/embed/open-in-tabiji";
import { queryString, type SearchParams } from "../search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kiva");
  return { title: t("meta.title"), robots: { index: false } };
}

export default async function KivaEmbed({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("kiva");
  const params = await searchParams;
  const { form, initialResult, initialErrorFields } = initialKiva(params);
  return (
    <>
      <h1>{t("title")}</h1>
      <KivaSimulator initialForm={form} initialResult={initialResult} initialErrorFields={initialErrorFields} />
      <OpenInTabiji path="/kiva" initialSearch={queryString(params)} />
    </>
  );
}

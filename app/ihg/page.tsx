import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IhgSection } from "./_components/ihg-section";
import { EmbedThis } from "@/app/_components/embed/embed-this";
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
      <IhgSection query={await searchParams} />
      <EmbedThis path="/embed/ihg" title={await embedTitles("ihg")} height={1100} />
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AviosSection } from "./_components/avios-section";
import { EmbedThis } from "@/app/_components/embed/embed-this";
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
      <AviosSection query={await searchParams} />
      <EmbedThis path="/embed/avios" title={await embedTitles("avios")} height={1200} />
    </>
  );
}

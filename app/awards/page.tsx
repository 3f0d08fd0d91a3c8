// /awards: the award ticket checker (see _components/awards-section.tsx).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AwardsSection } from "./_components/awards-section";
import { EmbedThis } from "@/app/_components/embed/embed-this";
import { embedTitles } from "@/app/_components/embed/embed-titles";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("awards");
  return { title: t("metaTitle"), description: t("lead") };
}

export default async function AwardsPage({ searchParams }: Props) {
  const t = await getTranslations("awards");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <AwardsSection query={await searchParams} />
      <EmbedThis path="/embed/awards" title={await embedTitles("awards")} height={1200} />
    </>
  );
}

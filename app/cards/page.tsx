// /cards: which card to put spending on, by net JAL miles a year (facts §2, seed 2).
// The presets come from the CardPreset table, so an admin's change shows here at once.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmbedThis } from "@/app/_components/embed/embed-this";
import { embedTitles } from "@/app/_components/embed/embed-titles";
import { CardsComparer } from "./_components/cards-comparer";
import { loadCardsComparer } from "./_components/initial";
import { DataAge } from "@/app/_components/data-age";
import { staleAfterMonths } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cards");
  return { title: t("meta.title"), description: t("meta.description") };
}

export default async function CardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("cards");
  const { comparer, urlCardsInvalid, dataAsOf } = await loadCardsComparer(await searchParams);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {urlCardsInvalid ? (
        <p className="warn" role="alert">
          {t("urlCardsInvalid")}
        </p>
      ) : null}
      <DataAge asOf={dataAsOf} months={staleAfterMonths()} />
      <CardsComparer {...comparer} />
      <p className="muted">{t("api")}</p>
      <EmbedThis path="/embed/cards" title={await embedTitles("cards")} height={900} />
    </>
  );
}

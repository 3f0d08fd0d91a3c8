// /embed/cards: the card comparison as a widget (inputs from the query, as on /cards).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { initialCards } from "@/app/cards/_components/initial";
import { CardsComparer } from "@/app/cards/_components/cards-comparer";
import { OpenInTabiji } from "@/app/_components/embed/open-in-tabiji";
import { queryString, type SearchParams } from "../search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cards");
  return { title: t("meta.title"), robots: { index: false } };
}

export default async function CardsEmbed({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("cards");
  const params = await searchParams;
  const { presets, query, userCards, initialResult, initialSpendInvalid } = await initialCards(params);
  return (
    <>
      <h1>{t("title")}</h1>
      <CardsComparer
        presets={presets}
        initialSpend={query.spend}
        initialUserCards={userCards}
        urlHadCards={query.userCards !== null}
        initialResult={initialResult}
        initialSpendInvalid={initialSpendInvalid}
      />
      <OpenInTabiji path="/cards" initialSearch={queryString(params)} />
    </>
  );
}

// /cards: which card to put spending on, by net JAL miles a year (facts §2, seed 2).
// The presets come from the CardPreset table, so an admin's change shows here at once.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { compareCards, resolveCardEntries, ZCardsCompareRequest, type TCardsCompareResponse } from "@/lib/calculators/cards";
import { listCardPresets } from "@/lib/db/queries/cards";
import { CardsComparer } from "./_components/cards-comparer";
import { MAX_CARDS, queryFromParams, spendNumber } from "./_components/cards-query";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cards");
  return { title: t("meta.title"), description: t("meta.description") };
}

export default async function CardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("cards");
  const presets = await listCardPresets();
  const query = queryFromParams(await searchParams);
  const userCards = Array.isArray(query.userCards) ? query.userCards.slice(0, MAX_CARDS - presets.length) : [];

  // The first answer, rendered on the server through the same schema, preset lookup and
  // calculator as the API, so the page shows a ranking before any script runs.
  const parsed = ZCardsCompareRequest.safeParse({
    yearlySpendJpy: spendNumber(query.spend),
    cards: [...presets.map((p) => ({ preset: p.code })), ...userCards],
  });
  let initialResult: TCardsCompareResponse | null = null;
  if (parsed.success) {
    const resolved = resolveCardEntries(parsed.data.cards, new Map(presets.map((p) => [p.code, p.card])));
    if (resolved.ok) initialResult = compareCards(resolved.cards, parsed.data.yearlySpendJpy);
  }

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      {query.userCards === "invalid" ? (
        <p className="warn" role="alert">
          {t("urlCardsInvalid")}
        </p>
      ) : null}
      <CardsComparer
        presets={presets}
        initialSpend={query.spend}
        initialUserCards={userCards}
        urlHadCards={query.userCards !== null}
        initialResult={initialResult}
        initialSpendInvalid={!parsed.success && parsed.error.issues.some((i) => i.path[0] === "yearlySpendJpy")}
      />
      <p className="muted">{t("api")}</p>
    </>
  );
}

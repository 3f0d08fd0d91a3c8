// The first ranking, rendered on the server through the same schema, preset lookup and
// calculator as the API, so the page (and its embed) shows an answer before any script runs.
import { compareCards, resolveCardEntries, ZCardsCompareRequest, type TCardsCompareResponse } from "@/lib/calculators/cards";
import { listCardPresets } from "@/lib/db/queries/cards";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { asOfNow, type DataAsOf } from "@/lib/db/queries/data-age";
import type { ComponentProps } from "react";
import { MAX_CARDS, queryFromParams, spendNumber } from "./cards-query";
import type { CardsComparer } from "./cards-comparer";


export async function initialCards(params: Record<string, string | string[] | undefined>) {
  const presets = await listCardPresets(todayInJapan(new Date()));
  const query = queryFromParams(params);
  const userCards = Array.isArray(query.userCards) ? query.userCards.slice(0, MAX_CARDS - presets.length) : [];
  const parsed = ZCardsCompareRequest.safeParse({
    yearlySpendJpy: spendNumber(query.spend),
    cards: [...presets.map((p) => ({ preset: p.code })), ...userCards],
  });
  let initialResult: TCardsCompareResponse | null = null;
  if (parsed.success) {
    const resolved = resolveCardEntries(parsed.data.cards, new Map(presets.map((p) => [p.code, p.card])));
    if (resolved.ok) initialResult = compareCards(resolved.cards, parsed.data.yearlySpendJpy);
  }
  const initialSpendInvalid = !parsed.success && parsed.error.issues.some((i) => i.path[0] === "yearlySpendJpy");
  const dataAsOf = asOfNow(presets.map((p) => p.verifiedOn));
  return { presets, query, userCards, initialResult, initialSpendInvalid, dataAsOf };
}

/** The comparer's first state from the address: used by /cards and the /embed/cards island. */
export async function loadCardsComparer(params: Record<string, string | string[] | undefined>): Promise<{ comparer: ComponentProps<typeof CardsComparer>; urlCardsInvalid: boolean; dataAsOf: DataAsOf | null }> {
  const { presets, query, userCards, initialResult, initialSpendInvalid, dataAsOf } = await initialCards(params);
  return {
    comparer: { presets, initialSpend: query.spend, initialUserCards: userCards, urlHadCards: query.userCards !== null, initialResult, initialSpendInvalid },
    urlCardsInvalid: query.userCards === "invalid",
    dataAsOf,
  };
}

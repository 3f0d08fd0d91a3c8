// The /cards inputs in the URL: the yearly spend and the user's own cards (as the API's
// card definitions, JSON), so a comparison can be bookmarked and shared. Pure: read by
// the server page and written by the client.
import * as z from "zod";
import { ZCardDefinition, type TCardDefinition } from "@/lib/calculators/cards/schema";
import { firstParam, type Query } from "@/app/_components/form/query-params";

/** facts §2 / api.md example: 3,000,000 yen a year. */
export const DEFAULT_SPEND = "3000000";
/** The API compares at most 10 cards; the stored presets take their share of those. */
export const MAX_CARDS = 10;
const MAX_CARDS_PARAM = 16_000;

const ZUserCards = z.array(ZCardDefinition).max(MAX_CARDS);


/** User cards from a JSON text (URL or storage); null when absent, "invalid" when unreadable. */
export function parseUserCards(text: string | null | undefined): TCardDefinition[] | null | "invalid" {
  if (text === null || text === undefined || text === "") return null;
  if (text.length > MAX_CARDS_PARAM) return "invalid";
  try {
    const parsed = ZUserCards.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "invalid";
  } catch {
    return "invalid";
  }
}

export function queryFromParams(params: Query): { spend: string; userCards: TCardDefinition[] | null | "invalid" } {
  return {
    spend: firstParam(params.yearlySpendJpy, 16) ?? DEFAULT_SPEND,
    // Not cut: parseUserCards bounds the JSON text itself (and refuses a longer one).
    userCards: parseUserCards(firstParam(params.cards, Infinity)),
  };
}

/** The URL query for the inputs, keeping unrelated parameters such as lang. */
export function paramsFromQuery(spend: string, userCards: readonly TCardDefinition[], keep: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(keep);
  out.set("yearlySpendJpy", spend);
  if (userCards.length > 0) out.set("cards", JSON.stringify(userCards));
  else out.delete("cards");
  return out;
}

/** Spend as typed -> the API's number ("" is missing; "3,000,000" is accepted). */
export function spendNumber(spend: string): number | undefined {
  const s = spend.replace(/[,\s_]/g, "");
  return s === "" ? undefined : Number(s);
}

// POST /api/v1/cards/compare (api.md): cards ranked by the JAL miles a yearly spend earns.
// { "preset": "<code>" } entries are read from the CardPreset table; an unknown code is a
// request error at cards.N.preset, never a 500.
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { parseJsonBody } from "@/lib/api/body";
import { invalidRequest, json } from "@/lib/api/errors";
import { compareCards, resolveCardEntries, ZCardsCompareRequest } from "@/lib/calculators/cards";
import { getCardPresetMap } from "@/lib/db/queries/cards";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZCardsCompareRequest);
  if (!parsed.ok) return parsed.response;
  const { cards: entries, yearlySpendJpy } = parsed.data;
  const codes = entries.flatMap((entry) => ("preset" in entry ? [entry.preset] : []));
  const resolved = resolveCardEntries(entries, await getCardPresetMap(codes));
  if (!resolved.ok) return invalidRequest(resolved.issues.map(({ path, message }) => ({ path, message })));
  return json(compareCards(resolved.cards, yearlySpendJpy));
});

export const OPTIONS = () => corsPreflight("POST");

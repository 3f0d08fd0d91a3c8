// POST /api/v1/cards/compare (api.md): cards ranked by the JAL miles a yearly spend earns.
// { "preset": "<code>" } entries are read from the CardPreset table, with the terms in
// force on `date` (default today in Japan); an unknown code is a request error at
// cards.N.preset, never a 500. dataAsOf dates the presets used.
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { parseJsonBody } from "@/lib/api/body";
import { invalidRequest, json } from "@/lib/api/errors";
import { compareCards, resolveCardEntries, ZCardsCompareRequest } from "@/lib/calculators/cards";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { getCardPresets } from "@/lib/db/queries/cards";
import { asOfNow } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZCardsCompareRequest);
  if (!parsed.ok) return parsed.response;
  const { cards: entries, yearlySpendJpy, date } = parsed.data;
  const codes = entries.flatMap((entry) => ("preset" in entry ? [entry.preset] : []));
  const presets = await getCardPresets(codes, date ?? todayInJapan(new Date()));
  const resolved = resolveCardEntries(entries, new Map(presets.map((p) => [p.code, p.card])));
  if (!resolved.ok) return invalidRequest(resolved.issues.map(({ path, message }) => ({ path, message })));
  return json({ ...compareCards(resolved.cards, yearlySpendJpy), dataAsOf: asOfNow(presets.map((p) => p.verifiedOn)) });
});

export const OPTIONS = () => corsPreflight("POST");

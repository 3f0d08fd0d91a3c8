// /embed/cards: the card comparer as a widget (spend and cards from the query, as on /cards).
import { islandRoute } from "@/lib/embed/islands/route";
import { asOfNow } from "@/lib/db/queries/data-age";
import { loadCardsComparer } from "@/app/cards/_components/initial";

export const dynamic = "force-dynamic";
export const GET = islandRoute({
  island: "cards",
  namespace: "cards",
  fullPath: "/cards",
  load: async ({ query }) => (await loadCardsComparer(query)).comparer,
  dataAge: async (_ctx, comparer) => asOfNow(comparer.presets.map((p) => p.verifiedOn)),
});

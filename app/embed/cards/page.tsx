// /embed/cards: the card comparison as a widget (inputs from the query, as on /cards).
import { initialCards } from "@/app/cards/_components/initial";
import { CardsComparer } from "@/app/cards/_components/cards-comparer";
import { embedPage } from "../embed-page";

export const dynamic = "force-dynamic";
const page = embedPage({
  namespace: "cards",
  metaKey: "meta.title",
  fullPath: "/cards",
  render: async (params) => {
    const { presets, query, userCards, initialResult, initialSpendInvalid } = await initialCards(params);
    return (
      <CardsComparer
        presets={presets}
        initialSpend={query.spend}
        initialUserCards={userCards}
        urlHadCards={query.userCards !== null}
        initialResult={initialResult}
        initialSpendInvalid={initialSpendInvalid}
      />
    );
  },
});
export const generateMetadata = page.generateMetadata;
export default page.EmbedPage;

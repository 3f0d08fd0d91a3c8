// The award checker on /awards: the address's answer from the server (awards-load.ts),
// with the route map drawn inline, and how old the charts it priced with are.
import { getLocale } from "next-intl/server";
import type { Query } from "@/app/_components/form/query-params";
import { DataAge } from "@/app/_components/data-age";
import { asOfNow, staleAfterMonths } from "@/lib/db/queries/data-age";
import { quoteVerifiedOns } from "@/lib/db/queries/awards";
import { loadAwards } from "./awards-load";
import { AwardsView } from "./awards-view";
import { AwardsRouteMap } from "./optimize/awards-route-map";

export async function AwardsSection({ query }: { query: Query }) {
  const { view, data } = await loadAwards(query, await getLocale());
  const map = view.quote ? <AwardsRouteMap quote={view.quote} data={data} optimized={view.optimized?.result ?? null} programs={view.names.programs} /> : null;
  return (
    <>
      <AwardsView data={view} map={map} />
      {view.quote ? <DataAge asOf={asOfNow(quoteVerifiedOns(data, view.quote.quotes.flatMap((q) => q.charts)))} months={staleAfterMonths()} /> : null}
    </>
  );
}

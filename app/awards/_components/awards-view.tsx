// The award checker's workspace for one address (loaded by awards-load.ts): the view
// switch, the itinerary editor, and the checker's results or the optimizer's best plan,
// with the route map the caller renders (an inline SVG on /awards, the map.svg image in
// the embed). Rendered by /awards on the server and by the /embed/awards island.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { AwardIssue } from "@/lib/awards/issues";
import type { ItineraryDraft } from "@/lib/awards/url";
import type { AwardsView as ViewName } from "@/lib/awards/view-url";
import type { RenderedQuoteResponse as QuoteResponse } from "@/lib/i18n/award-messages";
import type { TOptimizeResponse } from "@/lib/calculators/optimizer";
import type { StoredValuation } from "@/lib/db/queries/awards";
import type { SafetyBadgeData } from "@/lib/db/queries/safety";
import { AwardsWorkspace } from "./awards-workspace";
import { EmptyState } from "./empty-state";
import { QuoteResults } from "./results/quote-results";
import type { ResultNames } from "./results/types";
import { ViewSwitch } from "./view-switch";
import { OptimizeResults } from "./optimize/optimize-results";
import type { ValuationField, YenRate } from "./optimize/valuations-form";

export type AwardsViewData = {
  view: ViewName;
  valuationText: Record<string, string>;
  itineraryQuery: string;
  viewQuery: string;
  draft: ItineraryDraft;
  labels: Record<string, string>;
  issues: AwardIssue[];
  programs: { code: string; name: string }[];
  /** The quote of a whole, valid itinerary (also behind the Optimize view's map). */
  quote: QuoteResponse | null;
  names: ResultNames;
  badges: Record<string, SafetyBadgeData>;
  valuations: StoredValuation[];
  optimized: { result: TOptimizeResponse; valuationFields: ValuationField[]; valuationsFormError: boolean; yen: YenRate | null } | null;
};

export function AwardsView({ data, map }: { data: AwardsViewData; map: ReactNode }) {
  const t = useTranslations("awards");
  const to = useTranslations("optimize");
  const optimizeView = data.view === "optimize";
  // What a screen reader hears when new results arrive: one short sentence, not the whole block.
  const announcement = data.optimized
    ? t("results.announceOptimize", { tickets: data.optimized.result.tickets.length })
    : data.quote && !optimizeView
      ? t("results.announce", { valid: data.quote.quotes.filter((q) => q.valid).length, total: data.quote.quotes.length })
      : data.issues.length
        ? t("results.invalidHeading")
        : "";
  return (
    <>
      <ViewSwitch view={data.view} itineraryQuery={data.itineraryQuery} valuationText={data.valuationText} />
      <AwardsWorkspace query={data.itineraryQuery} viewQuery={data.viewQuery} draft={data.draft} labels={data.labels} issues={data.issues} programs={data.programs} optimize={optimizeView} announcement={announcement}>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" tabIndex={-1}>
            {optimizeView ? to("title") : t("results.heading")}
          </h2>
          {data.optimized ? (
            <OptimizeResults
              result={data.optimized.result}
              extras={{
                programs: data.names.programs,
                valuationFields: data.optimized.valuationFields,
                valuationsFormError: data.optimized.valuationsFormError,
                yen: data.optimized.yen,
                itineraryQuery: data.itineraryQuery,
                map,
              }}
            />
          ) : data.quote && !optimizeView ? (
            <QuoteResults quote={data.quote} extras={{ names: data.names, badges: data.badges, valuations: data.valuations }} map={map} />
          ) : data.issues.length ? (
            <div className="result">
              <h3>{t("results.invalidHeading")}</h3>
              <p>{t("results.invalidText")}</p>
            </div>
          ) : (
            <EmptyState viewQuery={data.viewQuery} />
          )}
        </section>
      </AwardsWorkspace>
    </>
  );
}

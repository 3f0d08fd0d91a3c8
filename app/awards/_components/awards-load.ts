import "server-only";
// The award checker's answer for an address: the address carries the whole itinerary
// (see lib/awards/url.ts), so the server reads it and quotes it through the same service
// as POST /api/v1/awards/quote; a reload or a shared link reopens exactly. The address
// also says which view is open (view=optimize, lib/awards/view-url.ts): the checker's
// results or the optimizer's best plan for the same itinerary. Plain data, rendered by
// AwardsView: on /awards by the server, on /embed/awards by the island in the browser.
import { quoteRaw, type QuoteOutcome } from "@/lib/awards/quote-service";
import { optimizeParsed } from "@/lib/awards/optimize-service";
import type { AwardIssue } from "@/lib/awards/issues";
import { PROGRAMS } from "@/lib/calculators/awards";
import type { TOptimizeResponse } from "@/lib/calculators/optimizer";
import { draftToRequest, parseItineraryQuery, serializeItinerary, type ItineraryDraft } from "@/lib/awards/url";
import { parseViewQuery, serializeViewQuery } from "@/lib/awards/view-url";
import { getAwardData, type AwardDataset } from "@/lib/db/queries/awards";
import { getSafetyBadges } from "@/lib/db/queries/safety";
import type { ResultNames } from "./results/types";
import type { AwardsViewData } from "./awards-view";
import { valuationFields } from "./optimize/valuation-fields";
import type { YenRate } from "./optimize/valuations-form";
import { getExchangeRate } from "@/lib/db/queries/reference-values";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import type { Query } from "@/app/_components/form/query-params";

/** Names in the page's language of every code the draft or the quote mentions. */
function namesFor(data: AwardDataset, draft: ItineraryDraft, ja: boolean): ResultNames & { labels: Record<string, string> } {
  const cities: Record<string, string> = {};
  const airlines: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const s of draft.segments) {
    for (const raw of [s.from, s.to]) {
      const code = raw.trim().toUpperCase();
      const a = data.airportNames.get(code);
      if (!a) continue;
      cities[code] = (ja && a.cityJa) || a.city;
      labels[`airport:${raw}`] = `${code} · ${cities[code]}`;
    }
    const code = s.carrier.trim().toUpperCase();
    const airline = data.airlineNames.get(code);
    if (airline) {
      airlines[code] = (ja && airline.nameJa) || airline.name;
      labels[`airline:${s.carrier}`] = `${code} · ${airlines[code]}`;
    }
  }
  const programs = Object.fromEntries(data.programs.map((p) => [p.code, ja ? p.nameJa : p.name]));
  return { cities, airlines, programs, labels };
}

/** Today's stored USD -> JPY rate, for the valuations in yen (null when none is stored). */
async function yenRateToday(): Promise<YenRate | null> {
  const rate = await getExchangeRate("USD", "JPY", todayInJapan(new Date()));
  return rate ? { yenPerUsd: rate.value, asOf: rate.effectiveFrom, source: rate.source, confidence: rate.confidence } : null;
}

/** The programs to tick, in the contract's order (JAL, BA, AS, CX), as the quotes come. */
function programOptions(data: AwardDataset, ja: boolean): { code: string; name: string }[] {
  const rank = (code: string) => ((PROGRAMS as readonly string[]).indexOf(code) + PROGRAMS.length + 1) % (PROGRAMS.length + 1);
  return [...data.programs].sort((a, b) => rank(a.code) - rank(b.code)).map((p) => ({ code: p.code, name: ja ? p.nameJa : p.name }));
}

/** Everything AwardsView shows for the address, and the dataset it was computed from. */
export async function loadAwards(query: Query, locale: string): Promise<{ view: AwardsViewData; data: AwardDataset }> {
  const ja = locale === "ja";
  const { draft, issues: urlIssues } = parseItineraryQuery(query);
  const viewState = parseViewQuery(query);
  const optimizeView = viewState.view === "optimize";
  const data = await getAwardData();

  let outcome: QuoteOutcome | null = null;
  let issues: AwardIssue[] = urlIssues;
  if (draft.segments.length) {
    outcome = quoteRaw(draftToRequest(draft), data);
    if (!outcome.ok) issues = [...urlIssues, ...outcome.issues];
  }
  // An address that had to be cut or repaired is never quoted as if it were whole.
  const quote = outcome?.ok && urlIssues.length === 0 ? outcome.quote : null;
  // The optimizer runs on the request the checker accepted, at the address's valuations
  // (bad ones were dropped by parseViewQuery and are shown at their field).
  let optimized: TOptimizeResponse | null = null;
  if (quote && optimizeView && outcome?.ok) {
    const o = optimizeParsed(outcome.request, viewState.valuations, data, data.valuations);
    if (o.ok) optimized = o.result;
    else issues = [...issues, ...o.issues];
  }
  const badges = quote && !optimizeView ? await getSafetyBadges(quote.segments.flatMap((s) => (s.carrier ? [s.carrier] : []))) : {};
  const { labels, ...names } = namesFor(data, draft, ja);
  const itineraryQuery = serializeItinerary(draft);
  return {
    data,
    view: {
      view: viewState.view,
      valuationText: viewState.valuationText,
      itineraryQuery,
      viewQuery: serializeViewQuery(viewState.view, viewState.valuationText),
      draft,
      labels,
      issues,
      programs: programOptions(data, ja),
      quote,
      names,
      badges,
      valuations: data.valuations,
      optimized: optimized
        ? {
            result: optimized,
            valuationFields: valuationFields(data, optimized, viewState),
            valuationsFormError: viewState.issues.some((i) => i.path === "valuations"),
            yen: await yenRateToday(),
          }
        : null,
    },
  };
}

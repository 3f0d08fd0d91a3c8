/**
 * The route map's input from the map.svg query: airports from the engine's data,
 * stop kinds as given (route=) or classified from the real times (s=, the /awards
 * address, via the award engine), tickets as given or from the optimizer's best plan.
 * Labels come translated from messages/<lang>/optimize.json. Pure (data passed in).
 */
import type { MapSegment, MapStop, RouteMapInput } from "@/app/_components/route-map/types";
import { parseItineraryQuery, draftToRequest } from "@/lib/awards/url";
import { renderIssues } from "@/lib/i18n/award-messages";
import { ItineraryError, prepareAwardData, quoteItinerary, ZQuoteRequest, type AwardData } from "@/lib/calculators/awards";
import { optimizeItinerary, type ValuationRow } from "@/lib/calculators/optimizer";
import { awardName } from "@/lib/calculators/optimizer/messages";
import { parseTickets, splitRoute, type TMapQuery } from "./query";

export interface MapTexts {
  title: string;
  ticket: (n: number, award: string) => string;
  legend: Omit<RouteMapInput["labels"], "tickets">;
}

type Issue = { path: string; message: string };
export type MapInputResult = { ok: true; input: RouteMapInput } | { ok: false; issues: Issue[] };

const MAX_ISSUES = 100;

function point(data: AwardData, iata: string) {
  const a = prepareAwardData(data).airports.get(iata);
  return a ? { iata, lat: a.lat, lon: a.lon } : null;
}

export function mapInputFromRoute(q: TMapQuery, data: AwardData, texts: MapTexts): MapInputResult {
  const chains = splitRoute(q.route!);
  const issues: Issue[] = [];
  for (const code of new Set(chains.flat())) if (!point(data, code)) issues.push({ path: "route", message: `Unknown airport ${code}.` });
  if (issues.length) return { ok: false, issues };
  const segments: MapSegment[] = chains.flatMap((c) => c.slice(1).map((to, i) => ({ from: point(data, c[i])!, to: point(data, to)! })));
  const kinds = q.stops ? q.stops.split(",") : [];
  const stops: MapStop[] = segments.slice(0, -1).map((s, i) => ({ iata: s.to.iata, kind: (kinds[i] as MapStop["kind"]) ?? (s.to.iata !== segments[i + 1].from.iata ? "openJaw" : "transfer") }));
  const ticketLabels: Record<number, string> = {};
  if (q.tickets) {
    parseTickets(q.tickets).forEach((t, k) => {
      for (let i = t.first; i <= t.last; i++) Object.assign(segments[i], { ticket: k + 1, program: t.program });
      ticketLabels[k + 1] = texts.ticket(k + 1, t.program);
    });
  }
  return { ok: true, input: { segments, stops, title: q.title || texts.title, labels: { ...texts.legend, tickets: ticketLabels } } };
}

export function mapInputFromItinerary(q: TMapQuery, query: URLSearchParams, data: AwardData, valuations: readonly ValuationRow[], texts: MapTexts, lang: "en" | "ja"): MapInputResult {
  const { draft, issues } = parseItineraryQuery(query);
  if (issues.length) return { ok: false, issues: issues.slice(0, MAX_ISSUES).map(({ path, message }) => ({ path, message })) };
  const parsed = ZQuoteRequest.safeParse(draftToRequest(draft));
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join("."), message: i.message })) };
  let quote;
  try {
    quote = quoteItinerary(parsed.data, data);
  } catch (err) {
    if (err instanceof ItineraryError) return { ok: false, issues: renderIssues(err.issues.slice(0, MAX_ISSUES)).map(({ path, message }) => ({ path, message })) };
    throw err;
  }
  const segments: MapSegment[] = quote.segments.map((s) => ({ from: point(data, s.from)!, to: point(data, s.to)!, surface: s.surface || undefined }));
  const stops: MapStop[] = quote.stops.map((s) => ({ iata: s.airport, kind: s.kind }));
  const ticketLabels: Record<number, string> = {};
  if (q.plan === "best") {
    const plan = optimizeItinerary(parsed.data, data, valuations, { suggestions: false });
    plan.tickets.forEach((t, k) => {
      for (const i of t.segments) Object.assign(segments[i], { ticket: k + 1, program: t.program });
      ticketLabels[k + 1] = texts.ticket(k + 1, awardName(t.program, t.award)[lang]);
    });
  }
  return { ok: true, input: { segments, stops, title: q.title || texts.title, labels: { ...texts.legend, tickets: ticketLabels } } };
}

// /embed/safety: the airline safety lookup as a widget (the search from the query, as on /safety).
import { islandRoute } from "@/lib/embed/islands/route";
import { safetyAsOf } from "@/lib/db/queries/data-age";
import { getSafetyOverview } from "@/lib/db/queries/safety";
import { parseFilters } from "@/app/safety/_lib/filters";
import type { SafetyEmbedListProps } from "@/app/safety/_components/safety-embed-list";
import { EMBED_KEEP } from "@/app/_components/embed/full-site-href";

export const dynamic = "force-dynamic";

const SHOWN = 12;

export const GET = islandRoute({
  island: "safety",
  namespace: "safety",
  fullPath: "/safety",
  load: async ({ query, locale }): Promise<SafetyEmbedListProps> => {
    const { filters } = parseFilters(query);
    const { list, sources } = await getSafetyOverview({ ...filters, lang: locale });
    const keep: Record<string, string> = {};
    for (const k of EMBED_KEEP) {
      const v = query[k];
      if (typeof v === "string" && v.length <= 200) keep[k] = v;
    }
    return {
      q: filters.q ?? "",
      keep,
      airlines: list.airlines.slice(0, SHOWN).map((a) => ({ code: a.code, name: a.name, status: a.status, stars: a.stars })),
      total: list.airlines.length,
      source: sources[0] ? { source: sources[0].source, confidence: sources[0].confidence } : null,
    };
  },
  // The ratings of the year shown (held in memory: the second read costs nothing).
  dataAge: async ({ query, locale }) => safetyAsOf((await getSafetyOverview({ ...parseFilters(query).filters, lang: locale })).list.year),
  // The full page gets the filters it understands (and the language).
  fullSearch: ({ query }) => {
    const { filters } = parseFilters(query);
    const out = new URLSearchParams();
    for (const k of ["q", "alliance", "minStars", "year"] as const) if (filters[k] !== undefined) out.set(k, String(filters[k]));
    if (typeof query.lang === "string" && query.lang.length <= 10) out.set("lang", query.lang);
    return out.toString();
  },
});

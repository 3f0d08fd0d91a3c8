// /embed/awards: the award checker as a widget (the itinerary from the query, as on /awards).
import { islandRoute } from "@/lib/embed/islands/route";
import { loadAwards } from "@/app/awards/_components/awards-load";
import type { AwardsEmbedProps } from "@/app/awards/_components/awards-embed";

export const dynamic = "force-dynamic";
export const GET = islandRoute({
  island: "awards",
  namespace: "awards",
  fullPath: "/awards",
  load: async ({ query, locale }): Promise<AwardsEmbedProps> => {
    const { view } = await loadAwards(query, locale);
    const map = new URLSearchParams(view.itineraryQuery);
    if (view.optimized) map.set("plan", "best");
    map.set("lang", locale);
    if (query.theme === "light" || query.theme === "dark") map.set("theme", query.theme);
    return { data: view, mapSrc: view.quote ? `/api/v1/awards/map.svg?${map}` : null };
  },
});

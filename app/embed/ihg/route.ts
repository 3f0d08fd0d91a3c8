// /embed/ihg: the IHG buy-points calculator as a widget (inputs from the query, as on /ihg).
import { islandRoute } from "@/lib/embed/islands/route";
import { ihgAsOf } from "@/lib/db/queries/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { loadIhg } from "@/app/ihg/_components/ihg-load";

export const dynamic = "force-dynamic";
export const GET = islandRoute({ island: "ihg", namespace: "ihg", fullPath: "/ihg", load: ({ query }) => loadIhg(query), dataAge: () => ihgAsOf(todayInJapan(new Date())) });

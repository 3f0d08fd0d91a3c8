// /embed/avios: the Avios subscription calculator as a widget (inputs from the query, as on /avios).
import { islandRoute } from "@/lib/embed/islands/route";
import { aviosAsOf } from "@/lib/db/queries/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { loadAvios } from "@/app/avios/_components/avios-load";

export const dynamic = "force-dynamic";
export const GET = islandRoute({ island: "avios", namespace: "avios", fullPath: "/avios", load: ({ query }) => loadAvios(query), dataAge: () => aviosAsOf(todayInJapan(new Date())) });

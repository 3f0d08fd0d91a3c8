// /embed/avios: the Avios subscription calculator as a widget (inputs from the query, as on /avios).
import { islandRoute } from "@/lib/embed/islands/route";
import { loadAvios } from "@/app/avios/_components/avios-load";

export const dynamic = "force-dynamic";
export const GET = islandRoute({ island: "avios", namespace: "avios", fullPath: "/avios", load: ({ query }) => loadAvios(query) });

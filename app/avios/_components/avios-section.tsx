// The Avios subscription calculator on /avios, with its first answers from the server.
import type { Query } from "@/app/_components/form/query-params";
import { loadAvios } from "./avios-load";
import { AviosView } from "./avios-view";

export async function AviosSection({ query }: { query: Query }) {
  return <AviosView {...await loadAvios(query)} />;
}

// The IHG buy-points calculator on /ihg, with its first answer from the server.
import type { Query } from "@/app/_components/form/query-params";
import { loadIhg } from "./ihg-load";
import { IhgView } from "./ihg-view";

export async function IhgSection({ query }: { query: Query }) {
  return <IhgView {...await loadIhg(query)} />;
}

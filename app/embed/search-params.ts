// Embed pages receive the same inputs as their full pages, plus lang/theme/parent.
import type { Query } from "@/app/_components/form/query-params";

export type SearchParams = Query;

/** The query string of the inputs (first value of each key, bounded), for "Open in Tabiji". */
export function queryString(params: SearchParams): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && k.length <= 40 && first.length <= 2000) out.set(k, first);
  }
  return out.toString();
}

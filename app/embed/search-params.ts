// Embed pages receive the same inputs as their full pages, plus lang/theme/parent.
export type SearchParams = Record<string, string | string[] | undefined>;

/** The query string of the inputs (first value of each key, bounded), for "Open in Tabiji". */
export function queryString(params: SearchParams): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && k.length <= 40 && first.length <= 2000) out.set(k, first);
  }
  return out.toString();
}

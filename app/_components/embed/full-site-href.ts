// "Open in Tabiji": the full page's address for an embed's query. The embed's own
// parent/theme parameters are dropped; the language and the inputs are kept.
const EMBED_ONLY = ["parent", "theme"];

export function fullSiteHref(path: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const k of EMBED_ONLY) params.delete(k);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

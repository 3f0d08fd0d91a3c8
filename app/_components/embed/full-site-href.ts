// Which query parameters belong to the embed rather than to its calculator (a plain
// module: server route handlers and client components both read these).

/** Parameters an embed keeps on every address inside it. */
export const EMBED_KEEP = ["lang", "theme", "parent"] as const;

/** Of those, the ones that mean nothing on the full site. */
const EMBED_ONLY = ["parent", "theme"];

/** "Open in Tabiji": the full page's address for an embed's query (language and inputs kept). */
export function fullSiteHref(path: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const k of EMBED_ONLY) params.delete(k);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

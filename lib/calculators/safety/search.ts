// Width-, case- and kana-insensitive text matching for the airline search box.

// The folding itself is shared with the airport and airline search boxes.
import { foldForSearch } from "@/lib/text/fold";
export { foldForSearch };

/** The folded haystack of one airline: code, names and aliases. */
export function searchText(airline: { code: string; name: string; nameJa: string | null; aliases: string }): string {
  // Fields joined with "|" (which folding keeps and queries lose), so a query never
  // spans the end of one field and the start of the next. Aliases fold as one field:
  // multi-word aliases ("Korean Air Lines") then match without their spaces.
  return [airline.code, airline.name, airline.nameJa ?? "", airline.aliases]
    .map(foldForSearch)
    .filter((part) => part.length > 0)
    .join("|");
}

/**
 * The folded query, or null when it should be ignored (absent, or empty once folded:
 * a query shorter than 1 character does not filter).
 */
export function foldQuery(q: string | undefined): string | null {
  if (q === undefined) return null;
  const folded = foldForSearch(q).replace(/\|/g, "");
  return folded.length >= 1 ? folded : null;
}

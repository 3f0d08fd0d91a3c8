// The rows /safety's table is given: only the fields it shows, since they travel twice
// (as HTML and again as the client component's payload). Plain module: the server page
// calls it, the client table only imports the type.
import type { AirlineRating } from "@/lib/calculators/safety";

/** A row as the table shows it: the name in the page's language and the other spelling, if any. */
export type TableRow = Omit<AirlineRating, "country" | "nameEn" | "nameJa"> & { other: string | null };

export function tableRows(airlines: readonly AirlineRating[], lang: "en" | "ja"): TableRow[] {
  return airlines.map(({ country: _country, nameEn, nameJa, ...a }) => ({ ...a, other: lang === "ja" ? (nameJa ? nameEn : null) : nameJa }));
}

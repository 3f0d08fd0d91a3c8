// The rows /safety's table is given: only the fields it shows, since they travel twice
// (as HTML and again as the client component's payload). A note that many rows share
// (the ranked airlines' "position in the published list, no stars for the year") is said
// once above the table instead of in every row. Plain module: the server page calls it,
// the client table only imports the type.
import type { AirlineRating } from "@/lib/calculators/safety";

/** A row as the table shows it: the name in the page's language and the other spelling, if any. */
export type TableRow = Omit<AirlineRating, "country" | "nameEn" | "nameJa"> & { other: string | null };

/** A note on this many rows or more is shown once, above the table. */
export const SHARED_NOTE_ROWS = 5;

export function tableRows(airlines: readonly AirlineRating[], lang: "en" | "ja"): { rows: TableRow[]; sharedNotes: { note: string; count: number }[] } {
  const counts = new Map<string, number>();
  for (const a of airlines) if (a.note) counts.set(a.note, (counts.get(a.note) ?? 0) + 1);
  const shared = new Set([...counts].filter(([, n]) => n >= SHARED_NOTE_ROWS).map(([note]) => note));
  const rows = airlines.map(({ country: _country, nameEn, nameJa, note, ...a }) => ({
    ...a,
    note: note && shared.has(note) ? null : note,
    other: lang === "ja" ? (nameJa ? nameEn : null) : nameJa,
  }));
  return { rows, sharedNotes: [...shared].map((note) => ({ note, count: counts.get(note)! })) };
}

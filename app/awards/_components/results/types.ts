// What the server-rendered results need besides the quote: names in the page's
// language, safety badges of the operating carriers, and the valuations' provenance.
import type { SafetyBadgeData } from "@/lib/db/queries/safety";
import type { StoredValuation } from "@/lib/db/queries/awards";

export interface ResultNames {
  /** IATA code -> city in the page's language. */
  cities: Record<string, string>;
  /** Airline code -> name in the page's language. */
  airlines: Record<string, string>;
  /** Program code -> name in the page's language. */
  programs: Record<string, string>;
}

export interface ResultExtras {
  names: ResultNames;
  badges: Record<string, SafetyBadgeData>;
  valuations: StoredValuation[];
}

/** "2024-06-01T10:25" -> "2024-06-01 10:25" (local wall-clock time, shown as given). */
export const localTime = (s: string) => s.replace("T", " ");

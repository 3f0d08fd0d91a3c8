// Data age (api.md "Data age"): the oldest verification date among the stored rows an
// answer used, and whether it is older than the staleness limit. Pure: the rows'
// verifiedOn values, today and the limit are passed in.
import { addMonths, toIsoDate } from "@/lib/calculators/conversions/dates";

export interface DataAsOf {
  /** Oldest verifiedOn of the rows used, YYYY-MM-DD; null when a row was never verified. */
  verifiedOn: string | null;
  /** True when verifiedOn is older than the limit, or a row was never verified. */
  stale: boolean;
}

export const DEFAULT_STALE_AFTER_MONTHS = 12;

/** The day before which a verification counts as stale: today minus the limit. */
export function staleBefore(today: string, staleAfterMonths: number): string {
  return addMonths(today, -staleAfterMonths);
}

/** Whether one verification date is stale on `today` (exactly `limit` months old is still fresh). */
export function isStale(verifiedOn: Date | string | null, today: string, staleAfterMonths: number): boolean {
  if (verifiedOn === null) return true;
  return toIsoDate(verifiedOn) < staleBefore(today, staleAfterMonths);
}

/**
 * The data age of an answer computed from `verifiedOns` (one per row used), or null when
 * no stored row was used (nothing to date).
 *
 * @example dataAsOf(["2026-12-02", "2025-12-02"], "2026-12-02", 12) // { verifiedOn: "2025-12-02", stale: false }
 * @example dataAsOf(["2025-12-01"], "2026-12-02", 12)               // { verifiedOn: "2025-12-01", stale: true }
 */
export function dataAsOf(verifiedOns: readonly (Date | string | null)[], today: string, staleAfterMonths: number): DataAsOf | null {
  if (verifiedOns.length === 0) return null;
  if (verifiedOns.some((v) => v === null)) return { verifiedOn: null, stale: true };
  const oldest = verifiedOns.map((v) => toIsoDate(v as Date | string)).sort()[0];
  return { verifiedOn: oldest, stale: isStale(oldest, today, staleAfterMonths) };
}

/** Combines the data ages of several parts of one answer (null parts are ignored). */
export function oldestOf(parts: readonly (DataAsOf | null)[]): DataAsOf | null {
  const present = parts.filter((p): p is DataAsOf => p !== null);
  if (present.length === 0) return null;
  if (present.some((p) => p.verifiedOn === null)) return { verifiedOn: null, stale: true };
  const oldest = present.reduce((a, b) => ((a.verifiedOn as string) <= (b.verifiedOn as string) ? a : b));
  return { verifiedOn: oldest.verifiedOn, stale: present.some((p) => p.stale) };
}

// Data age for pages and API responses: today in Japan and the configured staleness
// limit (TABIJI_STALE_AFTER_MONTHS, default 12) applied to the rows an answer used.
import "server-only";
import { env } from "@/lib/env";
import { dataAsOf, type DataAsOf } from "@/lib/calculators/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";

export type { DataAsOf } from "@/lib/calculators/data-age";

export function staleAfterMonths(): number {
  return env().TABIJI_STALE_AFTER_MONTHS;
}

/** The data age of rows used now (null when no row was used). */
export function asOfNow(verifiedOns: readonly (Date | string | null)[], now: Date = new Date()): DataAsOf | null {
  return dataAsOf(verifiedOns, todayInJapan(now), staleAfterMonths());
}

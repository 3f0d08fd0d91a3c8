// "Stopovers used versus allowed" for one award quote, from the rule data the quote
// carries (quote.rules) and the stops as that program sees them. The limits are data
// (AwardRule rows); a program without a stopover rule has no limit of its own.
import type { AwardQuote, QuoteResponse } from "@/lib/calculators/awards";

export type Allowance =
  | { kind: "max"; max: number }
  | { kind: "perDirection"; max: number }
  | { kind: "roundTripOneWay"; roundTrip: number; oneWay: number | null }
  | { kind: "none" };

function rule(q: AwardQuote, key: string): unknown {
  return q.rules.find((r) => r.key === key)?.value;
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

export function stopoverAllowance(q: AwardQuote): Allowance {
  const max = rule(q, "maxStopovers");
  if (isCount(max)) return { kind: "max", max };
  const perDirection = rule(q, "maxStopoversPerDirection");
  if (isCount(perDirection)) return { kind: "perDirection", max: perDirection };
  const roundTrip = rule(q, "roundTripAllowances");
  if (Array.isArray(roundTrip)) {
    const most = Math.max(0, ...roundTrip.map((a) => (a && typeof a === "object" && isCount((a as { stopovers?: unknown }).stopovers) ? (a as { stopovers: number }).stopovers : 0)));
    const oneWay = rule(q, "oneWayMaxStopovers");
    return { kind: "roundTripOneWay", roundTrip: most, oneWay: isCount(oneWay) ? oneWay : null };
  }
  return { kind: "none" };
}

/**
 * Stopovers the trip uses as this program counts them: stays over the transfer limit
 * and, where the rules say a surface sector counts as a stopover, each surface sector
 * and open-jaw gap (the engine's own counting, see rules/common.ts stopoverItems).
 */
export function stopoversUsed(q: AwardQuote, response: Pick<QuoteResponse, "stops" | "segments">): number {
  const stops = q.stops ?? response.stops;
  const surfaceCounts = rule(q, "surfaceCountsAsStopover") === true;
  let n = 0;
  for (const st of stops) {
    if (st.kind === "stopover" && !(surfaceCounts && st.surface)) n++;
    else if (surfaceCounts && st.openJaw) n++;
  }
  if (surfaceCounts) n += response.segments.filter((s) => s.surface).length;
  return n;
}

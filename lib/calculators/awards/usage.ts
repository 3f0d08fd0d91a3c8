/**
 * How much of an award's allowance a ticket uses: stopovers used against the
 * limit in the rule data, flights against the segment limit (with per-carrier
 * exceptions), for showing next to a valid ticket ("1 of 7 stopovers").
 */
import type { TicketQuote } from "./journey";
import { carrierCodes, stopoverItems } from "./rules/common";
import type { TicketContext } from "./ticket";

export interface TicketUsage {
  stopovers: { used: number; allowed: number | null; places: string[] };
  segments: { used: number; allowed: number | null };
}

interface CarrierLimits {
  maxSegments?: number;
  maxStopovers?: number;
}

export function ticketUsage(ctx: TicketContext, tq: TicketQuote): TicketUsage {
  const r = tq.rules;
  const items = stopoverItems({ stops: tq.stops, segments: ctx.segs }, r.bool("surfaceCountsAsStopover") === true);
  const roundTrip = tq.stops.some((s) => s.kind === "turnaround");
  let stopovers: number | null = r.num("maxStopovers") ?? null;
  const perDirection = r.num("maxStopoversPerDirection");
  if (stopovers === null && perDirection !== undefined) stopovers = perDirection * (roundTrip ? 2 : 1);
  const oneWay = r.num("oneWayMaxStopovers");
  if (stopovers === null && oneWay !== undefined && !roundTrip) stopovers = oneWay;
  let segments: number | null = r.num("maxSegments") ?? null;
  const exceptions = r.withPrefix("carrierException.");
  for (const code of carrierCodes(ctx.flown)) {
    const ex = exceptions.get(code) as CarrierLimits | undefined;
    if (typeof ex?.maxSegments === "number") segments = Math.min(segments ?? Infinity, ex.maxSegments);
    if (typeof ex?.maxStopovers === "number") stopovers = Math.min(stopovers ?? Infinity, ex.maxStopovers);
  }
  const places = items.map((it) => (it.stop ? (it.stop.openJaw ? `${it.stop.airport}/${it.stop.departsFrom}` : it.stop.airport) : `${it.segment!.from.iata}-${it.segment!.to.iata}`));
  return { stopovers: { used: items.length, allowed: stopovers, places }, segments: { used: ctx.flown.length, allowed: segments } };
}

/**
 * Classifies every point between the first departure and the last arrival
 * (facts §1): transfer (<= the transfer limit, 24 h by default: exactly 24 h is
 * a transfer), stopover (longer), turnaround (the destination of a round trip,
 * never a stopover) or open jaw (the next segment leaves from another point).
 * Hours are real elapsed time between instants already resolved per time zone.
 */
import type { AirportInput, ResolvedSegment, Stop, StopKind } from "./types";

export interface StopOptions {
  /** The point a program sees: the airport, or its city (JAL: HND and NRT are TYO). */
  pointKey: (a: AirportInput) => string;
  /** The city used for "returns to its origin city". */
  cityKey: (a: AirportInput) => string;
  /** A stay longer than this is a stopover (facts §1: 24 h, from rule data). */
  transferMaxMinutes: number;
  /** Miles between airports, for "the point farthest from the origin". */
  distance: (a: AirportInput, b: AirportInput) => number;
}

export const airportPoint = (a: AirportInput): string => a.iata;
export const metroCity = (a: AirportInput): string => a.metroCode || a.iata;

/** Rounded for display: hours to 2 decimals (49 h 50 min -> 49.83). */
export function roundHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Does the trip end in its origin city or, failing that, its origin country? */
export function returnsToOrigin(segs: readonly ResolvedSegment[], cityKey: (a: AirportInput) => string): { city: boolean; country: boolean } {
  const first = segs[0].from;
  const last = segs[segs.length - 1].to;
  return { city: cityKey(first) === cityKey(last), country: first.country === last.country };
}

/** Index of the stop that is the turnaround, or -1. */
export function turnaroundIndex(segs: readonly ResolvedSegment[], opts: StopOptions): number {
  const n = segs.length;
  for (let i = 0; i < n - 1; i++) if (segs[i].turnaround) return i;
  if (n < 2) return -1;
  const back = returnsToOrigin(segs, opts.cityKey);
  if (!back.city && !back.country) return -1;
  const origin = segs[0].from;
  let best = -1;
  let bestMiles = -1;
  for (let i = 0; i < n - 1; i++) {
    const d = opts.distance(origin, segs[i].to);
    if (d > bestMiles) {
      bestMiles = d;
      best = i;
    }
  }
  return best;
}

export function classifyStops(segs: readonly ResolvedSegment[], opts: StopOptions): Stop[] {
  const turn = turnaroundIndex(segs, opts);
  const stops: Stop[] = new Array(Math.max(0, segs.length - 1));
  for (let i = 0; i < segs.length - 1; i++) {
    const a = segs[i];
    const b = segs[i + 1];
    const minutes = Math.round((b.departsUtc - a.arrivesUtc) / 60_000);
    const openJaw = opts.pointKey(a.to) !== opts.pointKey(b.from);
    let kind: StopKind;
    if (i === turn) kind = "turnaround";
    else if (openJaw) kind = "openJaw";
    else kind = minutes > opts.transferMaxMinutes ? "stopover" : "transfer";
    stops[i] = {
      // The segment's own index (equal to i for a whole itinerary; the journey's index for a ticket of it).
      index: a.index,
      airport: a.to.iata,
      departsFrom: b.from.iata,
      city: opts.pointKey(a.to),
      departsFromCity: opts.pointKey(b.from),
      country: a.to.country,
      kind,
      minutes,
      hours: roundHours(minutes),
      openJaw,
      surface: a.surface || b.surface,
    };
  }
  return stops;
}

/** A stay longer than the transfer limit, whatever its kind (turnarounds included). */
export function isLongStay(stop: Stop, transferMaxMinutes: number): boolean {
  return stop.minutes > transferMaxMinutes;
}

/**
 * Distances: the geodesic on the WGS84 ellipsoid (what gcmap.com shows and
 * BA prices on, facts §7), and lookups of published sector mileages (TPM,
 * JAL's basis) and per-route overrides (BA), both held as data.
 */
import { Geodesic } from "geographiclib-geodesic";
import type { AirportInput } from "./types";

/** International statute mile, exactly. */
export const METRES_PER_STATUTE_MILE = 1609.344;

/** Geodesic distance in statute miles, unrounded. */
export function geodesicMiles(lat1: number, lon1: number, lat2: number, lon2: number): number {
  // DISTANCE only: skips azimuths and areas, ~3x faster than the default mask.
  const r = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE);
  return (r.s12 ?? 0) / METRES_PER_STATUTE_MILE;
}

/** Named rounding for reported distances: nearest whole mile (half up). */
export function roundMiles(miles: number): number {
  return Math.round(miles);
}

/** WGS84 distance between two airports, rounded to whole miles. */
export function wgs84Miles(a: AirportInput, b: AirportInput): number {
  return roundMiles(geodesicMiles(a.lat, a.lon, b.lat, b.lon));
}

/** Symmetric key of an unordered pair of codes. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

interface MileageVersion {
  fromDay: number;
  miles: number;
}

export interface MileageRowLike {
  program: string;
  fromCode: string;
  toCode: string;
  miles: number;
  effectiveFrom: number; // UTC-midnight ms
}

/**
 * Published mileages between codes (airport or metropolitan city codes),
 * matched in both directions, versioned by effective date.
 */
export class MileageTable {
  /** program -> pair key -> versions, newest first ("*" holds every program). */
  private readonly byProgram = new Map<string, Map<string, MileageVersion[]>>();

  constructor(rows: readonly MileageRowLike[]) {
    for (const r of rows) {
      const key = pairKey(r.fromCode.toUpperCase(), r.toCode.toUpperCase());
      for (const p of [r.program, "*"]) {
        let table = this.byProgram.get(p);
        if (!table) this.byProgram.set(p, (table = new Map()));
        const list = table.get(key) ?? [];
        list.push({ fromDay: r.effectiveFrom, miles: r.miles });
        list.sort((x, y) => y.fromDay - x.fromDay);
        table.set(key, list);
      }
    }
  }

  /** Every day a stored mileage starts (lookups are constant between two of them). */
  breakDays(): number[] {
    const days = new Set<number>();
    for (const table of this.byProgram.values()) for (const list of table.values()) for (const v of list) days.add(v.fromDay);
    return [...days];
  }

  get size(): number {
    return this.byProgram.get("*")?.size ?? 0;
  }

  /**
   * Miles between any code of `from` and any code of `to` (codes most specific
   * first: airport, then city), for `program` ("*" = any) in force on `day`.
   * If every version starts after `day`, the earliest one is used: published
   * mileages change rarely, and a missing date is no reason to lose the basis.
   */
  lookup(program: string, from: readonly string[], to: readonly string[], day: number): number | null {
    const table = this.byProgram.get(program);
    if (!table) return null;
    for (const a of from) {
      for (const b of to) {
        const list = table.get(pairKey(a, b));
        if (!list) continue;
        for (const v of list) if (v.fromDay <= day) return v.miles;
        return list[list.length - 1].miles;
      }
    }
    return null;
  }
}

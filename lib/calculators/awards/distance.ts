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

/**
 * Values by unordered pair of codes, in nested maps both ways round (a lookup
 * builds no key string). `set` stores one value for A-B and B-A.
 */
export class PairMap<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();
  /** Pairs stored. */
  size = 0;

  get(a: string, b: string): V | undefined {
    return this.byFirst.get(a)?.get(b);
  }

  set(a: string, b: string, value: V): void {
    if (this.get(a, b) === undefined) this.size++;
    this.put(a, b, value);
    this.put(b, a, value);
  }

  clear(): void {
    this.byFirst.clear();
    this.size = 0;
  }

  private put(a: string, b: string, value: V): void {
    let m = this.byFirst.get(a);
    if (!m) this.byFirst.set(a, (m = new Map()));
    m.set(b, value);
  }
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
  /** program -> pair of codes -> versions, newest first ("*" holds every program). */
  private readonly byProgram = new Map<string, PairMap<MileageVersion[]>>();
  private readonly days = new Set<number>();

  constructor(rows: readonly MileageRowLike[]) {
    for (const r of rows) {
      this.days.add(r.effectiveFrom);
      const from = r.fromCode.toUpperCase();
      const to = r.toCode.toUpperCase();
      for (const p of [r.program, "*"]) {
        let table = this.byProgram.get(p);
        if (!table) this.byProgram.set(p, (table = new PairMap()));
        const list = table.get(from, to) ?? [];
        list.push({ fromDay: r.effectiveFrom, miles: r.miles });
        list.sort((x, y) => y.fromDay - x.fromDay);
        table.set(from, to, list);
      }
    }
  }

  /** Every day a stored mileage starts (lookups are constant between two of them). */
  breakDays(): number[] {
    return [...this.days];
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
        const list = table.get(a, b);
        if (!list) continue;
        for (const v of list) if (v.fromDay <= day) return v.miles;
        return list[list.length - 1].miles;
      }
    }
    return null;
  }
}

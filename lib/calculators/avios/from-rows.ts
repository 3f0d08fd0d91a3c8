import { toIsoDate } from "@/lib/calculators/conversions/dates";
import type { AviosPlanData } from "./types";

/** An `AviosPlan` row as Prisma returns it (effectiveFrom a Date) or as seeded (a string). */
export interface AviosPlanRow {
  name: string;
  monthlyUsdCents: number;
  yearlyUsdCents: number;
  aviosPerMonth: number;
  aviosPerYear: number;
  effectiveFrom: Date | string;
  source: string;
  confidence: string;
}

export function aviosPlanFromRow(row: AviosPlanRow): AviosPlanData {
  if (row.aviosPerMonth <= 0 || row.aviosPerYear <= 0) throw new RangeError(`AviosPlan ${row.name}: Avios must be positive.`);
  return { ...row, effectiveFrom: toIsoDate(row.effectiveFrom) };
}

/** Plans in force on `date`: per plan name, the latest version effective on or before it. */
export function aviosPlansOn(plans: readonly AviosPlanData[], date: string): AviosPlanData[] {
  const latest = new Map<string, AviosPlanData>();
  for (const p of plans) {
    if (p.effectiveFrom > date) continue;
    const seen = latest.get(p.name);
    if (!seen || seen.effectiveFrom < p.effectiveFrom) latest.set(p.name, p);
  }
  return plans.filter((p) => latest.get(p.name) === p);
}

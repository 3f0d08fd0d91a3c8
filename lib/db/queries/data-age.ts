// Data age for pages and API responses: today in Japan and the configured staleness
// limit (TABIJI_STALE_AFTER_MONTHS, default 12) applied to the rows an answer used.
import "server-only";
import { env } from "@/lib/env";
import { dataAsOf, type DataAsOf } from "@/lib/calculators/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import type { Db } from "@/lib/db/connect";
import { db } from "@/lib/db/client";

export type { DataAsOf } from "@/lib/calculators/data-age";

export function staleAfterMonths(): number {
  return env().TABIJI_STALE_AFTER_MONTHS;
}

/** The data age of rows used now (null when no row was used). */
export function asOfNow(verifiedOns: readonly (Date | string | null)[], now: Date = new Date()): DataAsOf | null {
  return dataAsOf(verifiedOns, todayInJapan(now), staleAfterMonths());
}

// ------------------------------------------------------------------ per dataset
// Each reads only the verifiedOn of the rows an answer uses (a few rows), so the data
// loaders stay as they are.
type Verified = { verifiedOn: Date | null };
const VERIFIED = { verifiedOn: true } as const;
const stamps = (rows: Verified[]) => rows.map((r) => r.verifiedOn);

/** A `YYYY-MM-DD` day as stored: DateTime at UTC midnight. */
function storedDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** Conversions: the route(s) and the campaigns covering `date` (all campaigns when date is null). */
export async function conversionAsOf(route: string | undefined, date: string | null, client: Db = db(), now?: Date): Promise<DataAsOf | null> {
  const [routes, campaigns] = await Promise.all([
    client.conversionRoute.findMany({ where: route ? { code: route } : {}, select: VERIFIED }),
    client.campaign.findMany({
      where: { ...(route ? { route } : {}), ...(date ? { startDate: { lte: storedDay(date) }, endDate: { gte: storedDay(date) } } : {}) },
      select: VERIFIED,
    }),
  ]);
  return asOfNow([...stamps(routes), ...stamps(campaigns)], now);
}

/** IHG: the purchase rule in force on `date`. */
export async function ihgAsOf(date: string, client: Db = db(), now?: Date): Promise<DataAsOf | null> {
  const rule = await client.ihgPurchaseRule.findFirst({ where: { effectiveFrom: { lte: storedDay(date) } }, orderBy: { effectiveFrom: "desc" }, select: VERIFIED });
  return asOfNow(rule ? [rule.verifiedOn] : [], now);
}

/** Avios: the plan versions in force on `date` (the newest version of each plan). */
export async function aviosAsOf(date: string, client: Db = db(), now?: Date): Promise<DataAsOf | null> {
  const rows = await client.aviosPlan.findMany({ where: { effectiveFrom: { lte: storedDay(date) } }, orderBy: { effectiveFrom: "desc" }, select: { name: true, verifiedOn: true } });
  const newest = rows.filter((r, i) => rows.findIndex((x) => x.name === r.name) === i);
  return asOfNow(stamps(newest), now);
}

/** Safety: the rating rows of one year (of one airline when `code` is given). */
export async function safetyAsOf(year: number | null, code?: string, client: Db = db(), now?: Date): Promise<DataAsOf | null> {
  if (year === null) return null;
  const rows = await client.safetyRating.findMany({ where: { year, ...(code ? { airlineCode: code } : {}) }, select: VERIFIED });
  return asOfNow(stamps(rows), now);
}

/** Reference values (e.g. Kiva defaults): the newest row of each key. */
export async function referenceAsOf(keys: readonly string[], client: Db = db(), now?: Date): Promise<DataAsOf | null> {
  if (keys.length === 0) return null;
  const rows = await client.referenceValue.findMany({ where: { key: { in: [...keys] } }, orderBy: { effectiveFrom: "desc" }, select: { key: true, verifiedOn: true } });
  return asOfNow(stamps(rows.filter((r, i) => rows.findIndex((x) => x.key === r.key) === i)), now);
}

// Data age for pages and API responses: today in Japan and the configured staleness
// limit (TABIJI_STALE_AFTER_MONTHS, default 12) applied to the rows an answer used.
import "server-only";
import { env } from "@/lib/env";
import { dataAsOf, type DataAsOf } from "@/lib/calculators/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import type { Db } from "@/lib/db/connect";
import { referenceDataset } from "@/lib/db/reference-data";

export type { DataAsOf } from "@/lib/calculators/data-age";

export function staleAfterMonths(): number {
  return env().TABIJI_STALE_AFTER_MONTHS;
}

/** The data age of rows used now (null when no row was used). */
export function asOfNow(verifiedOns: readonly (Date | string | null)[], now: Date = new Date()): DataAsOf | null {
  return dataAsOf(verifiedOns, todayInJapan(now), staleAfterMonths());
}

// ------------------------------------------------------------------ per dataset
// The verification stamps of every dataset, read once into the in-memory reference data
// (a few hundred small rows; an admin's write, "mark re-verified" included, drops them),
// so a page or an answer looks up the rows it used without asking the database.
const VERIFIED = { verifiedOn: true } as const;

async function readStamps(client: Db) {
  const [routes, campaigns, ihgRules, aviosPlans, ratings, values] = await Promise.all([
    client.conversionRoute.findMany({ select: { code: true, ...VERIFIED } }),
    client.campaign.findMany({ select: { route: true, startDate: true, endDate: true, ...VERIFIED } }),
    client.ihgPurchaseRule.findMany({ orderBy: { effectiveFrom: "desc" }, select: { effectiveFrom: true, ...VERIFIED } }),
    client.aviosPlan.findMany({ orderBy: { effectiveFrom: "desc" }, select: { name: true, effectiveFrom: true, ...VERIFIED } }),
    client.safetyRating.findMany({ select: { year: true, airlineCode: true, ...VERIFIED } }),
    client.referenceValue.findMany({ orderBy: { effectiveFrom: "desc" }, select: { key: true, ...VERIFIED } }),
  ]);
  return { routes, campaigns, ihgRules, aviosPlans, ratings, values };
}

const loadStamps = (client?: Db) => referenceDataset("verification-stamps", readStamps, client);

/** A `YYYY-MM-DD` day as stored: DateTime at UTC midnight, in ms. */
function storedDay(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getTime();
}

/** The first row of each name (rows newest first: the version in force). */
function newestOf<T>(rows: readonly T[], name: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(name(r)) && Boolean(seen.add(name(r))));
}

const stamps = (rows: readonly { verifiedOn: Date | null }[]) => rows.map((r) => r.verifiedOn);

/** Conversions: the route(s) and the campaigns covering `date` (all campaigns when date is null). */
export async function conversionAsOf(route: string | undefined, date: string | null, client?: Db, now?: Date): Promise<DataAsOf | null> {
  const { routes, campaigns } = await loadStamps(client);
  const day = date === null ? null : storedDay(date);
  return asOfNow(
    [
      ...stamps(routes.filter((r) => !route || r.code === route)),
      ...stamps(campaigns.filter((c) => (!route || c.route === route) && (day === null || (c.startDate.getTime() <= day && c.endDate.getTime() >= day)))),
    ],
    now,
  );
}

/** IHG: the purchase rule in force on `date`. */
export async function ihgAsOf(date: string, client?: Db, now?: Date): Promise<DataAsOf | null> {
  const day = storedDay(date);
  const rule = (await loadStamps(client)).ihgRules.find((r) => r.effectiveFrom.getTime() <= day);
  return asOfNow(rule ? [rule.verifiedOn] : [], now);
}

/** Avios: the plan versions in force on `date` (the newest version of each plan). */
export async function aviosAsOf(date: string, client?: Db, now?: Date): Promise<DataAsOf | null> {
  const day = storedDay(date);
  const rows = (await loadStamps(client)).aviosPlans.filter((r) => r.effectiveFrom.getTime() <= day);
  return asOfNow(stamps(newestOf(rows, (r) => r.name)), now);
}

/** Safety: the rating rows of one year (of one airline when `code` is given). */
export async function safetyAsOf(year: number | null, code?: string, client?: Db, now?: Date): Promise<DataAsOf | null> {
  if (year === null) return null;
  const rows = (await loadStamps(client)).ratings.filter((r) => r.year === year && (!code || r.airlineCode === code));
  return asOfNow(stamps(rows), now);
}

/** Reference values (e.g. Kiva defaults): the newest row of each key. */
export async function referenceAsOf(keys: readonly string[], client?: Db, now?: Date): Promise<DataAsOf | null> {
  if (keys.length === 0) return null;
  const wanted = new Set(keys);
  const rows = (await loadStamps(client)).values.filter((r) => wanted.has(r.key));
  return asOfNow(stamps(newestOf(rows, (r) => r.key)), now);
}

/** The day campaigns were last searched for: the oldest check of a conversion route (null if never). */
export async function campaignsSearchedOn(client?: Db): Promise<string | null> {
  const days = (await loadStamps(client)).routes.flatMap((r) => (r.verifiedOn ? [r.verifiedOn.toISOString().slice(0, 10)] : []));
  return days.length ? days.sort()[0] : null;
}

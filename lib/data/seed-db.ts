// Writes the seed data (lib/data/seed/*) into the database. Idempotent: a row is
// created only when its unique key is missing, so a second run changes nothing and an
// admin's later versions are never overwritten. Airports alone are refreshed from their
// data package when the package's values change; of the other rows only the wording of
// a source or note that still carries an internal reference, and an empty verifiedOn,
// are brought up to date (seed-refresh.ts). Everything runs in one transaction.
import type { Db } from "../db/connect";
import { buildAirportRows, type AirportRow } from "./airports";
import { airportsJa } from "./seed/airports-ja";
import { airportKana } from "./seed/airports-kana";
import { metroCodes } from "./seed/metro-codes";
import { AIRLINES_CHECKED, airlines, allianceMemberships } from "./seed/airlines";
import { exchangeRates, referenceValues } from "./seed/reference-values";
import { safetyRatings } from "./seed/safety";
import { aviosPlans, campaigns, conversionRoutes, ihgPurchaseRules } from "./seed/promotions";
import { cardPresetSeedRows } from "./seed/cards";
import { awardCharts, awardPrograms, awardRouteOverrides, awardRules, awardSectorMileages, awardValuations } from "./seed/awards";
import { refreshSeedText } from "./seed-refresh";

export type SeedReport = { table: string; created: number; updated: number }[];
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** A calendar date "YYYY-MM-DD" as the UTC midnight DateTime it is stored as. */
export function day(value: string): Date;
export function day(value: string | null | undefined): Date | null;
export function day(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

/** Creates the rows whose key is not in `existing`; returns how many were created. */
async function createMissing<R>(rows: readonly R[], existing: Iterable<string>, keyOf: (r: R) => string, create: (rows: R[]) => Promise<unknown>): Promise<number> {
  const have = new Set(existing);
  const missing = rows.filter((r) => !have.has(keyOf(r)));
  if (missing.length) await create(missing);
  return missing.length;
}

/** Equal, allowing the last-digit noise of a float's round trip through the database. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

async function seedAirports(tx: Tx, rows: AirportRow[]) {
  const existing = new Map((await tx.airport.findMany()).map((a) => [a.iata, a]));
  const created = await createMissing(rows, existing.keys(), (r) => r.iata, (data) => tx.airport.createMany({ data }));
  let updated = 0;
  for (const row of rows) {
    const old = existing.get(row.iata);
    if (!old) continue;
    const changed = (Object.keys(row) as (keyof AirportRow)[]).some((k) => !sameValue(old[k], row[k]));
    if (changed) {
      await tx.airport.update({ where: { iata: row.iata }, data: row });
      updated++;
    }
  }
  return { table: "Airport", created, updated };
}

async function seedAirlines(tx: Tx) {
  const airlineRows = airlines.map(({ code, name, nameJa, country, jalPartner, aliases, source, verifiedOn }) => ({
    code, name, nameJa, country, jalPartner, aliases, source, verifiedOn: day(verifiedOn ?? AIRLINES_CHECKED),
  }));
  const a = await createMissing(airlineRows, (await tx.airline.findMany({ select: { code: true } })).map((r) => r.code), (r) => r.code, (data) => tx.airline.createMany({ data }));
  const memberships = allianceMemberships.map(({ airlineCode, alliance, role, joined, left, source }) => ({ airlineCode, alliance, role, joined: day(joined), left: day(left), source, verifiedOn: day(AIRLINES_CHECKED) }));
  const key = (r: { airlineCode: string; alliance: string; role: string }) => `${r.airlineCode}|${r.alliance}|${r.role}`;
  const m = await createMissing(memberships, (await tx.allianceMembership.findMany()).map(key), key, (data) => tx.allianceMembership.createMany({ data }));
  const ratings = safetyRatings.map(({ airlineCode, year, status, stars, top25, rank, rankList, note, noteJa, source, confidence, verifiedOn }) => ({
    airlineCode, year, status, stars, top25, rank, rankList, note, noteJa, source, confidence, verifiedOn: day(verifiedOn),
  }));
  const rkey = (r: { airlineCode: string; year: number }) => `${r.airlineCode}|${r.year}`;
  const s = await createMissing(ratings, (await tx.safetyRating.findMany()).map(rkey), rkey, (data) => tx.safetyRating.createMany({ data }));
  return [
    { table: "Airline", created: a, updated: 0 },
    { table: "AllianceMembership", created: m, updated: 0 },
    { table: "SafetyRating", created: s, updated: 0 },
  ];
}

async function seedPromotions(tx: Tx) {
  const routes = conversionRoutes.map((r) => ({ ...r, effectiveFrom: day(r.effectiveFrom), verifiedOn: day(r.verifiedOn) }));
  const c1 = await createMissing(routes, (await tx.conversionRoute.findMany()).map((r) => r.code), (r) => r.code, (data) => tx.conversionRoute.createMany({ data }));
  const camps = campaigns.map((c) => ({ ...c, startDate: day(c.startDate), endDate: day(c.endDate), verifiedOn: day(c.verifiedOn) }));
  const c2 = await createMissing(camps, (await tx.campaign.findMany()).map((c) => c.code), (c) => c.code, (data) => tx.campaign.createMany({ data }));
  const haveRules = new Set((await tx.ihgPurchaseRule.findMany()).map((r) => r.effectiveFrom.toISOString()));
  let c3 = 0;
  for (const { tiers, ...rule } of ihgPurchaseRules) {
    const effectiveFrom = day(rule.effectiveFrom);
    if (haveRules.has(effectiveFrom.toISOString())) continue;
    await tx.ihgPurchaseRule.create({ data: { ...rule, effectiveFrom, verifiedOn: day(rule.verifiedOn), tiers: { create: tiers } } });
    c3++;
  }
  const plans = aviosPlans.map((p) => ({ ...p, effectiveFrom: day(p.effectiveFrom), verifiedOn: day(p.verifiedOn) }));
  const pkey = (p: { name: string; effectiveFrom: Date }) => `${p.name}|${p.effectiveFrom.toISOString()}`;
  const c4 = await createMissing(plans, (await tx.aviosPlan.findMany()).map(pkey), pkey, (data) => tx.aviosPlan.createMany({ data }));
  const presets = cardPresetSeedRows.map((p) => ({ ...p, effectiveFrom: day(p.effectiveFrom), verifiedOn: day(p.verifiedOn) }));
  const ckey = (p: { code: string; effectiveFrom: Date }) => `${p.code}|${p.effectiveFrom.toISOString()}`;
  const c5 = await createMissing(presets, (await tx.cardPreset.findMany()).map(ckey), ckey, (data) => tx.cardPreset.createMany({ data }));
  const rates = exchangeRates.map((r) => ({ ...r, asOf: day(r.asOf), verifiedOn: day(r.verifiedOn) }));
  const xkey = (r: { base: string; quote: string; asOf: Date }) => `${r.base}|${r.quote}|${r.asOf.toISOString()}`;
  const c6 = await createMissing(rates, (await tx.exchangeRate.findMany()).map(xkey), xkey, (data) => tx.exchangeRate.createMany({ data }));
  const values = referenceValues.map((r) => ({ ...r, effectiveFrom: day(r.effectiveFrom), verifiedOn: day(r.verifiedOn) }));
  const vkey = (r: { key: string; effectiveFrom: Date }) => `${r.key}|${r.effectiveFrom.toISOString()}`;
  const c7 = await createMissing(values, (await tx.referenceValue.findMany()).map(vkey), vkey, (data) => tx.referenceValue.createMany({ data }));
  return [
    { table: "CardPreset", created: c5, updated: 0 },
    { table: "ExchangeRate", created: c6, updated: 0 },
    { table: "ReferenceValue", created: c7, updated: 0 },
    { table: "ConversionRoute", created: c1, updated: 0 },
    { table: "Campaign", created: c2, updated: 0 },
    { table: "IhgPurchaseRule", created: c3, updated: 0 },
    { table: "AviosPlan", created: c4, updated: 0 },
  ];
}

async function seedAwards(tx: Tx) {
  const programs = awardPrograms.map((r) => ({ ...r, verifiedOn: day(r.verifiedOn) }));
  const p = await createMissing(programs, (await tx.program.findMany()).map((r) => r.code), (r) => r.code, (data) => tx.program.createMany({ data }));
  // A chart version is identified by (key, effectiveFrom); its rows come with it.
  const chartKey = (c: { key: string; effectiveFrom: Date }) => `${c.key}|${c.effectiveFrom.toISOString()}`;
  const haveCharts = new Set((await tx.awardChart.findMany({ select: { key: true, effectiveFrom: true } })).map(chartKey));
  let c = 0;
  for (const { rows, ...chart } of awardCharts) {
    const data = {
      ...chart,
      variant: chart.variant ?? "default",
      status: chart.status ?? "published",
      effectiveFrom: day(chart.effectiveFrom),
      effectiveTo: day(chart.effectiveTo),
      verifiedOn: day(chart.verifiedOn),
    };
    if (haveCharts.has(chartKey(data))) continue;
    await tx.awardChart.create({ data: { ...data, rows: { create: rows.map((r) => ({ ...r, season: r.season ?? "any", kind: r.kind ?? "chart" })) } } });
    c++;
  }
  const rules = awardRules.map((r) => ({ ...r, effectiveFrom: day(r.effectiveFrom), effectiveTo: day(r.effectiveTo), verifiedOn: day(r.verifiedOn) }));
  const rkey = (r: { program: string; award: string; key: string; effectiveFrom: Date }) => `${r.program}|${r.award}|${r.key}|${r.effectiveFrom.toISOString()}`;
  const r = await createMissing(rules, (await tx.awardRule.findMany()).map(rkey), rkey, (data) => tx.awardRule.createMany({ data }));
  const skey = (m: { program: string; fromCode: string; toCode: string; effectiveFrom: Date }) => `${m.program}|${m.fromCode}|${m.toCode}|${m.effectiveFrom.toISOString()}`;
  const tpm = awardSectorMileages.map((m) => ({ ...m, effectiveFrom: day(m.effectiveFrom), verifiedOn: day(m.verifiedOn) }));
  const t = await createMissing(tpm, (await tx.sectorMileage.findMany()).map(skey), skey, (data) => tx.sectorMileage.createMany({ data }));
  const overrides = awardRouteOverrides.map((o) => ({ ...o, effectiveFrom: day(o.effectiveFrom), verifiedOn: day(o.verifiedOn) }));
  const o = await createMissing(overrides, (await tx.routeOverride.findMany()).map(skey), skey, (data) => tx.routeOverride.createMany({ data }));
  const vals = awardValuations.map((v) => ({ ...v, effectiveFrom: day(v.effectiveFrom), verifiedOn: day(v.verifiedOn) }));
  const v = await createMissing(vals, (await tx.valuation.findMany()).map((x) => x.currency), (x) => x.currency, (data) => tx.valuation.createMany({ data }));
  return [
    { table: "Program", created: p, updated: 0 },
    { table: "AwardChart", created: c, updated: 0 },
    { table: "AwardRule", created: r, updated: 0 },
    { table: "SectorMileage", created: t, updated: 0 },
    { table: "RouteOverride", created: o, updated: 0 },
    { table: "Valuation", created: v, updated: 0 },
  ];
}

export async function seedAll(db: Db): Promise<SeedReport> {
  // Built outside the transaction: reading the data packages takes a moment.
  const airportRows = buildAirportRows({ namesJa: airportsJa, metros: metroCodes, kana: airportKana });
  return db.$transaction(
    async (tx) => {
      const report = [await seedAirports(tx, airportRows), ...(await seedAirlines(tx)), ...(await seedPromotions(tx)), ...(await seedAwards(tx))];
      const refreshed = await refreshSeedText(tx);
      return report.map((r) => ({ ...r, updated: r.updated + (refreshed[r.table] ?? 0) }));
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

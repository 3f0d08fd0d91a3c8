// Data access for the promotion calculators (conversions, IHG buy-points, Avios subscription):
// load the stored routes, campaigns, rules and plans and map them with the calculators'
// from-rows, so everything above this file works on plain calculator data. Each dataset
// is held in memory (lib/db/reference-data.ts); a given client reads its database directly.
import "server-only";
import type { Db } from "@/lib/db/connect";
import { referenceDataset } from "@/lib/db/reference-data";
import { conversionDataFromRows, type ConversionData } from "@/lib/calculators/conversions";
import { ihgRuleFromRow, type IhgPurchaseRuleData } from "@/lib/calculators/ihg";
import { aviosPlanFromRow, aviosPlansOn, type AviosPlanData } from "@/lib/calculators/avios";

/** A `YYYY-MM-DD` day as stored: DateTime at UTC midnight. */
function storedDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** Every conversion route and campaign (a handful of rows: the calendar needs them all). */
export function loadConversionData(client?: Db): Promise<ConversionData> {
  return referenceDataset("conversions", readConversionData, client);
}

async function readConversionData(client: Db): Promise<ConversionData> {
  const [routes, campaigns] = await Promise.all([
    client.conversionRoute.findMany({
      orderBy: { code: "asc" },
      select: {
        code: true,
        name: true,
        nameJa: true,
        pointsName: true,
        pointsPerUnit: true,
        milesPerUnit: true,
        baseCreditMinDays: true,
        baseCreditMaxDays: true,
        source: true,
        confidence: true,
        effectiveFrom: true,
      },
    }),
    client.campaign.findMany({
      orderBy: [{ startDate: "asc" }, { code: "asc" }],
      select: {
        code: true,
        route: true,
        name: true,
        nameJa: true,
        startDate: true,
        endDate: true,
        bonusKind: true,
        bonusValue: true,
        entryRequired: true,
        eligibility: true,
        eligibilityJa: true,
        source: true,
        confidence: true,
      },
    }),
  ]);
  return conversionDataFromRows({ routes, campaigns });
}

/** The IHG purchase rule in force on `date` (latest effectiveFrom on or before it), with its tiers; null if none. */
export function getIhgPurchaseRule(date: string, client?: Db): Promise<IhgPurchaseRuleData | null> {
  return referenceDataset(`ihg-rule:${date}`, (c) => readIhgPurchaseRule(date, c), client);
}

async function readIhgPurchaseRule(date: string, client: Db): Promise<IhgPurchaseRuleData | null> {
  const row = await client.ihgPurchaseRule.findFirst({
    where: { effectiveFrom: { lte: storedDay(date) } },
    orderBy: { effectiveFrom: "desc" },
    select: {
      effectiveFrom: true,
      annualCap: true,
      raisedCaps: true,
      bonusRules: true,
      minPurchase: true,
      maxPurchase: true,
      step: true,
      source: true,
      confidence: true,
      notes: true,
      tiers: { orderBy: { minPoints: "asc" }, select: { minPoints: true, maxPoints: true, centsPerPoint: true } },
    },
  });
  return row ? ihgRuleFromRow(row) : null;
}

/** The Avios plans in force on `date`: per plan, its latest version effective on or before it (cheapest plan first). */
export function listAviosPlans(date: string, client?: Db): Promise<AviosPlanData[]> {
  return referenceDataset(`avios-plans:${date}`, (c) => readAviosPlans(date, c), client);
}

async function readAviosPlans(date: string, client: Db): Promise<AviosPlanData[]> {
  const rows = await client.aviosPlan.findMany({
    where: { effectiveFrom: { lte: storedDay(date) } },
    orderBy: [{ monthlyUsdCents: "asc" }, { name: "asc" }],
    select: {
      name: true,
      monthlyUsdCents: true,
      yearlyUsdCents: true,
      aviosPerMonth: true,
      aviosPerYear: true,
      effectiveFrom: true,
      source: true,
      confidence: true,
    },
  });
  return aviosPlansOn(rows.map(aviosPlanFromRow), date);
}

export interface StoredValuation {
  centsPerPoint: number;
  source: string;
  effectiveFrom: string;
  confidence: string;
}

/**
 * The stored valuation of a currency (e.g. "Avios", facts §7), or null when the
 * Valuation table holds none: callers fall back to a documented default.
 */
export function getValuation(currency: string, client?: Db): Promise<StoredValuation | null> {
  return referenceDataset(`valuation:${currency}`, (c) => readValuation(currency, c), client);
}

async function readValuation(currency: string, client: Db): Promise<StoredValuation | null> {
  const row = await client.valuation.findUnique({
    where: { currency },
    select: { centsPerPoint: true, source: true, effectiveFrom: true, confidence: true },
  });
  if (!row || !(row.centsPerPoint > 0)) return null;
  return { ...row, effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10) };
}

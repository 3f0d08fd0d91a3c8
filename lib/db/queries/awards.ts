// The award engine's data from the database: airports, airlines with their alliance
// memberships, programs, chart versions with their rows, rules, published sector
// mileages, route overrides and valuations, mapped with awardDataFromRows and compiled
// once (prepareAwardData memoises on the object). Loading the 3,214 airports per request
// would ruin the quote endpoint's throughput, so the data lives in the reference-data
// store (lib/db/reference-data.ts) until an admin publishes.
import "server-only";
import type { Db } from "@/lib/db/connect";
import { awardDataFromRows, prepareAwardData, type AwardData } from "@/lib/calculators/awards";
import { invalidateReferenceData, referenceDataset } from "@/lib/db/reference-data";

/** A stored valuation with its provenance (the page shows where "≈ $" comes from). */
export interface StoredValuation {
  currency: string;
  centsPerPoint: number;
  source: string;
  confidence: string;
  effectiveFrom: string;
}

/** The engine's data plus what the page shows around it (names in both languages, valuation sources). */
export interface AwardDataset extends AwardData {
  valuations: StoredValuation[];
  airlineNames: ReadonlyMap<string, { name: string; nameJa: string | null }>;
  airportNames: ReadonlyMap<string, { name: string; nameJa: string | null; city: string; cityJa: string | null }>;
  /** When each chart version (`key|effectiveFrom`) was last checked against its source (YYYY-MM-DD, null: never). */
  chartChecks?: ReadonlyMap<string, string | null>;
}

/** The data age of a quote's answer: the oldest check among the chart versions it priced with (api.md "Data age"). */
export function quoteVerifiedOns(data: AwardDataset, charts: readonly { key: string; effectiveFrom: string }[]): (string | null)[] {
  return charts.map((c) => data.chartChecks?.get(`${c.key}|${c.effectiveFrom}`) ?? null);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Reads everything the engine needs through `client` (selecting only the columns it reads). */
export async function loadAwardData(client: Db): Promise<AwardDataset> {
  const [airports, airlines, programs, charts, rules, sectorMileages, routeOverrides, valuations] = await Promise.all([
    client.airport.findMany({ select: { iata: true, name: true, nameJa: true, city: true, cityJa: true, country: true, lat: true, lon: true, timeZone: true, metroCode: true } }),
    client.airline.findMany({
      select: { code: true, name: true, nameJa: true, country: true, jalPartner: true, memberships: { select: { alliance: true, role: true, joined: true, left: true } } },
    }),
    client.program.findMany({ select: { code: true, name: true, nameJa: true, currency: true }, orderBy: { code: "asc" } }),
    client.awardChart.findMany({
      select: {
        key: true, program: true, award: true, variant: true, name: true, nameJa: true, basis: true, effectiveFrom: true, effectiveTo: true,
        source: true, confidence: true, notes: true, status: true, verifiedOn: true,
        rows: { select: { zone: true, region: true, minMiles: true, maxMiles: true, cabin: true, season: true, price: true, kind: true, priceMin: true, priceMax: true, note: true } },
      },
      orderBy: { id: "asc" },
    }),
    client.awardRule.findMany({
      select: { program: true, award: true, key: true, value: true, effectiveFrom: true, effectiveTo: true, source: true, confidence: true, notes: true },
      orderBy: { id: "asc" },
    }),
    client.sectorMileage.findMany({ select: { program: true, fromCode: true, toCode: true, miles: true, effectiveFrom: true, source: true, confidence: true } }),
    client.routeOverride.findMany({ select: { program: true, fromCode: true, toCode: true, miles: true, effectiveFrom: true, note: true, source: true, confidence: true } }),
    client.valuation.findMany({ select: { currency: true, centsPerPoint: true, source: true, confidence: true, effectiveFrom: true } }),
  ]);
  const engine = awardDataFromRows({ airports, airlines, programs, charts, rules, sectorMileages, routeOverrides });
  const data: AwardDataset = {
    ...engine,
    valuations: valuations.map((v) => ({ ...v, effectiveFrom: day(v.effectiveFrom) })),
    airlineNames: new Map(airlines.map((a) => [a.code, { name: a.name, nameJa: a.nameJa }])),
    airportNames: new Map(airports.map((a) => [a.iata, { name: a.name, nameJa: a.nameJa, city: a.city, cityJa: a.cityJa }])),
    chartChecks: new Map(charts.map((c) => [`${c.key}|${day(c.effectiveFrom)}`, c.verifiedOn ? day(c.verifiedOn) : null])),
  };
  // Compile the lookup tables now, once per load, rather than on the first quote.
  prepareAwardData(data);
  return data;
}

/** The engine's data, from the in-memory reference data (read from the database once per data version). */
export function getAwardData(): Promise<AwardDataset> {
  return referenceDataset("awards", loadAwardData);
}

/** Drop the in-memory data so the next quote sees the database as it is now (admin write paths call this). */
export function invalidateAwardData(): void {
  invalidateReferenceData();
}

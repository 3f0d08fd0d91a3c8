// Point valuations (cents per point) for the award optimizer: the stored defaults
// (facts §7: Avios 1.5, airline miles 1.4, IHG 0.5) with their source and date, so
// a plan's "≈ $" can be traced. They are loaded with the award engine's data and
// held in memory with it (lib/db/reference-data.ts); listValuations too, or reads
// straight through a given client.
import "server-only";
import type { Db } from "@/lib/db/connect";
import { referenceDataset } from "@/lib/db/reference-data";
import type { ValuationRow } from "@/lib/calculators/optimizer";
import { getAwardData } from "@/lib/db/queries/awards";

export interface StoredValuationRow extends ValuationRow {
  source: string;
  confidence: string;
  effectiveFrom: string;
}

/** Every stored valuation, by currency (dates as YYYY-MM-DD). */
export function listValuations(client?: Db): Promise<StoredValuationRow[]> {
  return referenceDataset("valuations", readValuations, client);
}

async function readValuations(client: Db): Promise<StoredValuationRow[]> {
  const rows = await client.valuation.findMany({
    select: { currency: true, centsPerPoint: true, source: true, confidence: true, effectiveFrom: true },
    orderBy: { currency: "asc" },
  });
  return rows.map((r) => ({ ...r, effectiveFrom: r.effectiveFrom.toISOString().slice(0, 10) }));
}

/** The valuations from the cached award data (no database round trip per request). */
export async function getValuations(): Promise<StoredValuationRow[]> {
  return (await getAwardData()).valuations;
}

// Dated single figures (ReferenceValue: Kiva's minimum loan and repayment rate, the IHG
// valuation range) and dated exchange rates (ExchangeRate: USD -> JPY), each the newest
// row on or before a day, with its provenance. Both tables are small: each is read whole
// once into the in-memory reference data (lib/db/reference-data.ts) and looked up there.
import "server-only";
import type { Db } from "@/lib/db/connect";
import { referenceDataset } from "@/lib/db/reference-data";

export interface StoredFigure {
  value: number;
  effectiveFrom: string;
  source: string;
  confidence: string;
  /** YYYY-MM-DD, or null when never verified. */
  verifiedOn: string | null;
}

export interface StoredRate extends StoredFigure {
  base: string;
  quote: string;
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const storedDay = (date: string) => new Date(`${date}T00:00:00.000Z`).getTime();

function readValues(client: Db) {
  return client.referenceValue.findMany({
    orderBy: [{ key: "asc" }, { effectiveFrom: "desc" }],
    select: { key: true, value: true, effectiveFrom: true, source: true, confidence: true, verifiedOn: true },
  });
}

function readRates(client: Db) {
  return client.exchangeRate.findMany({
    orderBy: { asOf: "desc" },
    select: { base: true, quote: true, rate: true, asOf: true, source: true, confidence: true, verifiedOn: true },
  });
}

/** The figure stored under `key` in force on `date`, or null. */
export async function getReferenceValue(key: string, date: string, client?: Db): Promise<StoredFigure | null> {
  const day = storedDay(date);
  const row = (await referenceDataset("reference-values", readValues, client)).find((r) => r.key === key && r.effectiveFrom.getTime() <= day);
  return row
    ? { value: row.value, effectiveFrom: iso(row.effectiveFrom)!, source: row.source, confidence: row.confidence, verifiedOn: iso(row.verifiedOn) }
    : null;
}

/** The newest `base` -> `quote` rate dated on or before `date` (units of quote per base), or null. */
export async function getExchangeRate(base: string, quote: string, date: string, client?: Db): Promise<StoredRate | null> {
  const day = storedDay(date);
  const row = (await referenceDataset("exchange-rates", readRates, client)).find((r) => r.base === base && r.quote === quote && r.asOf.getTime() <= day);
  return row ? { base, quote, value: row.rate, effectiveFrom: iso(row.asOf)!, source: row.source, confidence: row.confidence, verifiedOn: iso(row.verifiedOn) } : null;
}

// Dated single figures (ReferenceValue: Kiva's minimum loan and repayment rate, the IHG
// valuation range) and dated exchange rates (ExchangeRate: USD -> JPY), each the newest
// row on or before a day, with its provenance.
import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";

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
const storedDay = (date: string) => new Date(`${date}T00:00:00.000Z`);

/** The figure stored under `key` in force on `date`, or null. */
export async function getReferenceValue(key: string, date: string, client: Db = db()): Promise<StoredFigure | null> {
  const row = await client.referenceValue.findFirst({
    where: { key, effectiveFrom: { lte: storedDay(date) } },
    orderBy: { effectiveFrom: "desc" },
    select: { value: true, effectiveFrom: true, source: true, confidence: true, verifiedOn: true },
  });
  return row ? { ...row, effectiveFrom: iso(row.effectiveFrom)!, verifiedOn: iso(row.verifiedOn) } : null;
}

/** The newest `base` -> `quote` rate dated on or before `date` (units of quote per base), or null. */
export async function getExchangeRate(base: string, quote: string, date: string, client: Db = db()): Promise<StoredRate | null> {
  const row = await client.exchangeRate.findFirst({
    where: { base, quote, asOf: { lte: storedDay(date) } },
    orderBy: { asOf: "desc" },
    select: { rate: true, asOf: true, source: true, confidence: true, verifiedOn: true },
  });
  return row ? { base, quote, value: row.rate, effectiveFrom: iso(row.asOf)!, source: row.source, confidence: row.confidence, verifiedOn: iso(row.verifiedOn) } : null;
}

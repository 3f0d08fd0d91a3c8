/**
 * Point valuations (US cents per point) that make prices in different
 * currencies comparable. Defaults are data (`Valuation` rows, facts §7:
 * Avios 1.5, airline miles 1.4, IHG 0.5); a request may override any of them.
 * Prices are never added across currencies: only their values are compared.
 */

export interface ValuationRow {
  currency: string;
  centsPerPoint: number;
  source?: string | null;
  confidence?: string | null;
  effectiveFrom?: string | Date | null;
}

export interface ValuationUsed {
  currency: string;
  centsPerPoint: number;
  /** "request" when the user's own value, else the stored row's source. */
  source: string;
  confidence: string | null;
  effectiveFrom: string | null;
  fromRequest: boolean;
}

/**
 * Valuations as exact integers: cents per point x 10,000. Costs are
 * price x units, so sums compare exactly (no floating-point ties broken
 * differently by the search and by a brute-force check).
 * Max: 10,000,000 points x 1,000,000 units x 16 tickets < 2^53.
 */
export const UNITS_PER_CENT = 10_000;

/** Named rounding: a valuation to 4 decimal places of a cent (finer values add nothing). */
export function valuationUnits(centsPerPoint: number): number {
  return Math.round(centsPerPoint * UNITS_PER_CENT);
}

/** Named rounding: a value in units to whole hundredths of a cent (display). */
export function unitsToCents(units: number): number {
  return Math.round(units / 100) / 100;
}

export interface Valuations {
  used: ValuationUsed[];
  /** currency -> units (cents per point x 10,000). */
  units: Map<string, number>;
}

function dayText(d: string | Date | null | undefined): string | null {
  if (!d) return null;
  return typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

/** Stored rows overlaid with the request's overrides (request wins; unknown currencies are added). */
export function resolveValuations(rows: readonly ValuationRow[], overrides: Readonly<Record<string, number>> = {}): Valuations {
  const used = new Map<string, ValuationUsed>();
  for (const r of rows) {
    if (!(r.centsPerPoint > 0)) continue;
    used.set(r.currency, { currency: r.currency, centsPerPoint: r.centsPerPoint, source: r.source ?? "", confidence: r.confidence ?? null, effectiveFrom: dayText(r.effectiveFrom), fromRequest: false });
  }
  for (const [currency, cents] of Object.entries(overrides)) {
    if (!(cents > 0)) continue;
    used.set(currency, { currency, centsPerPoint: cents, source: "request", confidence: null, effectiveFrom: null, fromRequest: true });
  }
  const list = [...used.values()];
  return { used: list, units: new Map(list.map((v) => [v.currency, valuationUnits(v.centsPerPoint)])) };
}

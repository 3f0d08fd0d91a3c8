// US cents to yen at a stored, dated USD -> JPY rate (Prisma ExchangeRate), for showing
// "is it worth it" figures in yen as well as in dollars. Pure.

/**
 * Yen for an amount in US cents at `usdJpy` yen per dollar, to 2 decimals (half up).
 * @example centsToYen(0.5, 157.5) // 0.79 (0.5 cents = 0.7875 yen)
 */
export function centsToYen(cents: number, usdJpy: number): number {
  if (!Number.isFinite(cents) || !Number.isFinite(usdJpy) || usdJpy <= 0) throw new RangeError("centsToYen needs finite cents and a positive rate");
  return Math.round(((cents / 100) * usdJpy + Number.EPSILON) * 100) / 100;
}

/** The cheapest cents per point a purchase rule allows: the lowest tier price with the biggest bonus. */
export function cheapestBoughtCents(tiers: readonly { centsPerPoint: number }[], bonusPercents: readonly number[]): number | null {
  if (tiers.length === 0) return null;
  const price = Math.min(...tiers.map((t) => t.centsPerPoint));
  const bonus = Math.max(0, ...bonusPercents);
  return Math.round((price / (1 + bonus / 100)) * 10_000) / 10_000;
}

// Named rounding rules for the card comparison.

/**
 * Floor for miles: programs drop fractions. Rounded to 6 decimals first so
 * that binary noise (3,000,000 x 0.014499999999999999) is not floored one
 * mile too low.
 */
export function floorMiles(x: number): number {
  return Math.floor(Math.round(x * 1e6) / 1e6);
}

/** Rounds to 2 decimals (half up) for percentages and yen per mile. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

// Named rounding rules for the Kiva simulation. Money is carried in integer
// US cents inside the simulation (Kiva and card statements settle in cents),
// and only converted to dollars for output.

/**
 * Floor for miles and whole yen: programs drop fractions. The value is first
 * rounded to 6 decimals so that binary noise such as 4726.999999999999
 * (from 30 * 157.58 * ...) is not floored one unit too low.
 */
export function floorUnits(x: number): number {
  return Math.floor(Math.round(x * 1e6) / 1e6);
}

/** Rounds a fractional cent amount to whole cents (half away from zero). */
export function roundCents(cents: number): number {
  return Math.sign(cents) * Math.round(Math.abs(cents));
}

/** Integer cents -> dollars (exact to the cent for display and JSON). */
export function centsToUsd(cents: number): number {
  return Math.round(cents) / 100;
}

/** Rounds to 2 decimals (half up) for ratios such as yen per mile. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

import type { AviosKind } from "./types";

export type YearlyCredit = "monthly" | "upfront";

/** How many of each kind to buy; counts[i] belongs to kinds[i]. */
export interface Mix {
  counts: number[];
  costCents: number;
  avios: number;
  periods: number;
}

/**
 * Monthly periods that still fit before the deadline after `m` monthly and `y`
 * yearly periods, given `slots` monthly payment dates (today, today + 1 month,
 * ... up to the deadline) and one subscription at a time. Negative: does not fit.
 * - upfront: a yearly period counts once paid, so the last year may start on
 *   the last slot (months first, then the years): room = slots - 12(y - 1) - 1 - m.
 * - monthly: a yearly period counts only by its 12th monthly credit: room = slots - 12y - m.
 */
export function monthlyRoom(m: number, y: number, slots: number, credit: YearlyCredit): number {
  if (y === 0 || credit === "monthly") return slots - 12 * y - m;
  return slots - 12 * (y - 1) - 1 - m;
}

/** Strict order on mixes: cheaper, then fewer payments, then more Avios. */
export function better(a: Mix, b: Mix | null): boolean {
  if (b === null) return true;
  if (a.costCents !== b.costCents) return a.costCents < b.costCents;
  if (a.periods !== b.periods) return a.periods < b.periods;
  return a.avios > b.avios;
}

/** The fewest periods of kind `index` alone that reach `target`, and whether they fit in time. */
export function singleKind(
  kinds: readonly AviosKind[],
  index: number,
  target: number,
  slots: number,
  credit: YearlyCredit,
): { mix: Mix; fits: boolean } {
  const kind = kinds[index];
  const n = Math.ceil(target / kind.avios);
  const yearly = kind.months === 12;
  const fits = monthlyRoom(yearly ? 0 : n, yearly ? n : 0, slots, credit) >= 0;
  const counts = kinds.map((_, i) => (i === index ? n : 0));
  return { mix: { counts, costCents: n * kind.usdCents, avios: n * kind.avios, periods: n }, fits };
}

/**
 * Exact cheapest mix of any kinds reaching `target` in time.
 * Depth-first over kinds, yearly kinds first (so the room for monthly periods
 * is known), each count from 0 up to what alone covers the remaining need
 * (more only adds cost); the last kind takes exactly what is still needed.
 * Cuts: a branch that cannot reach the target with the monthly room left, or
 * that cannot beat the best cost at the cheapest remaining price per Avios.
 */
export function cheapestMix(kinds: readonly AviosKind[], target: number, slots: number, credit: YearlyCredit): Mix | null {
  const order = kinds.map((_, i) => i).sort((a, b) => kinds[b].months - kinds[a].months || a - b);
  const n = order.length;
  // Suffix bounds over the search order.
  const maxMonthlyAvios = new Array<number>(n + 1).fill(0);
  const minPrice = new Array<number>(n + 1).fill(Infinity);
  for (let d = n - 1; d >= 0; d--) {
    const k = kinds[order[d]];
    maxMonthlyAvios[d] = Math.max(maxMonthlyAvios[d + 1], k.months === 1 ? k.avios : 0);
    minPrice[d] = Math.min(minPrice[d + 1], k.usdCents / k.avios);
  }
  const firstMonthly = order.findIndex((i) => kinds[i].months === 1);

  const counts = kinds.map(() => 0);
  let best: Mix | null = null;

  const visit = (depth: number, m: number, y: number, avios: number, costCents: number, periods: number): void => {
    const need = target - avios;
    if (need <= 0) {
      const mix: Mix = { counts: [...counts], costCents, avios, periods };
      if (better(mix, best)) best = mix;
      return;
    }
    if (depth === n) return;
    if (best && costCents + need * minPrice[depth] > best.costCents + 1e-9) return;
    const room = monthlyRoom(m, y, slots, credit);
    if (room < 0) return;
    if (depth >= firstMonthly && firstMonthly >= 0 && avios + room * maxMonthlyAvios[depth] < target) return;

    const i = order[depth];
    const kind = kinds[i];
    const enough = Math.ceil(need / kind.avios);
    const from = depth === n - 1 ? enough : 0;
    for (let c = from; c <= enough; c++) {
      const m2 = kind.months === 12 ? m : m + c;
      const y2 = kind.months === 12 ? y + c : y;
      if (monthlyRoom(m2, y2, slots, credit) < 0) break; // more of this kind fits even less
      counts[i] = c;
      visit(depth + 1, m2, y2, avios + c * kind.avios, costCents + c * kind.usdCents, periods + c);
    }
    counts[i] = 0;
  };

  visit(0, 0, 0, 0, 0, 0);
  return best;
}

/**
 * The cheapest split of the journey into tickets, by dynamic programming over
 * split points (exact because ticket costs are independent, see costs.ts):
 *
 *   best(i) = min over tickets t starting at i of  cost(t) + best(t.last + 1)
 *
 * computed from the end, so the best plan *from any segment* is known (the
 * "different first ticket" alternative needs that). A segment may be left off
 * every ticket only if it is a surface sector (travelled by land between two
 * tickets) or a flight no award covers (bought with money). Ties on cost go
 * to the plan with fewer tickets: one booking rather than two at the same cost.
 */
import type { Candidate, CostTable } from "./costs";

export interface Plan {
  tickets: Candidate[];
  /** Sum of the tickets' costs in units (cents x 10,000). */
  cost: number;
  /** Segments left off every ticket because no award covers them. */
  cash: number[];
}

export interface Solution {
  /** suffixCost[i]: cheapest cost of segments i..n-1 (Infinity if impossible). */
  suffixCost: number[];
  suffixCount: number[];
  /** The first ticket of the best plan from i (null: segment i is left off). */
  choice: (Candidate | null)[];
  accept: (c: Candidate) => boolean;
}

const all = () => true;

export function solve(table: CostTable, accept: (c: Candidate) => boolean = all): Solution {
  const { n, journey } = table;
  const cash = new Set(table.cash);
  const suffixCost = new Array<number>(n + 1).fill(Infinity);
  const suffixCount = new Array<number>(n + 1).fill(0);
  const choice = new Array<Candidate | null>(n + 1).fill(null);
  suffixCost[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    if (journey.segments[i].surface || cash.has(i)) {
      // No ticket starts here (a ticket starts with a flight; no ticket covers a cash flight).
      suffixCost[i] = suffixCost[i + 1];
      suffixCount[i] = suffixCount[i + 1];
      continue;
    }
    let bestCost = Infinity;
    let bestCount = 0;
    let best: Candidate | null = null;
    for (const c of table.byFirst[i]) {
      if (!accept(c)) continue;
      const rest = suffixCost[c.last + 1];
      if (rest === Infinity) continue;
      const cost = c.cost + rest;
      const count = 1 + suffixCount[c.last + 1];
      if (cost < bestCost || (cost === bestCost && count < bestCount)) {
        bestCost = cost;
        bestCount = count;
        best = c;
      }
    }
    suffixCost[i] = bestCost;
    suffixCount[i] = bestCount;
    choice[i] = best;
  }
  return { suffixCost, suffixCount, choice, accept };
}

/** The best plan from segment `from` (0: the whole journey), or null when none exists. */
export function planFrom(table: CostTable, sol: Solution, from = 0): Plan | null {
  if (sol.suffixCost[from] === Infinity) return null;
  const tickets: Candidate[] = [];
  const cashSet = new Set(table.cash);
  const cash: number[] = [];
  let i = from;
  while (i < table.n) {
    const c = sol.choice[i];
    if (c) {
      tickets.push(c);
      i = c.last + 1;
    } else {
      if (cashSet.has(i)) cash.push(i);
      i++;
    }
  }
  return { tickets, cost: sol.suffixCost[from], cash };
}

export function bestPlan(table: CostTable, accept?: (c: Candidate) => boolean): Plan | null {
  return planFrom(table, solve(table, accept));
}

/**
 * The best plan whose first ticket ends somewhere else than `plan`'s (a
 * meaningfully different way to start: e.g. one long ticket instead of two).
 */
export function bestWithOtherFirstTicket(table: CostTable, sol: Solution, plan: Plan): Plan | null {
  const first = plan.tickets[0];
  if (!first) return null;
  let best: Candidate | null = null;
  let bestCost = Infinity;
  let bestCount = Infinity;
  for (const c of table.byFirst[first.first]) {
    if (c.last === first.last || !sol.accept(c)) continue;
    const rest = sol.suffixCost[c.last + 1];
    if (rest === Infinity) continue;
    const cost = c.cost + rest;
    const count = 1 + sol.suffixCount[c.last + 1];
    if (cost < bestCost || (cost === bestCost && count < bestCount)) {
      best = c;
      bestCost = cost;
      bestCount = count;
    }
  }
  if (!best) return null;
  const rest = planFrom(table, sol, best.last + 1);
  if (!rest) return null;
  const before = plan.cash.filter((k) => k < first.first);
  return { tickets: [best, ...rest.tickets], cost: bestCost, cash: [...before, ...rest.cash] };
}

/** The cheapest single ticket covering the whole journey, if any. */
export function bestSingleTicket(table: CostTable): Plan | null {
  let best: Candidate | null = null;
  for (const c of table.byFirst[0] ?? []) {
    if (c.last !== table.n - 1) continue;
    if (!best || c.cost < best.cost) best = c;
  }
  return best ? { tickets: [best], cost: best.cost, cash: [] } : null;
}

/**
 * What a traveller would call "the same plan": the award each segment is
 * booked on, and the cost. Cutting one award's run into two tickets at the
 * same total (a per-segment chart sums the same either way) is not a
 * different plan.
 */
export function planShape(plan: Plan, n: number): string {
  const award = new Array<string>(n).fill("-");
  for (const t of plan.tickets) for (let k = t.first; k <= t.last; k++) award[k] = `${t.program}.${t.award}`;
  return `${award.join(",")}|${plan.cost}`;
}

/**
 * The cost of every ticket the journey could be split into: for each run of
 * consecutive segments first..last and each award type, the engine's price if
 * the run is a valid, priced ticket, and its value in units (cents x 10,000)
 * at the user's valuation. Tickets are quoted on their own segments, so their
 * costs are independent and the cheapest split is a shortest path (plan.ts).
 *
 * Only what can be valid is quoted (never changing the optimum; the property
 * tests compare with a search that quotes everything):
 *   - an award with no chart in force on the ticket's date can never be priced;
 *   - a currency without a valuation cannot be compared (reported, not guessed);
 *   - once a ticket from `first` breaks a rule that only gets worse as the
 *     ticket grows (a segment limit, a carrier the award cannot use...), no
 *     longer ticket from `first` is quoted for that award.
 */
import {
  AWARDS,
  breaksForLongerTickets,
  hasChartOn,
  openTicket,
  quickVerdict,
  quoteTicket,
  ticketDate,
  ticketRules,
  unpriceableFromHereOn,
  type AwardDef,
  type AwardType,
  type Journey,
  type ProgramCode,
} from "@/lib/calculators/awards";
import type { RuleSet } from "@/lib/calculators/awards/rules/ruleset";

export interface Candidate {
  first: number;
  last: number;
  program: ProgramCode;
  award: AwardType;
  price: number;
  currency: string;
  /** price x valuation units (cents per point x 10,000): exact integer. */
  cost: number;
}

export interface CostTable {
  journey: Journey;
  n: number;
  /** byFirst[i]: every valid, priced ticket starting at segment i (any end, any award). */
  byFirst: Candidate[][];
  /** Flights that no valid, priced ticket covers: they can only be bought with money. */
  cash: number[];
  /** Currencies of awards with a chart but no valuation (their tickets are left out). */
  unvalued: string[];
  /** Award checks run (a measure of the pruning). */
  quoted: number;
}

interface Live {
  program: ProgramCode;
  def: AwardDef;
  rules: RuleSet;
  currency: string;
  units: number;
}

export function buildCostTable(journey: Journey, units: ReadonlyMap<string, number>, opts: { prune?: boolean } = {}): CostTable {
  const prune = opts.prune !== false;
  const segs = journey.segments;
  const n = segs.length;
  const byFirst: Candidate[][] = Array.from({ length: n }, () => []);
  const covered = new Array<boolean>(n).fill(false);
  const unvalued = new Set<string>();
  let quoted = 0;
  for (let first = 0; first < n; first++) {
    if (segs[first].surface) continue;
    const { day } = ticketDate(journey, first);
    let live: Live[] = [];
    for (const program of journey.programs) {
      const currency = journey.p.programs.get(program)?.currency ?? program;
      for (const def of AWARDS[program]) {
        if (!hasChartOn(journey.p, program, def.award, day)) continue;
        const u = units.get(currency);
        if (u === undefined) {
          unvalued.add(currency);
          continue;
        }
        live.push({ program, def, rules: ticketRules(journey, first, program, def.award), currency, units: u });
      }
    }
    for (let last = first; last < n && live.length; last++) {
      if (segs[last].surface) continue; // a ticket ends with a flight
      const ctx = openTicket(journey, first, last);
      const next: Live[] = [];
      for (const a of live) {
        if (prune) {
          const verdict = quickVerdict(ctx, a.rules);
          if (verdict === "stop" || unpriceableFromHereOn(ctx, a.program, a.def, a.rules)) continue;
          if (verdict === "skip") {
            next.push(a);
            continue;
          }
        }
        const { quote } = quoteTicket(ctx, a.program, a.def, false, a.rules);
        quoted++;
        if (quote.valid && quote.price !== null) {
          byFirst[first].push({ first, last, program: a.program, award: a.def.award, price: quote.price, currency: a.currency, cost: quote.price * a.units });
          for (let k = first; k <= last; k++) covered[k] = true;
        }
        if (!(prune && !quote.valid && quote.violations.some((v) => breaksForLongerTickets(v.rule, a.rules)))) next.push(a);
      }
      live = next;
    }
  }
  const cash: number[] = [];
  for (let k = 0; k < n; k++) if (!segs[k].surface && !covered[k]) cash.push(k);
  return { journey, n, byFirst, cash, unvalued: [...unvalued], quoted };
}

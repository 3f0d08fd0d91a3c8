/**
 * One optimizer run: resolve the journey, cost every possible ticket, find the
 * best plan and the alternatives worth showing. `optimizeItinerary` turns a run
 * into the API response; `suggest` reads the same run.
 */
import { resolveJourney, type AwardData, type Journey, type PreparedAwardData, type ProgramCode, type QuoteRequestInput } from "@/lib/calculators/awards";
import { buildCostTable, type CostTable } from "./costs";
import { bestPlan, bestSingleTicket, bestWithOtherFirstTicket, planFrom, planShape, solve, type Plan } from "./plan";
import { TicketDetails } from "./tickets";
import { resolveValuations, type ValuationRow, type Valuations } from "./valuations";

export type OptimizeInput = QuoteRequestInput & { valuations?: Record<string, number> };

export type AlternativeKind = "singleProgram" | "singleTicket" | "otherFirstTicket";

export interface Alternative {
  kind: AlternativeKind;
  program: ProgramCode | null;
  plan: Plan;
}

export interface OptimizeRun {
  request: OptimizeInput;
  journey: Journey;
  table: CostTable;
  valuations: Valuations;
  best: Plan | null;
  alternatives: Alternative[];
  details: TicketDetails;
}

/** At most this many alternatives (the brief: "a few meaningfully different" plans). */
export const MAX_ALTERNATIVES = 5;

const KIND_ORDER: Record<AlternativeKind, number> = { singleProgram: 0, singleTicket: 1, otherFirstTicket: 2 };

/** Throws `ItineraryError` for an itinerary `validateItinerary` rejects. */
export function runOptimizer(request: OptimizeInput, data: AwardData | PreparedAwardData, valuationRows: readonly ValuationRow[]): OptimizeRun {
  const valuations = resolveValuations(valuationRows, request.valuations);
  const journey = resolveJourney(request, data);
  const table = buildCostTable(journey, valuations.units);
  const sol = solve(table);
  const best = planFrom(table, sol);
  return { request, journey, table, valuations, best, alternatives: best ? alternativesTo(best, table, sol) : [], details: new TicketDetails(journey) };
}

function alternativesTo(best: Plan, table: CostTable, sol: ReturnType<typeof solve>): Alternative[] {
  const found: Alternative[] = [];
  for (const program of table.journey.programs) {
    const plan = bestPlan(table, (c) => c.program === program);
    if (plan) found.push({ kind: "singleProgram", program, plan });
  }
  const single = bestSingleTicket(table);
  if (single) found.push({ kind: "singleTicket", program: null, plan: single });
  const other = bestWithOtherFirstTicket(table, sol, best);
  if (other) found.push({ kind: "otherFirstTicket", program: null, plan: other });
  // Cheapest first; the same plan found twice (or the best plan merely cut differently) is shown once.
  found.sort((a, b) => a.plan.cost - b.plan.cost || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const n = table.n;
  const seen = new Set([planShape(best, n)]);
  const out: Alternative[] = [];
  for (const a of found) {
    const key = planShape(a.plan, n);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
    if (out.length === MAX_ALTERNATIVES) break;
  }
  return out;
}

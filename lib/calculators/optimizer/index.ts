/**
 * Award optimizer: the cheapest way to book a whole journey as consecutive
 * award tickets, each valid under its own program's rules, ranked through the
 * user's point valuations (prices in different currencies are never added).
 * Pure: charts, rules and valuations come in as data. Built on the award
 * engine (`@/lib/calculators/awards`), which quotes each ticket.
 *
 * @example
 * ```ts
 * import { optimizeItinerary } from "@/lib/calculators/optimizer";
 * const result = optimizeItinerary(
 *   { segments, valuations: { "JAL miles": 2.0 } }, // ZOptimizeRequest
 *   awardData,                                      // as for quoteItinerary
 *   storedValuations,                               // Valuation rows (Avios 1.5, JAL miles 1.4...)
 * );
 * result.tickets;      // [{ segments: [0, 1, 2], program: "BA", award: "perSegment", price: 40500, currency: "Avios", ... }]
 * result.total;        // [{ currency: "Avios", price: 40500 }]
 * result.totalCents;   // 60750 (40,500 x 1.5¢)
 * result.alternatives; // e.g. the best plan with JAL only, the best single ticket
 * result.suggestions;  // e.g. { code: "stopover.free", en: "Ticket 1 (...): the 3 h connection at HEL could be a stopover ..." }
 * ```
 */
import type { AwardData, MessageParams, PreparedAwardData } from "@/lib/calculators/awards";
import { renderCoded } from "@/lib/i18n/award-messages";
import { runOptimizer, type OptimizeInput, type OptimizeRun } from "./run";
import type { TOptimizeResponse } from "./schema";
import { suggest } from "./suggest";
import { planOut, unitsToUsd } from "./tickets";
import { unitsToCents, type ValuationRow } from "./valuations";

export { runOptimizer, MAX_ALTERNATIVES } from "./run";
export type { OptimizeInput, OptimizeRun, Alternative, AlternativeKind } from "./run";
export { suggest } from "./suggest";
export { resolveValuations, valuationUnits, UNITS_PER_CENT } from "./valuations";
export type { ValuationRow, ValuationUsed, Valuations } from "./valuations";
export { buildCostTable } from "./costs";
export type { Candidate, CostTable } from "./costs";
export { bestPlan, solve, planFrom } from "./plan";
export type { Plan } from "./plan";
export * from "./schema";

/** An optimizer warning: its code, and its words in both languages from messages/{en,ja}/award-rules.json. */
function optimizeWarning(code: string, params: MessageParams = {}): TOptimizeResponse["warnings"][number] {
  return { code, en: renderCoded({ code, params }, "en"), ja: renderCoded({ code, params }, "ja") };
}

/** The API response of one run (suggestions included unless `suggestions: false`). */
export function optimizeResponse(run: OptimizeRun, opts: { suggestions?: boolean } = {}): TOptimizeResponse {
  const best = planOut(run.best, run.details);
  const warnings: TOptimizeResponse["warnings"] = [];
  for (const currency of run.table.unvalued) {
    const program = [...run.journey.p.programs.values()].find((p) => p.currency === currency)?.code ?? currency;
    warnings.push(optimizeWarning("optimize.noValuation", { currency: { program, name: currency } }));
  }
  // An estimate is ranked by its middle: say so when one is part of the chosen plan.
  if (best.tickets.some((t) => t.priceKind === "estimate")) {
    warnings.push(optimizeWarning("optimize.estimateDecides"));
  }
  if (!run.best || !run.best.tickets.length) {
    // No plan at all, or every flight is one no award covers (the plan is "buy everything").
    warnings.push(optimizeWarning("optimize.noPlan"));
  }
  return {
    asOf: run.journey.asOf,
    segments: run.journey.segments.map((s) => ({ index: s.index, from: s.from.iata, to: s.to.iata, carrier: s.carrier?.code ?? null, cabin: s.surface ? null : s.cabin, departs: s.departs, arrives: s.arrives, surface: s.surface, distanceMiles: s.distanceMiles })),
    ...best,
    alternatives: run.alternatives.map((a) => ({
      kind: a.kind,
      program: a.program,
      ...planOut(a.plan, run.details),
      extraCents: unitsToCents(a.plan.cost - (run.best?.cost ?? 0)),
    })),
    suggestions: opts.suggestions === false ? [] : suggest(run),
    valuations: run.valuations.used,
    warnings,
    stats: { awardChecks: run.table.quoted },
  };
}

/**
 * The best plan, alternatives and suggestions for `request` (already parsed by
 * ZOptimizeRequest). Throws `ItineraryError` where `validateItinerary` reports
 * issues (unknown airport, arrival before departure...).
 */
export function optimizeItinerary(request: OptimizeInput, data: AwardData | PreparedAwardData, valuations: readonly ValuationRow[], opts: { suggestions?: boolean } = {}): TOptimizeResponse {
  return optimizeResponse(runOptimizer(request, data, valuations), opts);
}

export { unitsToUsd };

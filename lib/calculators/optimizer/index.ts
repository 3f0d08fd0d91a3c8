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
import type { AwardData, PreparedAwardData } from "@/lib/calculators/awards";
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

/** The API response of one run (suggestions included unless `suggestions: false`). */
export function optimizeResponse(run: OptimizeRun, opts: { suggestions?: boolean } = {}): TOptimizeResponse {
  const best = planOut(run.best, run.details);
  const warnings: TOptimizeResponse["warnings"] = [];
  for (const currency of run.table.unvalued) {
    warnings.push({ code: "optimize.noValuation", en: `No valuation is stored or given for ${currency}, so its awards are left out; give one in "valuations".`, ja: `${currency}の評価額が登録も指定もされていないため、その特典は比較から外しています。"valuations"で指定してください。` });
  }
  // An estimate is ranked by its middle: say so when one is part of the chosen plan.
  if (best.tickets.some((t) => t.priceKind === "estimate")) {
    warnings.push({
      code: "optimize.estimateDecides",
      en: "The plan includes an estimated price (no published figure); it is ranked by the middle of its range, so the real cheapest plan may differ.",
      ja: "この組み合わせには推定値(公表値なし)が含まれます。推定範囲の中央値で比較しているため、実際の最安の組み合わせは異なる場合があります。",
    });
  }
  if (!run.best || !run.best.tickets.length) {
    // No plan at all, or every flight is one no award covers (the plan is "buy everything").
    warnings.push({ code: "optimize.noPlan", en: "No combination of valid, priced award tickets covers this journey.", ja: "この旅程全体をカバーできる有効な(必要マイル数が分かる)特典航空券の組み合わせがありません。" });
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

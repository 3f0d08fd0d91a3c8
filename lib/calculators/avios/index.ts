/**
 * British Airways Avios subscriptions (facts §4, seed 8): price per Avios,
 * verdicts against your value of an Avios, the cheapest way to collect a
 * target by a date, and plot series. Pure: plans come in as data.
 *
 * @example
 * import { aviosSubscriptions, cheapestAviosPlan, ZAviosCollectRequest } from "@/lib/calculators/avios";
 * aviosSubscriptions(plans, { valueCentsPerAvios: 1.5 }).plans[0]
 * // { name: "Voyager", monthlyUsd: 29, yearlyUsd: 315, centsPerAviosMonthly: 1.7397, centsPerAviosYearly: 1.575,
 * //   verdict: { monthly: { verdict: "skip", ... }, yearly: { verdict: "skip", ... } }, ... }
 *
 * @example
 * cheapestAviosPlan(plans, ZAviosCollectRequest.parse({ targetAvios: 20000, deadline: "2025-01-01" }), "2024-01-01").best
 * // { parts: [{ plan: "Voyager", billing: "yearly", count: 1 }], costUsd: 315, reachedOn: "2024-12-01", ... }
 */
export { aviosSubscriptions, centsPerAvios } from "./plans";
export { cheapestAviosPlan, monthsAvailable, MAX_MONTHS } from "./collect";
export { aviosCostSeries } from "./series";
export { aviosPlanFromRow, aviosPlansOn } from "./from-rows";
export type { AviosPlanRow } from "./from-rows";
export * from "./schema";
export * from "./types";

import type { TAviosSeries, TAviosSeriesRequest } from "./schema";
import { aviosKinds, type AviosPlanData } from "./types";

/**
 * Plot series: cost (USD) against Avios collected, one line per plan and
 * billing, one point per paid period until `maxAvios` is reached.
 */
export function aviosCostSeries(plans: readonly AviosPlanData[], req: TAviosSeriesRequest): TAviosSeries[] {
  return aviosKinds(plans).map((k) => {
    const periods = Math.max(1, Math.ceil(req.maxAvios / k.avios));
    return {
      plan: k.plan,
      billing: k.billing,
      points: Array.from({ length: Math.min(periods, 1000) }, (_, i) => ({
        periods: i + 1,
        avios: (i + 1) * k.avios,
        costUsd: ((i + 1) * k.usdCents) / 100,
      })),
    };
  });
}

import type { TAviosPlanResponse } from "@/lib/calculators/avios";

/** POST /api/v1/avios/plan's answer: the cheapest way plus the plot's series. */
export type AviosPlanResponse = TAviosPlanResponse;

export interface ValuationInfo {
  centsPerPoint: number;
  stored: { source: string; effectiveFrom: string; confidence: string } | null;
}

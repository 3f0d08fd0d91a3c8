/**
 * Plain-data inputs of the conversion calculator. They come from the database
 * (`ConversionRoute`, `Campaign` rows via `from-rows.ts`) or the seed file; the
 * calculator holds no rate, campaign or delay of its own.
 */

/** A user-facing text in both languages with a stable machine code. */
export interface Message {
  code: string;
  en: string;
  ja: string;
}

export type Confidence = "H" | "M" | "L";

/** One points-to-miles route, e.g. Ponta -> JAL: 2 points per unit, 1 mile per unit. */
export interface ConversionRouteData {
  code: string;
  name: string;
  nameJa: string;
  pointsName: string;
  /** Points exchanged per unit; exchanges happen in whole units only. */
  pointsPerUnit: number;
  /** Base miles credited per unit. */
  milesPerUnit: number;
  /** Days after the exchange date before the base miles reach the account (earliest, latest). */
  baseCreditMinDays: number;
  baseCreditMaxDays: number;
  source: string;
  confidence: string;
  effectiveFrom: string;
}

/** A rate-up campaign on one route, covering startDate..endDate inclusive (dates in Japan). */
export interface CampaignData {
  code: string;
  route: string;
  name: string;
  nameJa: string;
  startDate: string;
  endDate: string;
  /** "percent": bonus = floor(base miles x bonusValue / 100); "perUnit": bonus = units x bonusValue. */
  bonusKind: "percent" | "perUnit";
  bonusValue: number;
  entryRequired: boolean;
  eligibility: string;
  eligibilityJa: string;
  source: string;
  confidence: string;
  /** When the bonus miles are credited, if the campaign published it; null/absent = unknown. */
  bonusCreditDate?: string | null;
}

export interface ConversionData {
  routes: readonly ConversionRouteData[];
  campaigns: readonly CampaignData[];
}

export class UnknownRouteError extends Error {
  constructor(readonly route: string) {
    super(`Unknown conversion route: ${route}`);
    this.name = "UnknownRouteError";
  }
}

import { toIsoDate } from "./dates";
import type { CampaignData, ConversionRouteData } from "./types";

type DateLike = Date | string;

/** A `ConversionRoute` row as Prisma returns it (dates as Date) or as seeded (dates as YYYY-MM-DD). */
export interface ConversionRouteRow {
  code: string;
  name: string;
  nameJa: string;
  pointsName: string;
  pointsPerUnit: number;
  milesPerUnit: number;
  baseCreditMinDays: number;
  baseCreditMaxDays: number;
  source: string;
  confidence: string;
  effectiveFrom: DateLike;
}

/** A `Campaign` row; endDate is the last day of the campaign (inclusive). */
export interface CampaignRow {
  code: string;
  route: string;
  name: string;
  nameJa: string;
  startDate: DateLike;
  endDate: DateLike;
  bonusKind: string;
  bonusValue: number;
  entryRequired: boolean;
  eligibility: string;
  eligibilityJa: string;
  source: string;
  confidence: string;
}

export function conversionRouteFromRow(row: ConversionRouteRow): ConversionRouteData {
  // Admin-edited rows: refuse values that would make the arithmetic meaningless.
  if (!(row.pointsPerUnit > 0 && row.milesPerUnit > 0)) throw new RangeError(`ConversionRoute ${row.code}: units must be positive.`);
  if (!(0 <= row.baseCreditMinDays && row.baseCreditMinDays <= row.baseCreditMaxDays)) {
    throw new RangeError(`ConversionRoute ${row.code}: baseCreditMinDays must be 0..baseCreditMaxDays.`);
  }
  return { ...row, effectiveFrom: toIsoDate(row.effectiveFrom) };
}

export function campaignFromRow(row: CampaignRow): CampaignData {
  if (row.bonusKind !== "percent" && row.bonusKind !== "perUnit") {
    throw new RangeError(`Campaign ${row.code}: unknown bonusKind "${row.bonusKind}"`);
  }
  const startDate = toIsoDate(row.startDate);
  const endDate = toIsoDate(row.endDate);
  if (endDate < startDate) throw new RangeError(`Campaign ${row.code}: endDate is before startDate.`);
  if (!(row.bonusValue >= 0)) throw new RangeError(`Campaign ${row.code}: bonusValue cannot be negative.`);
  return {
    ...row,
    bonusKind: row.bonusKind,
    startDate,
    endDate,
    // The Campaign model has no bonus credit date: none of the source posts gives one.
    bonusCreditDate: null,
  };
}

export function conversionDataFromRows(rows: {
  routes: readonly ConversionRouteRow[];
  campaigns: readonly CampaignRow[];
}) {
  return { routes: rows.routes.map(conversionRouteFromRow), campaigns: rows.campaigns.map(campaignFromRow) };
}

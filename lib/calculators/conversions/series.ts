import { campaignBonusMiles } from "./campaign";
import type { TConversionSeriesPoint } from "./schema";
import type { CampaignData, ConversionRouteData } from "./types";

/** Samples in a plot series: enough for the unit steps of small amounts to show, small enough for a response. */
export const SERIES_SAMPLES = 48;

/**
 * Plot series: miles received against points exchanged, from 0 to twice the
 * user's points (at least 10 units), on whole units. `milesWithCampaign` is what
 * the campaign covering the date gives when it applies (null when none covers it),
 * so a plot can show what the campaign adds whether or not this user gets it.
 */
export function conversionSeries(
  route: ConversionRouteData,
  campaign: CampaignData | null,
  points: number,
): TConversionSeriesPoint[] {
  const maxUnits = Math.max(10, Math.floor((2 * points) / route.pointsPerUnit));
  const step = Math.max(1, Math.ceil(maxUnits / SERIES_SAMPLES));
  const series: TConversionSeriesPoint[] = [];
  for (let units = 0; ; units = Math.min(units + step, maxUnits)) {
    const baseMiles = units * route.milesPerUnit;
    series.push({
      points: units * route.pointsPerUnit,
      baseMiles,
      milesWithCampaign: campaign ? baseMiles + campaignBonusMiles(campaign, route, units) : null,
    });
    if (units === maxUnits) break;
  }
  return series;
}

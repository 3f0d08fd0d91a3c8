import { campaignApplicability, campaignBonusMiles, campaignOutcome, campaignsCovering, pickCampaign } from "./campaign";
import { findRoute, rateOf } from "./quote";
import type { TExchangeOption, TPointsForMilesRequest, TPointsForMilesResponse } from "./schema";
import type { CampaignData, ConversionData, ConversionRouteData } from "./types";

function option(route: ConversionRouteData, campaign: CampaignData | null, units: number): TExchangeOption {
  const baseMiles = units * route.milesPerUnit;
  const bonusMiles = campaign ? campaignBonusMiles(campaign, route, units) : 0;
  return { points: units * route.pointsPerUnit, units, baseMiles, bonusMiles, totalMiles: baseMiles + bonusMiles };
}

/**
 * Fewest units whose total miles reach `miles`. Total miles never fall when
 * units grow (base is linear, the bonus is a floor of a non-negative multiple),
 * so a binary search between 0 and the no-bonus answer is exact.
 */
function fewestUnits(route: ConversionRouteData, campaign: CampaignData | null, miles: number): number {
  let lo = 0;
  let hi = Math.ceil(miles / route.milesPerUnit); // enough even without a bonus
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (option(route, campaign, mid).totalMiles >= miles) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Reverse mode: the fewest points that give at least `miles`, without and
 * with the campaign covering the date. `pointsNeeded` is the answer for this
 * user (the campaign counts only with the entry it needs and when eligible).
 */
export function pointsForMiles(
  request: TPointsForMilesRequest,
  data: ConversionData,
  today: string,
): TPointsForMilesResponse {
  const route = findRoute(data, request.route);
  const date = request.date ?? today;
  const covering = campaignsCovering(data.campaigns, route.code, date);

  const withoutCampaign = option(route, null, fewestUnits(route, null, request.miles));

  // Best campaign assuming the user entered and is eligible: the "what it could be" figure.
  const best = pickCampaign(covering, route, withoutCampaign.units, { campaignEntry: true, eligible: true });
  const withCampaign = best ? option(route, best.campaign, fewestUnits(route, best.campaign, request.miles)) : null;

  const applicability = best ? campaignApplicability(best.campaign, request) : null;
  const pointsNeeded = withCampaign && applicability?.applies ? withCampaign.points : withoutCampaign.points;

  return {
    route: route.code,
    date,
    miles: request.miles,
    pointsNeeded,
    withoutCampaign,
    withCampaign,
    rate: rateOf(route),
    campaign: best && applicability ? campaignOutcome(best.campaign, applicability) : null,
  };
}

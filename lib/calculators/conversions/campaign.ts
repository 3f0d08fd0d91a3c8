import type { TCampaignOutcome } from "./schema";
import type { CampaignData, ConversionRouteData, Message } from "./types";

/** Campaigns of `route` whose inclusive period covers `date` (string compare is date order for YYYY-MM-DD). */
export function campaignsCovering(campaigns: readonly CampaignData[], route: string, date: string): CampaignData[] {
  return campaigns
    .filter((c) => c.route === route && c.startDate <= date && date <= c.endDate)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.code.localeCompare(b.code));
}

/**
 * Bonus miles a campaign adds to `units` exchanged units.
 * - percent: floor(base miles x percent / 100): seed 1 says fractions of a mile are dropped.
 * - perUnit: units x bonus per unit (seed 2: +100 miles per 200-point unit); floored in case of a fractional value.
 */
export function campaignBonusMiles(campaign: CampaignData, route: ConversionRouteData, units: number): number {
  const baseMiles = units * route.milesPerUnit;
  if (campaign.bonusKind === "percent") return Math.floor((baseMiles * campaign.bonusValue) / 100);
  return Math.floor(units * campaign.bonusValue);
}

export interface Applicability {
  applies: boolean;
  reason: Message | null;
}

/** Whether the campaign applies to this user: eligibility first (it cannot be fixed), then the entry. */
export function campaignApplicability(
  campaign: CampaignData,
  user: { campaignEntry: boolean; eligible: boolean },
): Applicability {
  if (!user.eligible) {
    return {
      applies: false,
      reason: {
        code: "campaign.notEligible",
        en: `Not eligible for this campaign, so no bonus miles. Conditions: ${campaign.eligibility}`,
        ja: `このキャンペーンの対象外のため、ボーナスマイルは付きません。対象条件：${campaign.eligibilityJa}`,
      },
    };
  }
  if (campaign.entryRequired && !user.campaignEntry) {
    return {
      applies: false,
      reason: {
        code: "campaign.noEntry",
        en: "This campaign requires an entry (registration); without it no bonus miles are given.",
        ja: "このキャンペーンはエントリーが必要です。エントリーしないとボーナスマイルは付きません。",
      },
    };
  }
  return { applies: true, reason: null };
}

export const NOTHING_EXCHANGED: Message = {
  code: "campaign.nothingExchanged",
  en: "No points are exchanged, so the campaign adds nothing.",
  ja: "交換されるポイントがないため、キャンペーンのボーナスはありません。",
};

/** The campaign as reported in a response. */
export function campaignOutcome(campaign: CampaignData, applicability: Applicability): TCampaignOutcome {
  return {
    code: campaign.code,
    name: campaign.name,
    nameJa: campaign.nameJa,
    start: campaign.startDate,
    end: campaign.endDate,
    bonusKind: campaign.bonusKind,
    bonusValue: campaign.bonusValue,
    entryRequired: campaign.entryRequired,
    eligibility: { en: campaign.eligibility, ja: campaign.eligibilityJa },
    applied: applicability.applies,
    reason: applicability.reason,
    source: campaign.source,
    effectiveFrom: campaign.startDate,
    confidence: campaign.confidence,
  };
}

/**
 * Of the campaigns covering the date, the one that gives this user the most
 * bonus miles (ties: earliest start, then code), or the first one when none applies.
 */
export function pickCampaign(
  covering: readonly CampaignData[],
  route: ConversionRouteData,
  units: number,
  user: { campaignEntry: boolean; eligible: boolean },
): { campaign: CampaignData; applicability: Applicability } | null {
  let best: { campaign: CampaignData; applicability: Applicability; bonus: number } | null = null;
  for (const campaign of covering) {
    const applicability = campaignApplicability(campaign, user);
    const bonus = applicability.applies ? campaignBonusMiles(campaign, route, units) : -1;
    const better =
      best === null ||
      (applicability.applies && !best.applicability.applies) ||
      (applicability.applies === best.applicability.applies && bonus > best.bonus);
    if (better) best = { campaign, applicability, bonus };
  }
  return best && { campaign: best.campaign, applicability: best.applicability };
}

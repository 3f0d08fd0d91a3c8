import { addDays } from "./dates";
import { conversionSeries } from "./series";
import { NOTHING_EXCHANGED, campaignBonusMiles, campaignOutcome, campaignsCovering, pickCampaign } from "./campaign";
import type { TConversionQuoteRequest, TConversionQuoteResponse, TConversionRate } from "./schema";
import { UnknownRouteError, type CampaignData, type ConversionData, type ConversionRouteData, type Message } from "./types";

export function findRoute(data: ConversionData, code: string): ConversionRouteData {
  const route = data.routes.find((r) => r.code === code);
  if (!route) throw new UnknownRouteError(code);
  return route;
}

const leftText = (left: number) => (left === 1 ? "1 point stays" : `${left} points stay`);
const fewerText = (points: number) => (points === 1 ? "1 point is" : `${points} points are`);

/** The rate a quote used, with its provenance. */
export function rateOf(route: ConversionRouteData): TConversionRate {
  return {
    code: route.code,
    name: route.name,
    nameJa: route.nameJa,
    pointsName: route.pointsName,
    pointsPerUnit: route.pointsPerUnit,
    milesPerUnit: route.milesPerUnit,
    source: route.source,
    effectiveFrom: route.effectiveFrom,
    confidence: route.confidence,
  };
}

/** Whole units in `points`: exchanges happen only in whole units, the rest stays as points. */
export function unitsFor(route: ConversionRouteData, points: number): number {
  return Math.floor(points / route.pointsPerUnit);
}

function baseCreditNote(route: ConversionRouteData): Message {
  const min = route.baseCreditMinDays;
  const max = route.baseCreditMaxDays;
  const en = min === max ? `about ${min} days` : `${min} to ${max} days`;
  const ja = min === max ? `約${min}日` : `${min}〜${max}日`;
  return {
    code: "credit.base",
    en: `Base miles reach your JAL Mileage Bank account ${en} after the exchange.`,
    ja: `通常マイルは交換手続きから${ja}後に口座に反映されます。`,
  };
}

function bonusCreditNote(campaign: CampaignData): Message {
  if (campaign.bonusCreditDate) {
    return {
      code: "credit.bonusDate",
      en: `Bonus miles are credited separately from the base miles, on ${campaign.bonusCreditDate}.`,
      ja: `ボーナスマイルは通常マイルとは別に${campaign.bonusCreditDate}に積算されます。`,
    };
  }
  return {
    code: "credit.bonusUnknown",
    en: "Bonus miles are credited separately from the base miles; the campaign published no credit date.",
    ja: "ボーナスマイルは通常マイルとは別に積算されます。積算日はキャンペーンで公表されていません。",
  };
}

/**
 * Quote one exchange (request already parsed by `ZConversionQuoteRequest`).
 * `today` is the date in Japan used when the request has no `date`
 * (see `todayInJapan`).
 */
export function quoteConversion(
  request: TConversionQuoteRequest,
  data: ConversionData,
  today: string,
): TConversionQuoteResponse {
  const route = findRoute(data, request.route);
  const date = request.date ?? today;
  const units = unitsFor(route, request.points);
  const pointsUsed = units * route.pointsPerUnit;
  const baseMiles = units * route.milesPerUnit;
  const notes: Message[] = [];

  const picked = pickCampaign(campaignsCovering(data.campaigns, route.code, date), route, units, request);
  let bonusMiles = 0;
  let campaign: TConversionQuoteResponse["campaign"] = null;
  if (picked) {
    const applies = picked.applicability.applies && units > 0;
    const applicability = units > 0 ? picked.applicability : { applies: false, reason: NOTHING_EXCHANGED };
    if (applies) bonusMiles = campaignBonusMiles(picked.campaign, route, units);
    campaign = campaignOutcome(picked.campaign, applicability);
    if (applies && bonusMiles === 0) {
      notes.push({
        code: "campaign.bonusRoundedToZero",
        en: "The bonus is less than one mile and fractions of a mile are dropped, so no bonus miles.",
        ja: "ボーナスが1マイル未満のため、切り捨てでボーナスマイルはありません。",
      });
    }
  }

  if (units === 0) {
    notes.push({
      code: "conversion.belowUnit",
      en: `${fewerText(request.points)} fewer than one exchange unit (${route.pointsPerUnit} points); nothing is exchanged.`,
      ja: `${request.points}ポイントは交換単位（${route.pointsPerUnit}ポイント）に満たないため、交換されません。`,
    });
  } else if (request.points > pointsUsed) {
    notes.push({
      code: "conversion.pointsLeft",
      en: `Exchanges are in ${route.pointsPerUnit}-point units: ${leftText(request.points - pointsUsed)} unexchanged.`,
      ja: `交換は${route.pointsPerUnit}ポイント単位のため、${request.points - pointsUsed}ポイントは交換されずに残ります。`,
    });
  }

  return {
    route: route.code,
    date,
    units,
    pointsUsed,
    pointsLeft: request.points - pointsUsed,
    baseMiles,
    bonusMiles,
    totalMiles: baseMiles + bonusMiles,
    rate: rateOf(route),
    campaign,
    credit: {
      base: {
        earliest: units > 0 ? addDays(date, route.baseCreditMinDays) : null,
        latest: units > 0 ? addDays(date, route.baseCreditMaxDays) : null,
        note: baseCreditNote(route),
      },
      bonus:
        picked && bonusMiles > 0
          ? { date: picked.campaign.bonusCreditDate ?? null, note: bonusCreditNote(picked.campaign) }
          : null,
    },
    notes,
    series: conversionSeries(route, picked?.campaign ?? null, request.points),
  };
}

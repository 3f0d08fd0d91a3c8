import * as m from "./messages";
import { bonusThreshold, centsToUsd, fullBonusPercent, pricePurchase, round4, tierFor } from "./pricing";
import { ihgRuleIssues, type TIhgBuyPointsRequest, type TIhgBuyPointsResponse } from "./schema";
import type { IhgPurchaseRuleData, Message } from "./types";

/**
 * Decide on one IHG points purchase (request parsed by `ZIhgBuyPointsRequest`).
 *
 * - Price: `centsPerPoint` or the tier of the whole quantity; cost rounded to cents.
 * - Bonus: needs the stored minimum purchase for that bonus (100% -> 11,000, seed 6).
 * - Annual cap: counts purchased points only, never bonus points (IHG's limit is
 *   on points bought; facts §3: "members may buy up to 150,000 points a year").
 * - Verdict: "buy" only when the rule of thumb (if on) is met, the cap holds and
 *   a planned stay is worth more than the price paid per point; else "skip" (exactly
 *   at breakeven buying saves nothing, so it is "skip" with its own reason).
 */
export function buyPoints(request: TIhgBuyPointsRequest, rule: IhgPurchaseRuleData): TIhgBuyPointsResponse {
  const issues = ihgRuleIssues(rule, request);
  if (issues.length > 0) throw new RangeError(issues.map((i) => i.message).join(" "));

  const p = pricePurchase(rule, request.points, request.bonusPercent, request.centsPerPoint);
  const warnings: Message[] = [];

  const cap = request.annualCap ?? rule.annualCap;
  const after = request.purchasedThisYear + request.points;
  const withinAnnualCap = after <= cap;
  if (!withinAnnualCap) warnings.push(m.capExceeded(after, cap, Math.max(0, cap - request.purchasedThisYear)));
  if (cap > rule.annualCap) warnings.push(m.capRaised(cap, rule.annualCap));

  const threshold = bonusThreshold(rule, request.bonusPercent);
  if (request.bonusPercent > 0 && !threshold.stored) warnings.push(m.thresholdUnknown(request.bonusPercent));
  if (request.bonusPercent > 0 && !p.bonusApplied) {
    warnings.push(m.belowThreshold(request.bonusPercent, pricePurchase(rule, threshold.minPoints, request.bonusPercent, request.centsPerPoint)));
  }

  let stay: TIhgBuyPointsResponse["stay"] = null;
  let stayWorth: boolean | null = null;
  if (request.stay) {
    const { cashUsd, awardPoints } = request.stay;
    // Exact comparison on unrounded figures: cash per point >= cost per point received.
    stayWorth = cashUsd * 100 * p.totalPoints >= awardPoints * p.costCents;
    // Exactly at breakeven buying saves nothing: api.md's worthIt ("at least breakeven")
    // stays true, but the verdict must not say "buy" for a purchase that gains nothing.
    const breakEven = cashUsd * 100 * p.totalPoints === awardPoints * p.costCents;
    stay = {
      valueCentsPerPoint: round4((cashUsd * 100) / awardPoints),
      breakevenCashUsd: centsToUsd(Math.round((awardPoints * p.costCents) / p.totalPoints)),
      worthIt: stayWorth,
      breakEven,
    };
    if (awardPoints > p.totalPoints) warnings.push(m.stayNotCovered(awardPoints, p.totalPoints));
  }

  const full = fullBonusPercent(rule);
  const gotPercent = p.bonusApplied ? request.bonusPercent : 0;
  const against: Message[] = [];
  const inFavour: Message[] = [];
  if (request.rules.onlyFullBonus) {
    if (gotPercent < full) against.push(m.onlyFullBonus(full, gotPercent));
    else inFavour.push(m.fullBonusMet(full));
  }
  if (!withinAnnualCap) against.push(m.capReason(cap));
  if (stay === null) against.push(m.noStay);
  else if (stay.breakEven) against.push(m.stayBreakEven(stay.valueCentsPerPoint));
  else if (stayWorth) {
    inFavour.push(m.stayWorthIt(stay.valueCentsPerPoint, p.effectiveCentsPerPoint, round2(request.stay!.cashUsd - stay.breakevenCashUsd)));
  } else {
    against.push(m.stayNotWorthIt(stay.valueCentsPerPoint, p.effectiveCentsPerPoint, stay.breakevenCashUsd));
  }

  const verdict = against.length === 0 ? "buy" : "skip";
  return {
    bonusApplied: p.bonusApplied,
    bonusPoints: p.bonusPoints,
    totalPoints: p.totalPoints,
    centsPerPoint: p.centsPerPoint,
    priceSource: request.centsPerPoint === undefined ? "tier" : "request",
    tier: request.centsPerPoint === undefined ? { ...tierFor(rule.tiers, request.points) } : null,
    rule: { effectiveFrom: rule.effectiveFrom, source: rule.source, confidence: rule.confidence },
    costUsd: p.costUsd,
    effectiveCentsPerPoint: p.effectiveCentsPerPoint,
    withinAnnualCap,
    annualCap: cap,
    warnings,
    stay,
    verdict,
    reasons: verdict === "buy" ? inFavour : against,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

// Compares credit cards by the JAL miles a yearly spend earns and what they
// cost (facts §2, seed 2: the Saison Platinum Business American Express card).
//
// Decisions:
// - Fee: of the fee rules whose threshold the yearly spend is STRICTLY above,
//   the one with the highest threshold applies; else the base annual fee.
//   Real cards judge last year's spend for next year's fee; the comparison
//   assumes the same spend every year.
// - Miles: floor(spend x (milesPerJpy + extraMilesPerJpy)) once on the year's
//   total (a yearly approximation of per-statement earning).
// - feeJpy = card fee + option fee: the whole yearly cost of the miles.
// - Ranking ("compare cards by net JAL miles per year"): most miles first;
//   ties by lowest cost per mile (null last), then lowest fee, then input order.
import { floorMiles, round2 } from "./rounding";
import type { TCardDefinition, TCardEntry, TCardResult, TCardsCompareResponse, TFeeRule } from "./schema";

export * from "./schema";

/** A card ready to compare: a definition, plus its preset code when it came from one. */
export type ResolvedCard = TCardDefinition & { preset?: string };

/** Annual card fee for a yearly spend under the card's fee rules. */
export function annualFeeForSpend(card: { annualFeeJpy: number; feeRules: readonly TFeeRule[] }, yearlySpendJpy: number): number {
  let best: TFeeRule | undefined;
  for (const rule of card.feeRules) {
    if (yearlySpendJpy > rule.spendAboveJpy && (!best || rule.spendAboveJpy > best.spendAboveJpy)) best = rule;
  }
  return best ? best.annualFeeJpy : card.annualFeeJpy;
}

/** Miles, fee, return and cost per mile of one card for a yearly spend. */
export function evaluateCard(card: ResolvedCard, yearlySpendJpy: number): TCardResult {
  const cardFeeJpy = annualFeeForSpend(card, yearlySpendJpy);
  const feeJpy = cardFeeJpy + card.optionFeeJpy;
  const miles = floorMiles(yearlySpendJpy * (card.milesPerJpy + card.extraMilesPerJpy));
  return {
    name: card.name,
    ...(card.nameJa ? { nameJa: card.nameJa } : {}),
    ...(card.preset ? { preset: card.preset } : {}),
    cardFeeJpy,
    optionFeeJpy: card.optionFeeJpy,
    feeJpy,
    miles,
    returnPercent: yearlySpendJpy > 0 ? round2((miles / yearlySpendJpy) * 100) : 0,
    costPerMileJpy: miles > 0 ? round2(feeJpy / miles) : null,
  };
}

/** Best first: most miles, then lowest cost per mile (null last), then lowest fee. */
export function compareCardResults(a: TCardResult, b: TCardResult): number {
  if (a.miles !== b.miles) return b.miles - a.miles;
  const ca = a.costPerMileJpy ?? Number.POSITIVE_INFINITY;
  const cb = b.costPerMileJpy ?? Number.POSITIVE_INFINITY;
  if (ca !== cb) return ca - cb;
  return a.feeJpy - b.feeJpy;
}

/**
 * Compares cards for a yearly spend, best first.
 *
 * @example
 * // api.md example / facts §2: Saison Platinum Business Amex, 3,000,000 yen a year
 * compareCards([saison], 3_000_000).cards[0];
 * // { name: "...", feeJpy: 11000, miles: 43500, returnPercent: 1.45, costPerMileJpy: 0.25, ... }
 */
export function compareCards(cards: readonly ResolvedCard[], yearlySpendJpy: number): TCardsCompareResponse {
  // Array.prototype.sort is stable, so equal cards keep the caller's order.
  return { cards: cards.map((c) => evaluateCard(c, yearlySpendJpy)).sort(compareCardResults) };
}

export type CardIssue = { path: string; message: string; code: string; en: string; ja: string };
export type ResolveCardsResult = { ok: true; cards: ResolvedCard[] } | { ok: false; issues: CardIssue[] };

/**
 * Replaces `{ preset }` entries by the stored preset's definition. Presets
 * come from the database (see from-rows.ts), never from constants here.
 * Unknown codes are request errors, with the path of the entry.
 */
export function resolveCardEntries(
  entries: readonly TCardEntry[],
  presets: ReadonlyMap<string, TCardDefinition>,
): ResolveCardsResult {
  const cards: ResolvedCard[] = [];
  const issues: CardIssue[] = [];
  entries.forEach((entry, i) => {
    if (!("preset" in entry)) {
      cards.push(entry);
      return;
    }
    const card = presets.get(entry.preset);
    if (card) {
      cards.push({ ...card, preset: entry.preset });
      return;
    }
    const en = `Unknown card preset "${entry.preset}".`;
    issues.push({
      path: `cards.${i}.preset`,
      message: en,
      code: "cards.unknownPreset",
      en,
      ja: `カードのプリセット「${entry.preset}」が見つかりません。`,
    });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, cards };
}

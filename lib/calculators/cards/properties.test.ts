import { describe, it } from "vitest";
import fc from "fast-check";
import { annualFeeForSpend, compareCards, evaluateCard, type ResolvedCard } from "./index";

const yen = (max: number) => fc.integer({ min: 0, max });
const cardArb: fc.Arbitrary<ResolvedCard> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 10 }),
  annualFeeJpy: yen(100_000),
  feeRules: fc.array(fc.record({ spendAboveJpy: yen(10_000_000), annualFeeJpy: yen(100_000) }), { maxLength: 4 }),
  milesPerJpy: fc.double({ min: 0, max: 0.03, noNaN: true }),
  extraMilesPerJpy: fc.double({ min: 0, max: 0.01, noNaN: true }),
  optionFeeJpy: yen(20_000),
});
const spend = yen(1_000_000_000);

describe("card comparison properties", () => {
  it("more spending never yields fewer miles", () => {
    fc.assert(
      fc.property(cardArb, spend, spend, (card, s1, s2) =>
        evaluateCard(card, Math.max(s1, s2)).miles >= evaluateCard(card, Math.min(s1, s2)).miles,
      ),
    );
  });

  it("miles never exceed the earning rate and lose less than one mile to the floor", () => {
    fc.assert(
      fc.property(cardArb, spend, (card, s) => {
        const exact = s * (card.milesPerJpy + card.extraMilesPerJpy);
        const { miles } = evaluateCard(card, s);
        return Number.isInteger(miles) && miles <= exact + 1e-6 && miles > exact - 1 - 1e-6;
      }),
    );
  });

  it("the fee is the base fee or the fee of a rule whose threshold the spend is strictly above", () => {
    fc.assert(
      fc.property(cardArb, spend, (card, s) => {
        const fee = annualFeeForSpend(card, s);
        return fee === card.annualFeeJpy || card.feeRules.some((r) => s > r.spendAboveJpy && r.annualFeeJpy === fee);
      }),
    );
  });

  it("results are best first: miles never rise down the list; equal miles never have a lower cost below", () => {
    fc.assert(
      fc.property(fc.array(cardArb, { minLength: 1, maxLength: 10 }), spend, (cards, s) => {
        const out = compareCards(cards, s).cards;
        return (
          out.length === cards.length &&
          out.every((r, i) => {
            if (i === 0) return true;
            const prev = out[i - 1];
            if (prev.miles !== r.miles) return prev.miles > r.miles;
            return (prev.costPerMileJpy ?? Infinity) <= (r.costPerMileJpy ?? Infinity);
          })
        );
      }),
    );
  });
});

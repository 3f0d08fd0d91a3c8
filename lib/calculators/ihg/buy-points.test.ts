import { describe, expect, test } from "vitest";
import { buyPoints } from "./buy-points";
import { ZIhgBuyPointsRequest, type TIhgBuyPointsInput } from "./schema";
import { seedRule } from "./test-data";

const buy = (input: TIhgBuyPointsInput) => buyPoints(ZIhgBuyPointsRequest.parse(input), seedRule);

describe("facts §3 acceptance", () => {
  test.each([
    {
      label: "api.md / seed 6: 20,000 points at a 100% bonus and 1.0 cent -> 40,000 points for $200, 0.5 cents each",
      input: { points: 20_000, bonusPercent: 100, centsPerPoint: 1.0 },
      expected: { bonusApplied: true, bonusPoints: 20_000, totalPoints: 40_000, costUsd: 200, effectiveCentsPerPoint: 0.5 },
    },
    {
      label: "seed 6: 10,000 points at a 100% bonus -> no bonus (it needs 11,000), 1.35-cent tier",
      input: { points: 10_000, bonusPercent: 100 },
      expected: { bonusApplied: false, bonusPoints: 0, totalPoints: 10_000, costUsd: 135, effectiveCentsPerPoint: 1.35 },
    },
    {
      label: "seed 6: 11,000 points at a 100% bonus -> 22,000 points at the 1.15-cent tier, 0.575 cents each",
      input: { points: 11_000, bonusPercent: 100 },
      expected: { bonusApplied: true, bonusPoints: 11_000, totalPoints: 22_000, costUsd: 126.5, effectiveCentsPerPoint: 0.575 },
    },
    {
      label: "facts §3: 26,000+ at 1.0 cent, 100% bonus -> 0.5 cents each",
      input: { points: 26_000, bonusPercent: 100 },
      expected: { bonusApplied: true, bonusPoints: 26_000, totalPoints: 52_000, costUsd: 260, effectiveCentsPerPoint: 0.5 },
    },
  ])("$label", ({ input, expected }) => {
    expect(buy(input)).toMatchObject(expected);
  });

  test.each([
    { label: "facts §3 tier: 1,000 points at 1.35 cents", points: 1_000, cents: 1.35, usd: 13.5 },
    { label: "facts §3 tier: 10,000 points (top of tier 1) at 1.35 cents", points: 10_000, cents: 1.35, usd: 135 },
    { label: "facts §3 tier: 11,000 points (bottom of tier 2) at 1.15 cents", points: 11_000, cents: 1.15, usd: 126.5 },
    { label: "facts §3 tier: 25,000 points (top of tier 2) at 1.15 cents", points: 25_000, cents: 1.15, usd: 287.5 },
    { label: "facts §3 tier: 26,000 points (bottom of tier 3) at 1.0 cent", points: 26_000, cents: 1.0, usd: 260 },
    { label: "facts §3 tier: 150,000 points at 1.0 cent, whole quantity at its tier", points: 150_000, cents: 1.0, usd: 1_500 },
  ])("$label", ({ points, cents, usd }) => {
    const r = buy({ points, bonusPercent: 0 });
    expect({ centsPerPoint: r.centsPerPoint, costUsd: r.costUsd, priceSource: r.priceSource }).toEqual({
      centsPerPoint: cents,
      costUsd: usd,
      priceSource: "tier",
    });
  });

  test("seed 6: below the threshold, a warning says 11,000 would get the bonus and what it costs", () => {
    const w = buy({ points: 10_000, bonusPercent: 100 }).warnings.find((x) => x.code === "bonus.belowThreshold");
    expect(w?.en).toContain("11,000");
    expect(w?.en).toContain("22,000 points for $126.50 (0.575 cents each)");
    expect(w?.ja).toContain("11,000ポイント以上");
  });
});

describe("annual cap (seed 9: 150,000 a year; purchased points only)", () => {
  test.each([
    { label: "110,000 bought + 40,000 at 100% = 150,000 purchased: within (bonus not counted)", input: { points: 40_000, bonusPercent: 100, purchasedThisYear: 110_000 }, within: true },
    { label: "140,000 bought + 20,000: over 150,000", input: { points: 20_000, bonusPercent: 100, purchasedThisYear: 140_000 }, within: false },
    { label: "seed 9 raised cap 250,000: 140,000 + 20,000 within", input: { points: 20_000, bonusPercent: 100, purchasedThisYear: 140_000, annualCap: 250_000 }, within: true },
  ])("$label", ({ input, within }) => {
    const r = buy(input);
    expect(r.withinAnnualCap).toBe(within);
    expect(r.warnings.some((w) => w.code === "cap.exceeded")).toBe(!within);
  });

  test("over the cap -> skip with a cap reason", () => {
    const r = buy({ points: 20_000, bonusPercent: 100, purchasedThisYear: 140_000, stay: { cashUsd: 500, awardPoints: 40_000 } });
    expect(r.verdict).toBe("skip");
    expect(r.reasons.map((x) => x.code)).toEqual(["cap.exceeded"]);
  });

  test("a raised cap is flagged as only available when IHG offers it", () => {
    expect(buy({ points: 20_000, bonusPercent: 100, annualCap: 300_000 }).warnings.map((w) => w.code)).toContain("cap.raised");
  });
});

describe("stay and verdict", () => {
  test.each([
    {
      label: "api.md: $200 stay for 40,000 points vs 0.5 cents -> breakeven $200, worthIt (at least breakeven) but exactly even, so skip",
      input: { points: 20_000, bonusPercent: 100, centsPerPoint: 1.0, stay: { cashUsd: 200, awardPoints: 40_000 } },
      expected: { stay: { valueCentsPerPoint: 0.5, breakevenCashUsd: 200, worthIt: true, breakEven: true }, verdict: "skip", reasons: ["stay.breakEven"] },
    },
    {
      label: "a cent above breakeven ($200.01 stay) -> buy",
      input: { points: 20_000, bonusPercent: 100, centsPerPoint: 1.0, stay: { cashUsd: 200.01, awardPoints: 40_000 } },
      expected: { stay: { breakEven: false, worthIt: true }, verdict: "buy", reasons: ["rule.fullBonusMet", "stay.worthIt"] },
    },
    {
      label: "stay worth 0.25 cents per point < 0.5 paid -> skip",
      input: { points: 30_000, bonusPercent: 100, stay: { cashUsd: 100, awardPoints: 40_000 } },
      expected: { stay: { valueCentsPerPoint: 0.25, breakevenCashUsd: 200, worthIt: false, breakEven: false }, verdict: "skip", reasons: ["stay.notWorthIt"] },
    },
    {
      label: "seed 6 verdict: a 100% sale with no planned stay -> skip (don't buy just for the sale)",
      input: { points: 30_000, bonusPercent: 100 },
      expected: { stay: null, verdict: "skip", reasons: ["stay.none"] },
    },
    {
      label: "seed 6 rule of thumb: a 50% sale is not worth buying, even for a good stay",
      input: { points: 30_000, bonusPercent: 50, stay: { cashUsd: 1_000, awardPoints: 40_000 } },
      expected: { verdict: "skip", reasons: ["rule.onlyFullBonus"] },
    },
    {
      label: "rule of thumb switched off: a 50% sale for a good stay -> buy",
      input: { points: 30_000, bonusPercent: 50, stay: { cashUsd: 1_000, awardPoints: 40_000 }, rules: { onlyFullBonus: false } },
      expected: { verdict: "buy", reasons: ["stay.worthIt"] },
    },
    {
      label: "seed 6: 10,000 at a 100% sale gets no bonus, so the rule of thumb says skip",
      input: { points: 10_000, bonusPercent: 100, stay: { cashUsd: 1_000, awardPoints: 10_000 } },
      expected: { verdict: "skip", reasons: ["rule.onlyFullBonus"] },
    },
  ])("$label", ({ input, expected }) => {
    const r = buy(input);
    const { reasons, ...rest } = expected;
    expect(r).toMatchObject(rest);
    expect(r.reasons.map((x) => x.code)).toEqual(reasons);
    for (const x of r.reasons) expect(x.ja.length).toBeGreaterThan(0);
  });

  test("a bonus level with no stored minimum is assumed to apply, with a warning", () => {
    const r = buy({ points: 5_000, bonusPercent: 50, rules: { onlyFullBonus: false } });
    expect(r.bonusApplied).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain("bonus.thresholdUnknown");
  });

  test("a stay needing more points than bought is flagged", () => {
    expect(buy({ points: 10_000, bonusPercent: 0, stay: { cashUsd: 300, awardPoints: 40_000 } }).warnings.map((w) => w.code)).toContain("stay.notCovered");
  });

  test("a quantity outside the rule throws (route handlers validate first with ihgBuyPointsRequestFor)", () => {
    expect(() => buy({ points: 10_500, bonusPercent: 0 })).toThrow(/steps of 1,000/);
  });
});

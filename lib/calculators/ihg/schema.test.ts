import { describe, expect, test } from "vitest";
import { ZIhgBuyPointsRequest, ihgBuyPointsRequestFor } from "./schema";
import { ihgRuleFromRow } from "./from-rows";
import { ihgPurchaseRules } from "@/lib/data/seed/promotions";
import { seedRule } from "./test-data";

describe("ZIhgBuyPointsRequest bounds", () => {
  test.each([
    { label: "negative points rejected", input: { points: -1000, bonusPercent: 0 } },
    { label: "fractional points rejected", input: { points: 1000.5, bonusPercent: 0 } },
    { label: "bonus over 100% rejected", input: { points: 20_000, bonusPercent: 101 } },
    { label: "negative bonus rejected", input: { points: 20_000, bonusPercent: -10 } },
    { label: "zero price rejected", input: { points: 20_000, centsPerPoint: 0 } },
    { label: "negative purchasedThisYear rejected", input: { points: 20_000, purchasedThisYear: -1 } },
    { label: "stay with 0 award points rejected", input: { points: 20_000, stay: { cashUsd: 100, awardPoints: 0 } } },
  ])("$label", ({ input }) => {
    expect(ZIhgBuyPointsRequest.safeParse(input).success).toBe(false);
  });

  test("defaults: no bonus, nothing bought yet, the rule of thumb on", () => {
    expect(ZIhgBuyPointsRequest.parse({ points: 20_000 })).toEqual({
      points: 20_000,
      bonusPercent: 0,
      purchasedThisYear: 0,
      rules: { onlyFullBonus: true },
    });
  });
});

describe("the stored rule narrows the quantity", () => {
  const Z = ihgBuyPointsRequestFor(seedRule);
  test.each([
    { label: "below the 1,000 minimum rejected", points: 500, ok: false },
    { label: "not a 1,000 step rejected", points: 10_500, ok: false },
    { label: "above the 300,000 maximum rejected", points: 301_000, ok: false },
    { label: "1,000 accepted", points: 1_000, ok: true },
    { label: "300,000 accepted (largest raised cap)", points: 300_000, ok: true },
  ])("$label", ({ points, ok }) => {
    const r = Z.safeParse({ points });
    expect(r.success).toBe(ok);
    if (!r.success) expect(r.error.issues[0].path).toEqual(["points"]);
  });
});

describe("from-rows", () => {
  test("seed row maps: JSON columns parsed, tiers kept", () => {
    expect(seedRule).toMatchObject({
      annualCap: 150_000,
      raisedCaps: [250_000, 300_000],
      bonusRules: [{ bonusPercent: 100, minPoints: 11_000 }],
      tiers: [
        { minPoints: 1_000, maxPoints: 10_000, centsPerPoint: 1.35 },
        { minPoints: 11_000, maxPoints: 25_000, centsPerPoint: 1.15 },
        { minPoints: 26_000, maxPoints: null, centsPerPoint: 1.0 },
      ],
    });
  });

  test("malformed JSON in bonusRules is refused", () => {
    expect(() => ihgRuleFromRow({ ...ihgPurchaseRules[0], bonusRules: "[{bonusPercent:100}" })).toThrow(/bonusRules/);
    expect(() => ihgRuleFromRow({ ...ihgPurchaseRules[0], bonusRules: '[{"bonusPercent":150,"minPoints":0}]' })).toThrow(/bonusRules/);
  });
});

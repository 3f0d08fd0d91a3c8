import { describe, expect, test } from "vitest";
import { buyPoints } from "./buy-points";
import { ZIhgBuyPointsRequest, ZIhgSeriesQuery, ihgBuyPointsRequestFor, type TIhgBuyPointsInput } from "./schema";
import { seedRule } from "./test-data";
import { ihgPurchaseRules } from "@/lib/data/seed/promotions";

const buy = (input: TIhgBuyPointsInput) => buyPoints(ZIhgBuyPointsRequest.parse(input), seedRule);

describe("the answer names the tier and the rule it used", () => {
  test.each([
    { label: "facts §3 tiers: 20,000 points -> the 11,000-25,000 tier at 1.15 cents", input: { points: 20_000, bonusPercent: 100 }, tier: { minPoints: 11_000, maxPoints: 25_000, centsPerPoint: 1.15 } },
    { label: "facts §3 tiers: 10,000 points -> the 1,000-10,000 tier at 1.35 cents", input: { points: 10_000 }, tier: { minPoints: 1_000, maxPoints: 10_000, centsPerPoint: 1.35 } },
    { label: "facts §3 tiers: 26,000 points -> the open 26,000+ tier at 1.0 cent", input: { points: 26_000 }, tier: { minPoints: 26_000, maxPoints: null, centsPerPoint: 1.0 } },
    { label: "a typed price -> no tier", input: { points: 20_000, centsPerPoint: 1.0 }, tier: null },
  ])("$label", ({ input, tier }) => {
    expect(buy(input).tier).toEqual(tier);
  });

  test("the rule's source, effective date and confidence come from the stored rule", () => {
    const seed = ihgPurchaseRules[0];
    expect(buy({ points: 20_000 }).rule).toEqual({ effectiveFrom: seed.effectiveFrom, source: seed.source, confidence: seed.confidence });
  });

  test("exactly at breakeven the verdict is skip and the reason says buying saves nothing, not '$0.00 cheaper'", () => {
    const r = buy({ points: 20_000, bonusPercent: 100, centsPerPoint: 1.0, stay: { cashUsd: 200, awardPoints: 40_000 } });
    expect(r.verdict).toBe("skip");
    const reason = r.reasons.find((x) => x.code === "stay.breakEven")!;
    expect(reason.en).toContain("saves nothing over paying cash");
    expect(reason.en).not.toContain("$0.00");
  });

  test.each([
    { label: "1.0 cent typed: singular 'the 1 cent you pay'", cents: 1.0, stay: { cashUsd: 500, awardPoints: 40_000 }, en: "the 1 cent you pay", not: "1 cents" },
    { label: "0.5 cents effective: plural", cents: 1.0, bonus: 100, stay: { cashUsd: 300, awardPoints: 40_000 }, en: "the 0.5 cents you pay", not: "0.5 cent " },
  ])("$label", ({ cents, bonus, stay, en, not }) => {
    const r = buy({ points: 20_000, bonusPercent: bonus ?? 0, centsPerPoint: cents, stay, rules: { onlyFullBonus: false } });
    const text = r.reasons.map((x) => x.en).join(" ");
    expect(text).toContain(en);
    expect(text).not.toContain(not);
  });
});

describe("request narrowed by the stored rule", () => {
  test.each([
    { label: "negative points -> one issue at points (not also the rule's range)", points: -1000, message: "Points cannot be negative." },
    { label: "fractional points -> one issue at points", points: 1500.5, message: "Points must be a whole number." },
    { label: "1,500 points -> IHG sells in steps of 1,000", points: 1500, message: "IHG sells points in steps of 1,000." },
    { label: "400,000 points -> beyond the stored maximum purchase", points: 400_000, message: "Points must be between 1,000 and 300,000." },
  ])("$label", ({ points, message }) => {
    const r = ihgBuyPointsRequestFor(seedRule).safeParse({ points });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["points", message]]);
  });
});

describe("price-series query (GET parameters are strings)", () => {
  test.each([
    { label: "no parameters -> the 100% bonus, the stored cap and tiers", input: {}, expected: { bonusPercent: 100 } },
    { label: "numbers as strings are read as numbers", input: { bonusPercent: "50", annualCap: "250000", centsPerPoint: "1.0" }, expected: { bonusPercent: 50, annualCap: 250_000, centsPerPoint: 1 } },
    { label: "blank parameters are ignored", input: { bonusPercent: "", centsPerPoint: " " }, expected: { bonusPercent: 100 } },
  ])("$label", ({ input, expected }) => {
    expect(ZIhgSeriesQuery.parse(input)).toEqual(expected);
  });

  test.each([
    { label: "bonus over 100 -> issue at bonusPercent", input: { bonusPercent: "150" }, path: "bonusPercent" },
    { label: "a word for a price -> issue at centsPerPoint", input: { centsPerPoint: "cheap" }, path: "centsPerPoint" },
    { label: "fractional cap -> issue at annualCap", input: { annualCap: "1.5" }, path: "annualCap" },
  ])("$label", ({ input, path }) => {
    const r = ZIhgSeriesQuery.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path.join(".")).toBe(path);
  });
});

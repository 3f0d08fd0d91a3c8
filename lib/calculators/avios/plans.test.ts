import { describe, expect, test } from "vitest";
import { aviosSubscriptions } from "./plans";
import { ZAviosSubscriptionsRequest } from "./schema";
import { seedPlans } from "./test-data";

describe("facts §4 / seed 8: plan figures", () => {
  test.each([
    { label: "seed 8 Voyager: $29/month for 1,667, $315/year for 20,000 (api.md: 1.7397 and 1.575)", expected: { name: "Voyager", monthlyUsd: 29, yearlyUsd: 315, aviosPerMonth: 1_667, aviosPerYear: 20_000, centsPerAviosMonthly: 1.7397, centsPerAviosYearly: 1.575 } },
    { label: "seed 8 Traveller: $75/month for 4,167, $779/year for 50,000", expected: { name: "Traveller", monthlyUsd: 75, yearlyUsd: 779, aviosPerMonth: 4_167, aviosPerYear: 50_000, centsPerAviosMonthly: 1.7999, centsPerAviosYearly: 1.558 } },
    { label: "seed 8 Explorer: $149/month for 8,334, $1,545/year for 100,000", expected: { name: "Explorer", monthlyUsd: 149, yearlyUsd: 1_545, aviosPerMonth: 8_334, aviosPerYear: 100_000, centsPerAviosMonthly: 1.7879, centsPerAviosYearly: 1.545 } },
    { label: "seed 8 Adventurer: $299/month for 16,667, $3,069/year for 200,000", expected: { name: "Adventurer", monthlyUsd: 299, yearlyUsd: 3_069, aviosPerMonth: 16_667, aviosPerYear: 200_000, centsPerAviosMonthly: 1.794, centsPerAviosYearly: 1.5345 } },
  ])("$label", ({ expected }) => {
    expect(aviosSubscriptions(seedPlans).plans.find((p) => p.name === expected.name)).toMatchObject(expected);
  });

  test("seed 8: bigger plans cost less per Avios on yearly billing", () => {
    const yearly = aviosSubscriptions(seedPlans).plans.map((p) => p.centsPerAviosYearly);
    expect([...yearly].sort((a, b) => b - a)).toEqual(yearly);
  });

  test("yearly saving vs 12 monthly payments, as computed from the prices (Voyager 348 -> 315 = 9.5%)", () => {
    expect(aviosSubscriptions(seedPlans).plans.map((p) => p.yearlySavingPercent)).toEqual([9.5, 13.4, 13.6, 14.5]);
  });

  test("GET figures carry no verdict", () => {
    expect(aviosSubscriptions(seedPlans).plans[0].verdict).toBeUndefined();
  });
});

describe("verdicts against the user's value of an Avios", () => {
  const verdicts = (value: number) =>
    aviosSubscriptions(seedPlans, ZAviosSubscriptionsRequest.parse({ valueCentsPerAvios: value })).plans.map((p) => [
      p.name,
      p.verdict?.monthly.verdict,
      p.verdict?.yearly.verdict,
    ]);

  test.each([
    {
      label: "facts §7 TPG value 1.5 cents: every plan costs more -> skip all",
      value: 1.5,
      expected: [["Voyager", "skip", "skip"], ["Traveller", "skip", "skip"], ["Explorer", "skip", "skip"], ["Adventurer", "skip", "skip"]],
    },
    {
      label: "1.575 cents: Voyager yearly exactly at value -> buy (price <= value), and the cheaper yearlies",
      value: 1.575,
      expected: [["Voyager", "skip", "buy"], ["Traveller", "skip", "buy"], ["Explorer", "skip", "buy"], ["Adventurer", "skip", "buy"]],
    },
    {
      label: "1.545 cents: only Explorer and Adventurer yearly",
      value: 1.545,
      expected: [["Voyager", "skip", "skip"], ["Traveller", "skip", "skip"], ["Explorer", "skip", "buy"], ["Adventurer", "skip", "buy"]],
    },
    {
      label: "1.8 cents: every plan and billing -> buy",
      value: 1.8,
      expected: [["Voyager", "buy", "buy"], ["Traveller", "buy", "buy"], ["Explorer", "buy", "buy"], ["Adventurer", "buy", "buy"]],
    },
  ])("$label", ({ value, expected }) => {
    expect(verdicts(value)).toEqual(expected);
  });

  test("reasons are bilingual and coded", () => {
    const v = aviosSubscriptions(seedPlans, { valueCentsPerAvios: 1.5 }).plans[0].verdict!;
    expect(v.yearly.reason.code).toBe("avios.tooExpensive");
    expect(v.yearly.reason.ja).toContain("1.575");
    expect(v.yearly.marginCentsPerAvios).toBe(-0.075);
  });

  test.each([
    { label: "value 0 rejected", input: { valueCentsPerAvios: 0 } },
    { label: "value over 100 cents rejected", input: { valueCentsPerAvios: 101 } },
    { label: "value as text rejected", input: { valueCentsPerAvios: "1.5" } },
  ])("$label", ({ input }) => {
    expect(ZAviosSubscriptionsRequest.safeParse(input).success).toBe(false);
  });
});

import { describe, expect, test } from "vitest";
import { cheapestAviosPlan, monthsAvailable } from "./collect";
import { ZAviosCollectRequest, type TAviosCollectInput } from "./schema";
import { seedPlans } from "./test-data";

const TODAY = "2024-01-15";
const collect = (input: TAviosCollectInput, today = TODAY) => cheapestAviosPlan(seedPlans, ZAviosCollectRequest.parse(input), today);
const summary = (o: ReturnType<typeof collect>["best"]) =>
  o && { parts: o.parts.map((p) => `${p.plan} ${p.billing} x${p.count}`), costUsd: o.costUsd, avios: o.avios, reachedOn: o.reachedOn };

describe("months available", () => {
  test.each([
    { label: "deadline today: one payment date", deadline: "2024-01-15", expected: 1 },
    { label: "a year later: 13 payment dates (today + 12)", deadline: "2025-01-15", expected: 13 },
    { label: "one day short of a year: 12", deadline: "2025-01-14", expected: 12 },
    { label: "deadline in the past: none", deadline: "2024-01-14", expected: 0 },
  ])("$label", ({ deadline, expected }) => {
    expect(deadline < TODAY ? 0 : monthsAvailable(TODAY, deadline)).toBe(expected);
  });
});

describe("cheapest way to a target by a date (seed 8 plans)", () => {
  test.each([
    {
      label: "20,000 Avios within a year: Voyager yearly ($315), in by its 12th monthly credit",
      input: { targetAvios: 20_000, deadline: "2025-01-15" },
      expected: { parts: ["Voyager yearly x1"], costUsd: 315, avios: 20_000, reachedOn: "2024-12-15" },
    },
    {
      label: "20,000 Avios by today, yearly credited upfront: Voyager yearly paid today",
      input: { targetAvios: 20_000, deadline: TODAY, yearlyCredit: "upfront" as const },
      expected: { parts: ["Voyager yearly x1"], costUsd: 315, avios: 20_000, reachedOn: TODAY },
    },
    {
      label: "16,000 Avios by today: one month of Adventurer ($299)",
      input: { targetAvios: 16_000, deadline: TODAY },
      expected: { parts: ["Adventurer monthly x1"], costUsd: 299, avios: 16_667, reachedOn: TODAY },
    },
    {
      label: "5,000 Avios in 3 months: Voyager monthly x3 ($87, 5,001 Avios)",
      input: { targetAvios: 5_000, deadline: "2024-03-15" },
      expected: { parts: ["Voyager monthly x3"], costUsd: 87, avios: 5_001, reachedOn: "2024-03-15" },
    },
    {
      label: "25,000 Avios in 13 payment dates: Explorer 1 month + Voyager 10 months ($439) beats the best single kind, Explorer x3 ($447)",
      input: { targetAvios: 25_000, deadline: "2025-01-15" },
      expected: { parts: ["Voyager monthly x10", "Explorer monthly x1"], costUsd: 439, avios: 25_004, reachedOn: "2024-11-15" },
    },
  ])("$label", ({ input, expected }) => {
    expect(summary(collect(input).best)).toEqual(expected);
  });

  test("20,000 Avios by today with conservative yearly crediting: nothing arrives in time", () => {
    const r = collect({ targetAvios: 20_000, deadline: TODAY });
    expect(r.best).toBeNull();
    expect(r.alternatives.every((o) => !o.feasible)).toBe(true);
    expect(r.alternatives[0].explanation.code).toBe("avios.tooLate");
  });

  test("without combinations the best single kind is returned: Explorer monthly x3 ($447)", () => {
    expect(summary(collect({ targetAvios: 25_000, deadline: "2025-01-15", allowCombinations: false }).best)).toMatchObject({ parts: ["Explorer monthly x3"], costUsd: 447 });
  });

  test("alternatives: in-time options by cost, then the late ones; each explained in both languages", () => {
    const r = collect({ targetAvios: 25_000, deadline: "2025-01-15" });
    const costs = r.alternatives.filter((o) => o.feasible).map((o) => o.costUsd);
    expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    expect(r.alternatives.length).toBe(8); // all 8 plan x billing singles
    for (const o of [r.best!, ...r.alternatives]) expect(o.explanation.ja.length).toBeGreaterThan(0);
    expect(r.assumptions.map((a) => a.code)).toEqual(["avios.assume.oneAtATime", "avios.assume.yearlyMonthly"]);
  });

  test("the payment schedule adds up and stays before the deadline", () => {
    const best = collect({ targetAvios: 25_000, deadline: "2025-01-15" }).best!;
    expect(best.payments.map((p) => p.date)).toEqual([
      "2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15", "2024-06-15",
      "2024-07-15", "2024-08-15", "2024-09-15", "2024-10-15", "2024-11-15",
    ]);
    expect(best.payments.reduce((s, p) => s + p.avios, 0)).toBe(best.avios);
  });
});

describe("request bounds", () => {
  test.each([
    { label: "target 0 rejected", input: { targetAvios: 0, deadline: "2025-01-01" } },
    { label: "fractional target rejected", input: { targetAvios: 10.5, deadline: "2025-01-01" } },
    { label: "target over 2,000,000 rejected", input: { targetAvios: 2_000_001, deadline: "2025-01-01" } },
    { label: "impossible deadline rejected", input: { targetAvios: 1000, deadline: "2025-02-30" } },
    { label: "unknown crediting rejected", input: { targetAvios: 1000, deadline: "2025-01-01", yearlyCredit: "weekly" } },
  ])("$label", ({ input }) => {
    expect(ZAviosCollectRequest.safeParse(input).success).toBe(false);
  });
});

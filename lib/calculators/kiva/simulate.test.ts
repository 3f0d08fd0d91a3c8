import { describe, expect, it, test } from "vitest";
import { instalmentPlanCents, milesForPaymentCents, simulateKiva, ZKivaSimulateRequest } from "./index";
import type { TKivaSimulateRequestInput } from "./schema";

// Card used in the cases: 1 mile per 100 yen (a JAL card with the shopping
// mileage premium) and a 1.6% conversion cost as in the api.md example.
// 157.58 yen/USD: the seed's "30USD(≒4,727.5円)" (4,727.5 / 30 = 157.583).
const card = { milesPerJpy: 0.01, fxCostPercent: 1.6, usdJpy: 157.58 } as const;
const run = (input: TKivaSimulateRequestInput) => simulateKiva(ZKivaSimulateRequest.parse(input));

describe("simulateKiva: totals", () => {
  test.each([
    {
      label: "seed 5 single 30 USD loan, 8 months, no relend, full repayment -> miles on 30 USD only, no loss, cost = fx only",
      input: { ...card, loanUsd: 30, loans: 1, termMonths: 8 },
      // 30 USD = 4,727.4 yen -> 4,727 yen -> 47.27 -> 47 miles; fx 30 x 1.6% x 157.58 = 75.64 yen; 75.6384 / 47 = 1.609
      expected: { milesEarned: 47, lentUsd: 30, expectedLossUsd: 0, fxCostUsd: 0.48, fxCostJpy: 76, costPerMileJpy: 1.61, repaidUsd: 30, returnedUsd: 30, outstandingUsd: 0 },
    },
    {
      label: "single 30 USD loan with a per-USD card (1.5 miles/USD) -> 45 miles, cost 75.64 / 45 = 1.68 yen per mile",
      input: { loanUsd: 30, loans: 1, termMonths: 8, milesPerUsd: 1.5, fxCostPercent: 1.6, usdJpy: 157.58 },
      expected: { milesEarned: 45, lentUsd: 30, expectedLossUsd: 0, fxCostUsd: 0.48, fxCostJpy: 76, costPerMileJpy: 1.68, repaidUsd: 30, returnedUsd: 30, outstandingUsd: 0 },
    },
    {
      label: "repayment rate 0.96 on 2 x 30 USD (seed 5 loans) -> expected loss 2.40 USD, 57.60 USD back",
      input: { ...card, loanUsd: 30, loans: 2, termMonths: 8, repaymentRate: 0.96 },
      // 60 USD = 9,454.8 yen -> 94 miles; (0.96 fx + 2.40 loss) x 157.58 = 529.47 yen; / 94 = 5.633
      expected: { milesEarned: 94, lentUsd: 60, expectedLossUsd: 2.4, fxCostUsd: 0.96, fxCostJpy: 151, costPerMileJpy: 5.63, repaidUsd: 57.6, returnedUsd: 57.6, outstandingUsd: 0 },
    },
    {
      label: "zero fx cost and full repayment -> lending for miles costs nothing (0 yen per mile)",
      input: { ...card, fxCostPercent: 0, loanUsd: 100, loans: 3, termMonths: 6 },
      // 300 USD = 47,274 yen -> 472 miles
      expected: { milesEarned: 472, lentUsd: 300, expectedLossUsd: 0, fxCostUsd: 0, fxCostJpy: 0, costPerMileJpy: 0, repaidUsd: 300, returnedUsd: 300, outstandingUsd: 0 },
    },
  ])("$label", ({ input, expected }) => {
    expect(run(input)).toMatchObject(expected);
  });
});

describe("simulateKiva: relending schedule", () => {
  // api.md/seed 5 shape: 2 x 30 USD over 8 months, relend for one year.
  // Each loan repays 3.75 USD a month; cash is relent as soon as it reaches 30 USD.
  const r = run({ ...card, loanUsd: 30, loans: 2, termMonths: 8, relend: true, years: 1 });
  const S = (month: number, loansLent: number, lentUsd: number, repaidUsd: number, outstandingUsd: number, cashUsd: number, miles: number, cumulativeMiles: number) =>
    ({ month, loansLent, lentUsd, repaidUsd, outstandingUsd, cashUsd, miles, cumulativeMiles });

  test.each([
    { label: "month 1: both seed loans charged, 60 USD = 9,454 yen -> 94 miles", expected: S(1, 2, 60, 0, 60, 0, 94, 94) },
    { label: "month 2: first instalments 2 x 3.75 USD", expected: S(2, 0, 0, 7.5, 52.5, 7.5, 0, 94) },
    { label: "month 4: 22.50 USD collected, below one loan", expected: S(4, 0, 0, 7.5, 37.5, 22.5, 0, 94) },
    { label: "month 5: cash reaches 30 USD -> one new card payment, 4,727 yen -> 47 miles", expected: S(5, 1, 30, 7.5, 60, 0, 47, 141) },
    { label: "month 6: the relent loan starts repaying (7.50 + 3.75)", expected: S(6, 0, 0, 11.25, 48.75, 11.25, 0, 141) },
    { label: "month 8: 33.75 USD collected -> relend one loan, 3.75 USD stays", expected: S(8, 1, 30, 11.25, 56.25, 3.75, 47, 188) },
    { label: "month 9: last instalment of the first loans", expected: S(9, 0, 0, 15, 41.25, 18.75, 0, 188) },
    { label: "month 11: third relend", expected: S(11, 1, 30, 7.5, 56.25, 3.75, 47, 235) },
    { label: "month 12: 45 USD still out, 15 USD cash", expected: S(12, 0, 0, 11.25, 45, 15, 0, 235) },
  ])("$label", ({ expected }) => {
    expect(r.schedule[expected.month - 1]).toEqual(expected);
  });

  it("totals: 5 loans, 150 USD charged, 235 miles, nothing lost, 15 USD returned, 45 USD still out", () => {
    expect(r.schedule).toHaveLength(12);
    expect(r).toMatchObject({
      milesEarned: 235,
      loansLent: 5,
      lentUsd: 150,
      expectedLossUsd: 0,
      repaidUsd: 105,
      returnedUsd: 15,
      outstandingUsd: 45,
      // 150 x 1.6% x 157.58 = 378.19 yen / 235 miles
      costPerMileJpy: 1.61,
    });
    expect(r.warnings.map((w) => w.code)).toEqual(["kiva.outstandingAtEnd", "kiva.relendByCard"]);
  });

  it("without relend the same loans earn only the month-1 miles", () => {
    const once = run({ ...card, loanUsd: 30, loans: 2, termMonths: 8, relend: false, years: 1 });
    expect(once.milesEarned).toBe(94);
    expect(once.schedule.slice(1).every((m) => m.lentUsd === 0 && m.miles === 0)).toBe(true);
  });
});

describe("simulateKiva: rounding rules", () => {
  test.each([
    {
      label: "api.md example rate 0.01 miles/USD: 60 USD earns 0.6 miles, floored to 0 -> no cost per mile, noMiles warning",
      input: { loanUsd: 30, loans: 2, termMonths: 8, milesPerUsd: 0.01, fxCostPercent: 1.6, usdJpy: 157.58, repaymentRate: 0.96, years: 1, relend: true },
      expected: { milesEarned: 0, costPerMileJpy: null },
      warning: "kiva.noMiles",
    },
    {
      label: "monthly floor: 0.01 miles/USD with relend, 11 loans (1,650 USD) earn 13 miles but 12 loans (1,830 USD) earn 12",
      input: { loanUsd: 30, loans: 12, termMonths: 4, milesPerUsd: 0.01, fxCostPercent: 0, usdJpy: 150, years: 1, relend: true },
      expected: { milesEarned: 12, lentUsd: 1830 },
      warning: "kiva.relendByCard",
    },
    {
      label: "monthly floor (companion): 11 loans of 30 USD, 4 months, relend -> 13 miles on 1,650 USD",
      input: { loanUsd: 30, loans: 11, termMonths: 4, milesPerUsd: 0.01, fxCostPercent: 0, usdJpy: 150, years: 1, relend: true },
      expected: { milesEarned: 13, lentUsd: 1650 },
      warning: "kiva.relendByCard",
    },
    {
      label: "60-month loans over 1 year: money still out at the end is reported, not lost",
      input: { ...card, loanUsd: 60, loans: 1, termMonths: 60, years: 1 },
      // 1 USD a month for 11 months
      expected: { repaidUsd: 11, outstandingUsd: 49, expectedLossUsd: 0, returnedUsd: 11 },
      warning: "kiva.outstandingAtEnd",
    },
  ])("$label", ({ input, expected, warning }) => {
    const r = run(input);
    expect(r).toMatchObject(expected);
    expect(r.warnings.map((w) => w.code)).toContain(warning);
  });

  test.each([
    { label: "30 USD over 8 months, full repayment -> 8 x 3.75 USD", args: [3000, 1, 8], expected: [375, 375, 375, 375, 375, 375, 375, 375] },
    { label: "30 USD at 96% over 8 months -> 8 x 3.60 USD", args: [3000, 0.96, 8], expected: [360, 360, 360, 360, 360, 360, 360, 360] },
    { label: "30 USD over 7 months -> uneven cents go to the first instalments", args: [3000, 1, 7], expected: [429, 429, 429, 429, 428, 428, 428] },
    { label: "repayment rate 0 -> nothing comes back", args: [2500, 0, 3], expected: [0, 0, 0] },
  ])("instalments: $label", ({ args, expected }) => {
    const [cents, rate, term] = args;
    expect(instalmentPlanCents(cents, rate, term)).toEqual(expected);
  });

  test.each([
    { label: "30 USD at 157.58 yen, 1 mile/100 yen -> 4,727 yen -> 47 miles", cents: 3000, card: { milesPerJpy: 0.01, usdJpy: 157.58 }, expected: 47 },
    { label: "JAL card base 1 mile/200 yen on 30 USD -> 23 miles", cents: 3000, card: { milesPerJpy: 0.005, usdJpy: 157.58 }, expected: 23 },
    { label: "per-USD rate 1.58 on 60 USD -> 94.8 -> 94 miles", cents: 6000, card: { milesPerUsd: 1.58, usdJpy: 157.58 }, expected: 94 },
    { label: "no payment -> no miles", cents: 0, card: { milesPerUsd: 2, usdJpy: 150 }, expected: 0 },
  ])("miles: $label", ({ cents, card: c, expected }) => {
    expect(milesForPaymentCents(cents, c)).toBe(expected);
  });
});

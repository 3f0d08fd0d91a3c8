// Kiva for miles (facts §6, seed 5): lend on kiva.org with a card that earns
// miles, collect the monthly repayments and, optionally, lend them again.
//
// Model (decisions, see also schema.ts):
// - Month 1 is the month of the first loans. A loan lent in month m repays in
//   equal monthly instalments in months m+1 .. m+termMonths.
// - Money is carried in integer US cents. Each loan's expected repayment is
//   loan x repaymentRate rounded to the cent, split into equal instalments;
//   the cents that do not divide evenly go to the earliest instalments.
// - Expected loss = (loan - expected repayment) for EVERY loan lent, also for
//   loans still running at the end (the loss is expected, whenever it falls).
// - With relend, repayments collect as cash; each month, as many whole loans
//   as the cash covers are lent again, by a NEW card payment (the miles
//   strategy: re-lending from Kiva credit would earn nothing). Cash left
//   un-lent at the end is returned money, not a loss.
// - Miles: Japanese cards compute miles on the monthly billed total and drop
//   fractions, so miles are floored once per month on that month's Kiva
//   payments (conservative: on a real bill the fractions merge with other
//   spending). With milesPerJpy the payment is first converted to whole yen
//   at usdJpy (floor). The mileage base is the loan amount; the currency
//   conversion cost is treated as a cost only, never as mile-earning spend.
import { centsToUsd, floorUnits, round2, roundCents } from "./rounding";
import { noMilesWarning, outstandingAtEndWarning, relendByCardNote } from "./messages";
import type { TBilingualMessage, TKivaScheduleMonth, TKivaSimulateRequest, TKivaSimulateResponse } from "./schema";

export * from "./schema";
export * from "./loan-log";
export { EXAMPLE_LOAN_LOG } from "./loan-log-example";

/** Expected instalments of one loan, in cents, month 1..termMonths after lending. */
export function instalmentPlanCents(loanCents: number, repaymentRate: number, termMonths: number): number[] {
  const expected = roundCents(loanCents * repaymentRate);
  const base = Math.floor(expected / termMonths);
  const extra = expected - base * termMonths; // < termMonths: one more cent each for the first `extra` months
  return Array.from({ length: termMonths }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Miles earned on one month's card payment (floored on the monthly total). */
export function milesForPaymentCents(
  paymentCents: number,
  card: Pick<TKivaSimulateRequest, "milesPerUsd" | "milesPerJpy" | "usdJpy">,
): number {
  if (paymentCents <= 0) return 0;
  if (card.milesPerJpy !== undefined) {
    const billedYen = floorUnits((paymentCents / 100) * card.usdJpy);
    return floorUnits(billedYen * card.milesPerJpy);
  }
  return floorUnits((paymentCents / 100) * (card.milesPerUsd ?? 0));
}

interface Cohort {
  month: number;
  loans: number;
}

/**
 * Simulates lending on Kiva with a mile-earning card, month by month.
 *
 * @param input a request already parsed by `ZKivaSimulateRequest` (defaults applied)
 * @example
 * // Seed 5: two 30 USD loans over 8 months, JAL card at 1 mile per 100 yen
 * const r = simulateKiva(ZKivaSimulateRequest.parse({
 *   loanUsd: 30, loans: 2, termMonths: 8, milesPerJpy: 0.01,
 *   fxCostPercent: 1.6, usdJpy: 157.58, relend: true, years: 1,
 * }));
 * r.milesEarned;            // 235 (94 in month 1, then 47 per re-lent loan)
 * r.schedule[4].loansLent;  // 1 (month 5: 4 x 7.50 USD repaid -> one more loan)
 */
export function simulateKiva(input: TKivaSimulateRequest): TKivaSimulateResponse {
  const months = input.years * 12;
  const loanCents = input.loanUsd * 100;
  // The route and the page fill a missing rate from the stored figure; a direct caller
  // that gives none is simulated without defaults (every loan repaid).
  const plan = instalmentPlanCents(loanCents, input.repaymentRate ?? 1, input.termMonths);
  // remainingAfter[i] = expected cents still to come once i instalments are paid.
  const remainingAfter = plan.map((_, i) => plan.slice(i).reduce((a, b) => a + b, 0));
  remainingAfter.push(0);
  const lossPerLoanCents = loanCents - remainingAfter[0];

  const cohorts: Cohort[] = [];
  const schedule: TKivaScheduleMonth[] = [];
  let cashCents = 0;
  let repaidCents = 0;
  let loansLent = 0;
  let cumulativeMiles = 0;
  let fxCostCents = 0; // exact (fractional) cents; rounded only for output
  let outstandingCents = 0;

  for (let month = 1; month <= months; month++) {
    let repaidThisMonth = 0;
    for (const c of cohorts) {
      const i = month - c.month; // instalment number due this month
      if (i >= 1 && i <= input.termMonths) repaidThisMonth += c.loans * plan[i - 1];
    }
    repaidCents += repaidThisMonth;
    cashCents += repaidThisMonth;

    let loans = month === 1 ? input.loans : 0;
    if (input.relend) {
      const relent = Math.floor(cashCents / loanCents);
      loans += relent;
      cashCents -= relent * loanCents;
    }
    if (loans > 0) cohorts.push({ month, loans });
    loansLent += loans;

    const paymentCents = loans * loanCents;
    const miles = milesForPaymentCents(paymentCents, input);
    cumulativeMiles += miles;
    fxCostCents += (paymentCents * input.fxCostPercent) / 100;

    outstandingCents = 0;
    for (const c of cohorts) {
      outstandingCents += c.loans * remainingAfter[Math.min(month - c.month, input.termMonths)];
    }

    schedule.push({
      month,
      loansLent: loans,
      lentUsd: centsToUsd(paymentCents),
      repaidUsd: centsToUsd(repaidThisMonth),
      outstandingUsd: centsToUsd(outstandingCents),
      cashUsd: centsToUsd(cashCents),
      miles,
      cumulativeMiles,
    });
  }

  const lentCents = loansLent * loanCents;
  const expectedLossCents = loansLent * lossPerLoanCents;
  const fxCostJpy = (fxCostCents / 100) * input.usdJpy;
  const costJpy = fxCostJpy + (expectedLossCents / 100) * input.usdJpy;

  const warnings: TBilingualMessage[] = [];
  if (cumulativeMiles === 0) warnings.push(noMilesWarning());
  if (outstandingCents > 0) warnings.push(outstandingAtEndWarning(centsToUsd(outstandingCents)));
  if (input.relend) warnings.push(relendByCardNote());

  return {
    milesEarned: cumulativeMiles,
    lentUsd: centsToUsd(lentCents),
    loansLent,
    expectedLossUsd: centsToUsd(expectedLossCents),
    fxCostUsd: centsToUsd(roundCents(fxCostCents)),
    fxCostJpy: Math.round(fxCostJpy),
    costJpy: Math.round(costJpy),
    // Unrounded yen over miles, then 2 decimals, so that rounding the parts
    // never moves the ratio.
    costPerMileJpy: cumulativeMiles > 0 ? round2(costJpy / cumulativeMiles) : null,
    repaidUsd: centsToUsd(repaidCents),
    returnedUsd: centsToUsd(cashCents),
    outstandingUsd: centsToUsd(outstandingCents),
    warnings,
    schedule,
  };
}

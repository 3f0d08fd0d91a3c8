// Request/response schemas for `POST /api/v1/kiva/simulate` (api.md).
// Shared by the /kiva form, the route handler, the embed and the OpenAPI document.
import * as z from "zod";

export const ZKivaSimulateRequest = z
  .object({
    loanUsd: z
      .number({ error: "loanUsd must be a number of US dollars." })
      // Kiva historically lends in 25 USD steps, but the seed log (seed 5) lent
      // 30 USD per loan, so any whole-dollar amount from 25 USD is accepted.
      .int({ error: "loanUsd must be a whole number of US dollars." })
      .min(25, { error: "loanUsd must be at least 25 USD (Kiva's minimum loan share)." })
      .max(10_000, { error: "loanUsd must be at most 10,000 USD." })
      .describe("Amount of each loan in whole US dollars (25 to 10,000). The seed log lent 30 USD per loan."),
    loans: z
      .number({ error: "loans must be a number." })
      .int({ error: "loans must be a whole number." })
      .min(1, { error: "loans must be at least 1." })
      .max(1_000, { error: "loans must be at most 1,000." })
      .describe("Number of loans made in month 1."),
    termMonths: z
      .number({ error: "termMonths must be a number." })
      .int({ error: "termMonths must be a whole number of months." })
      .min(1, { error: "termMonths must be at least 1." })
      .max(60, { error: "termMonths must be at most 60." })
      .describe("Repayment term of each loan in months; repaid in equal monthly instalments from the month after lending."),
    milesPerUsd: z
      .number({ error: "milesPerUsd must be a number." })
      .min(0, { error: "milesPerUsd cannot be negative." })
      .max(100, { error: "milesPerUsd must be at most 100." })
      .optional()
      .describe("Miles the card earns per US dollar charged. Give this or milesPerJpy, not both."),
    milesPerJpy: z
      .number({ error: "milesPerJpy must be a number." })
      .min(0, { error: "milesPerJpy cannot be negative." })
      .max(1, { error: "milesPerJpy must be at most 1." })
      .optional()
      .describe("Miles the card earns per yen billed (e.g. 0.01 = 1 mile per 100 yen). Give this or milesPerUsd, not both."),
    fxCostPercent: z
      .number({ error: "fxCostPercent must be a number." })
      .min(0, { error: "fxCostPercent cannot be negative." })
      .max(20, { error: "fxCostPercent must be at most 20." })
      .describe("Currency conversion cost charged by the card on each USD payment, in percent (e.g. 1.6)."),
    usdJpy: z
      .number({ error: "usdJpy must be a number (yen per US dollar)." })
      .min(1, { error: "usdJpy must be at least 1." })
      .max(1_000, { error: "usdJpy must be at most 1,000." })
      .describe("Yen per US dollar, used for yen-based earning and for the cost per mile in yen."),
    repaymentRate: z
      .number({ error: "repaymentRate must be a number between 0 and 1." })
      .min(0, { error: "repaymentRate must be between 0 and 1." })
      .max(1, { error: "repaymentRate must be between 0 and 1." })
      .optional()
      .describe("Share of each loan expected to be repaid (0 to 1); 1 - repaymentRate is the expected loss from defaults. Default: the stored rate Kiva publishes (96.3%), dated in dataAsOf."),
    years: z
      .number({ error: "years must be a number." })
      .int({ error: "years must be a whole number." })
      .min(1, { error: "years must be at least 1." })
      .max(10, { error: "years must be at most 10." })
      .default(1)
      .describe("Length of the simulation in years (12 months each). Default 1."),
    relend: z
      .boolean({ error: "relend must be true or false." })
      .default(false)
      .describe(
        "When true, repayments that add up to at least one loan amount are lent again each month by a new card payment (earning miles again). Default false.",
      ),
  })
  .superRefine((v, ctx) => {
    const perUsd = v.milesPerUsd !== undefined;
    const perJpy = v.milesPerJpy !== undefined;
    if (perUsd === perJpy) {
      ctx.addIssue({
        code: "custom",
        path: [perUsd ? "milesPerJpy" : "milesPerUsd"],
        message: perUsd
          ? "Give either milesPerUsd or milesPerJpy, not both."
          : "Give the card's earning rate as milesPerUsd or milesPerJpy.",
      });
    }
  })
  .describe("Simulates lending on Kiva with a mile-earning card.");

export type TKivaSimulateRequest = z.infer<typeof ZKivaSimulateRequest>;
/** The request as a caller may write it (defaults not yet applied). */
export type TKivaSimulateRequestInput = z.input<typeof ZKivaSimulateRequest>;

export const ZBilingualMessage = z.object({
  code: z.string().max(80).describe("Stable machine code."),
  en: z.string().max(500),
  ja: z.string().max(500),
});
export type TBilingualMessage = z.infer<typeof ZBilingualMessage>;

export const ZKivaScheduleMonth = z.object({
  month: z.number().int().min(1).max(120).describe("Month number; month 1 is the month of the first loans."),
  loansLent: z.number().int().min(0).describe("Loans lent (card payments) this month."),
  lentUsd: z.number().min(0).describe("Card payment this month, USD."),
  repaidUsd: z.number().min(0).describe("Expected repayments received this month, USD."),
  outstandingUsd: z.number().min(0).describe("Expected repayments still to come at the end of the month, USD."),
  cashUsd: z.number().min(0).describe("Repaid money not lent again, at the end of the month, USD."),
  miles: z.number().int().min(0).describe("Miles earned on this month's card payment (floored)."),
  cumulativeMiles: z.number().int().min(0).describe("Miles earned up to and including this month."),
});
export type TKivaScheduleMonth = z.infer<typeof ZKivaScheduleMonth>;

export const ZKivaSimulateResponse = z.object({
  milesEarned: z.number().int().min(0).describe("Total miles earned on all card payments."),
  lentUsd: z.number().min(0).describe("Total card payments (first loans plus re-lending), USD."),
  loansLent: z.number().int().min(0).describe("Number of loans lent in total."),
  expectedLossUsd: z.number().min(0).describe("Expected loss from defaults on every loan lent, USD."),
  fxCostUsd: z.number().min(0).describe("Currency conversion cost on all card payments, USD."),
  fxCostJpy: z.number().int().min(0).describe("Currency conversion cost in yen (rounded)."),
  costJpy: z.number().int().min(0).describe("fx cost plus expected loss, in yen (rounded)."),
  costPerMileJpy: z
    .number()
    .min(0)
    .nullable()
    .describe("(fx cost + expected loss) in yen divided by miles earned, 2 decimals; null when no miles are earned."),
  repaidUsd: z.number().min(0).describe("Expected repayments received during the simulation, USD."),
  returnedUsd: z.number().min(0).describe("Repaid money left un-lent at the end (yours again, not a loss), USD."),
  outstandingUsd: z.number().min(0).describe("Expected repayments still to come after the last month, USD."),
  warnings: z.array(ZBilingualMessage).max(10),
  schedule: z.array(ZKivaScheduleMonth).max(120),
});
export type TKivaSimulateResponse = z.infer<typeof ZKivaSimulateResponse>;

import * as z from "zod";
import { MAX_TARGET_AVIOS } from "./limits";

export { MAX_TARGET_AVIOS } from "./limits";

/** A real calendar date `YYYY-MM-DD`. */
const ZIsoDate = z.iso.date({ error: "Must be a real calendar date written YYYY-MM-DD." }).max(10);

export const ZMessage = z.object({ code: z.string().max(64), en: z.string().max(1000), ja: z.string().max(1000) });

const ZValue = z
  .number({ error: "valueCentsPerAvios must be a number." })
  .positive("valueCentsPerAvios must be above 0.")
  .max(100, "valueCentsPerAvios must be at most 100 US cents.");

/** POST /api/v1/avios/subscriptions */
export const ZAviosSubscriptionsRequest = z
  .object({ valueCentsPerAvios: ZValue.describe("What one Avios is worth to you, in US cents (TPG: about 1.5).") })
  .meta({ description: "Adds each plan's verdict against your value of an Avios." });
export type TAviosSubscriptionsRequest = z.infer<typeof ZAviosSubscriptionsRequest>;

const ZBillingVerdict = z.object({
  verdict: z.enum(["buy", "skip"]),
  worthIt: z.boolean(),
  marginCentsPerAvios: z.number().describe("Your value minus the price per Avios, 4 decimals."),
  reason: ZMessage,
});

export const ZAviosPlanFigures = z.object({
  name: z.string().max(64),
  monthlyUsd: z.number(),
  yearlyUsd: z.number(),
  aviosPerMonth: z.number().int(),
  aviosPerYear: z.number().int(),
  centsPerAviosMonthly: z.number().describe("Monthly price / Avios per month, US cents, 4 decimals."),
  centsPerAviosYearly: z.number().describe("Yearly price / Avios per year, US cents, 4 decimals."),
  yearlySavingPercent: z.number().describe("Yearly price vs 12 monthly payments, percent, 1 decimal."),
  effectiveFrom: ZIsoDate,
  source: z.string().max(500),
  confidence: z.string().max(1),
  verdict: z.object({ monthly: ZBillingVerdict, yearly: ZBillingVerdict }).optional(),
});
export type TAviosPlanFigures = z.infer<typeof ZAviosPlanFigures>;

export const ZAviosSubscriptionsResponse = z.object({ plans: z.array(ZAviosPlanFigures).max(20) });
export type TAviosSubscriptionsResponse = z.infer<typeof ZAviosSubscriptionsResponse>;

/** Cheapest way to collect a target number of Avios by a date. */
export const ZAviosCollectRequest = z
  .object({
    targetAvios: z
      .number({ error: "targetAvios must be a number." })
      .int("targetAvios must be a whole number.")
      .min(1, "targetAvios must be at least 1.")
      .max(MAX_TARGET_AVIOS, `targetAvios must be at most ${MAX_TARGET_AVIOS.toLocaleString("en-US")}.`)
      .describe("Avios you want to collect."),
    deadline: ZIsoDate.refine((d) => d >= "1900-01-01" && d <= "2999-12-31", { message: "deadline must be between 1900-01-01 and 2999-12-31." }).describe(
      "The Avios must be in your account on or before this date (1900-01-01 to 2999-12-31).",
    ),
    yearlyCredit: z
      .enum(["monthly", "upfront"])
      .default("monthly")
      .describe(
        "When a yearly plan's Avios count: 'monthly' (default, conservative) = all of the year's Avios only by its 12th monthly credit; 'upfront' = all at the yearly payment.",
      ),
    allowCombinations: z.boolean().default(true).describe("Also consider switching plans or billing between periods."),
  })
  .meta({ description: "Cheapest subscription plan(s) to collect a number of Avios by a date." });
export type TAviosCollectRequest = z.infer<typeof ZAviosCollectRequest>;
export type TAviosCollectInput = z.input<typeof ZAviosCollectRequest>;

const ZPart = z.object({
  plan: z.string().max(64),
  billing: z.enum(["monthly", "yearly"]),
  count: z.number().int().min(1).describe("Months (monthly) or years (yearly)."),
  costUsd: z.number(),
  avios: z.number().int(),
});

const ZPayment = z.object({
  date: ZIsoDate,
  plan: z.string().max(64),
  billing: z.enum(["monthly", "yearly"]),
  usd: z.number(),
  avios: z.number().int(),
  creditedBy: ZIsoDate.describe("Date by which this payment's Avios are counted as in the account."),
});

export const ZAviosCollectOption = z.object({
  kind: z.enum(["single", "combination"]),
  feasible: z.boolean(),
  parts: z.array(ZPart).max(16),
  costUsd: z.number(),
  avios: z.number().int(),
  surplusAvios: z.number().int(),
  centsPerAvios: z.number(),
  reachedOn: ZIsoDate.nullable(),
  payments: z.array(ZPayment).max(100),
  explanation: ZMessage,
});
export type TAviosCollectOption = z.infer<typeof ZAviosCollectOption>;

export const ZAviosCollectResponse = z.object({
  targetAvios: z.number().int(),
  today: ZIsoDate,
  deadline: ZIsoDate,
  monthsAvailable: z.number().int().describe("Monthly payment dates from today up to the deadline."),
  best: ZAviosCollectOption.nullable(),
  alternatives: z.array(ZAviosCollectOption).max(20),
  assumptions: z.array(ZMessage).max(10),
});
export type TAviosCollectResponse = z.infer<typeof ZAviosCollectResponse>;

export const ZAviosSeriesRequest = z.object({
  maxAvios: z.number().int().min(1).max(MAX_TARGET_AVIOS).default(200_000).describe("The series run until this many Avios."),
});
export type TAviosSeriesRequest = z.infer<typeof ZAviosSeriesRequest>;

export const ZAviosSeries = z.object({
  plan: z.string().max(64),
  billing: z.enum(["monthly", "yearly"]),
  points: z.array(z.object({ periods: z.number().int(), avios: z.number().int(), costUsd: z.number() })).max(1000),
});
export type TAviosSeries = z.infer<typeof ZAviosSeries>;

/** POST /api/v1/avios/plan response: the cheapest way, plus cost against Avios per plan and billing for a plot. */
export const ZAviosPlanResponse = ZAviosCollectResponse.extend({
  series: z.array(ZAviosSeries).max(20).describe("Cost against Avios collected, one line per plan and billing, up to the target."),
  plans: z
    .array(z.object({ name: z.string().max(64), effectiveFrom: ZIsoDate, source: z.string().max(500), confidence: z.string().max(1) }))
    .max(20)
    .describe("Provenance of the plan prices used."),
});
export type TAviosPlanResponse = z.infer<typeof ZAviosPlanResponse>;

import * as z from "zod";
import { MAX_IHG_POINTS } from "./limits";

export { MAX_IHG_POINTS } from "./limits";
import type { IhgPurchaseRuleData } from "./types";

const int = (what: string) => z.number({ error: `${what} must be a number.` }).int(`${what} must be a whole number.`);

export const ZIhgBuyPointsRequest = z
  .object({
    points: int("Points")
      .min(0, "Points cannot be negative.")
      .max(MAX_IHG_POINTS, `At most ${MAX_IHG_POINTS.toLocaleString("en-US")} points.`)
      .describe("Points bought, before the bonus."),
    bonusPercent: z
      .number({ error: "bonusPercent must be a number." })
      .int("bonusPercent must be a whole number.")
      .min(0, "bonusPercent cannot be negative.")
      .max(100, "bonusPercent cannot exceed 100 (IHG's biggest bonus is 100%).")
      .default(0)
      .describe("The sale's bonus in percent, 0-100."),
    centsPerPoint: z
      .number({ error: "centsPerPoint must be a number." })
      .positive("centsPerPoint must be above 0.")
      .max(10, "centsPerPoint must be at most 10 US cents.")
      .optional()
      .describe("Price per point bought, in US cents. Default: the stored price tier for the quantity."),
    purchasedThisYear: int("purchasedThisYear")
      .min(0, "purchasedThisYear cannot be negative.")
      .max(MAX_IHG_POINTS, `purchasedThisYear must be at most ${MAX_IHG_POINTS.toLocaleString("en-US")}.`)
      .default(0)
      .describe("Points already bought this calendar year (bonus points not counted)."),
    annualCap: int("annualCap")
      .min(1, "annualCap must be at least 1.")
      .max(MAX_IHG_POINTS, `annualCap must be at most ${MAX_IHG_POINTS.toLocaleString("en-US")}.`)
      .optional()
      .describe("Your yearly purchase limit. Default: the stored cap (150,000)."),
    stay: z
      .object({
        cashUsd: z
          .number({ error: "cashUsd must be a number." })
          .min(0, "cashUsd cannot be negative.")
          .max(1_000_000, "cashUsd must be at most 1,000,000."),
        awardPoints: int("awardPoints").min(1, "awardPoints must be at least 1.").max(10_000_000, "awardPoints must be at most 10,000,000."),
      })
      .optional()
      .describe("A planned stay: its cash price (USD) and its price in points."),
    rules: z
      .object({
        onlyFullBonus: z
          .boolean()
          .default(true)
          .describe("Rule of thumb from the source posts: only a 100% bonus sale is worth buying."),
      })
      .default({ onlyFullBonus: true }),
  })
  .meta({ description: "Is an IHG One Rewards points purchase worth it?" });
export type TIhgBuyPointsRequest = z.infer<typeof ZIhgBuyPointsRequest>;
export type TIhgBuyPointsInput = z.input<typeof ZIhgBuyPointsRequest>;

/** Issues of a parsed request against the stored rule: quantity within min..max and in whole steps. */
export function ihgRuleIssues(rule: IhgPurchaseRuleData, req: { points: number }): { path: (string | number)[]; message: string }[] {
  const fmt = (n: number) => n.toLocaleString("en-US");
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (req.points < rule.minPurchase || req.points > rule.maxPurchase) {
    issues.push({ path: ["points"], message: `Points must be between ${fmt(rule.minPurchase)} and ${fmt(rule.maxPurchase)}.` });
  } else if (req.points % rule.step !== 0) {
    issues.push({ path: ["points"], message: `IHG sells points in steps of ${fmt(rule.step)}.` });
  }
  return issues;
}

/** The request schema narrowed by the stored rule, for route handlers and forms. */
export function ihgBuyPointsRequestFor(rule: IhgPurchaseRuleData) {
  return ZIhgBuyPointsRequest.superRefine((req, ctx) => {
    // zod runs this refinement even when `points` already failed its own checks; one issue per problem is enough.
    if (!(Number.isInteger(req.points) && req.points >= 0 && req.points <= MAX_IHG_POINTS)) return;
    for (const issue of ihgRuleIssues(rule, req)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
}

export const ZMessage = z.object({ code: z.string().max(64), en: z.string().max(1000), ja: z.string().max(1000) });

export const ZIhgBuyPointsResponse = z.object({
  bonusApplied: z.boolean(),
  bonusPoints: z.number().int().min(0),
  totalPoints: z.number().int().min(0),
  centsPerPoint: z.number().describe("Price per point bought, in US cents."),
  priceSource: z.enum(["tier", "request"]),
  tier: z
    .object({ minPoints: z.number().int(), maxPoints: z.number().int().nullable(), centsPerPoint: z.number() })
    .nullable()
    .describe("The stored price tier the quantity falls in (null when the price was typed in)."),
  rule: z
    .object({ effectiveFrom: z.string().max(10), source: z.string().max(1000), confidence: z.string().max(1) })
    .describe("Provenance of the stored purchase rule (tiers, bonus threshold, cap) used."),
  costUsd: z.number().describe("Rounded to whole cents."),
  effectiveCentsPerPoint: z.number().describe("Cost per point received, US cents, 4 decimals."),
  withinAnnualCap: z.boolean().describe("Bought this year + this purchase <= the cap; bonus points do not count."),
  annualCap: z.number().int(),
  warnings: z.array(ZMessage).max(10),
  stay: z
    .object({
      valueCentsPerPoint: z.number(),
      breakevenCashUsd: z.number(),
      worthIt: z.boolean().describe("The cash price is at least the breakeven (api.md)."),
      breakEven: z.boolean().describe("Exactly at the breakeven: buying points saves nothing, so the verdict is skip."),
    })
    .nullable(),
  verdict: z.enum(["buy", "skip"]),
  reasons: z.array(ZMessage).max(10),
});
export type TIhgBuyPointsResponse = z.infer<typeof ZIhgBuyPointsResponse>;

export const ZIhgSeriesRequest = z.object({
  bonusPercent: z.number().int().min(0).max(100, "bonusPercent cannot exceed 100.").default(100),
  annualCap: z.number().int().min(1).max(MAX_IHG_POINTS).optional(),
  centsPerPoint: z.number().positive().max(10).optional(),
});
export type TIhgSeriesRequest = z.infer<typeof ZIhgSeriesRequest>;

/** GET /api/v1/ihg/price-series: the same fields as query parameters (strings coerced, blanks ignored). */
const queryNumber = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.slice(0, 32))) : v), inner);
export const ZIhgSeriesQuery = z
  .object({
    bonusPercent: queryNumber(
      z
        .number({ error: "bonusPercent must be a number." })
        .int("bonusPercent must be a whole number.")
        .min(0, "bonusPercent cannot be negative.")
        .max(100, "bonusPercent cannot exceed 100 (IHG's biggest bonus is 100%).")
        .default(100),
    ).describe("The sale's bonus in percent, 0-100 (default 100)."),
    annualCap: queryNumber(
      z
        .number({ error: "annualCap must be a number." })
        .int("annualCap must be a whole number.")
        .min(1, "annualCap must be at least 1.")
        .max(MAX_IHG_POINTS, `annualCap must be at most ${MAX_IHG_POINTS.toLocaleString("en-US")}.`)
        .optional(),
    ).describe("The series runs up to this cap (default: the stored cap)."),
    centsPerPoint: queryNumber(
      z
        .number({ error: "centsPerPoint must be a number." })
        .positive("centsPerPoint must be above 0.")
        .max(10, "centsPerPoint must be at most 10 US cents.")
        .optional(),
    ).describe("A typed price per point in US cents (default: the stored tiers)."),
  })
  .meta({ description: "Effective cents per point received against quantity bought." });
export type TIhgSeriesQuery = z.infer<typeof ZIhgSeriesQuery>;

export const ZIhgSeriesPoint = z.object({
  points: z.number().int(),
  bonusApplied: z.boolean(),
  totalPoints: z.number().int(),
  centsPerPoint: z.number(),
  costUsd: z.number(),
  effectiveCentsPerPoint: z.number(),
});
export type TIhgSeriesPoint = z.infer<typeof ZIhgSeriesPoint>;

/** GET /api/v1/ihg/price-series response: the series, and the stored rule it came from. */
export const ZIhgSeriesResponse = z.object({
  rule: z.object({ effectiveFrom: z.string().max(10), source: z.string().max(1000), confidence: z.string().max(1) }),
  bonusRules: z.array(z.object({ bonusPercent: z.number().int(), minPoints: z.number().int() })).max(20),
  tiers: z.array(z.object({ minPoints: z.number().int(), maxPoints: z.number().int().nullable(), centsPerPoint: z.number() })).max(50),
  series: z.array(ZIhgSeriesPoint).max(1000),
});
export type TIhgSeriesResponse = z.infer<typeof ZIhgSeriesResponse>;

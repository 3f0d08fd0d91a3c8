import * as z from "zod";
import { CONVERSION_ROUTE_CODES, MAX_CONVERSION_POINTS, MAX_WANTED_MILES, MIN_REQUEST_DATE, MAX_REQUEST_DATE } from "./limits";

export { CONVERSION_ROUTE_CODES, MAX_CONVERSION_POINTS, MAX_WANTED_MILES, MIN_REQUEST_DATE, MAX_REQUEST_DATE } from "./limits";

/** A real calendar date `YYYY-MM-DD` (zod's ISO date rejects 2023-02-29 and 2023-13-01). */
export const ZIsoDate = z.iso
  .date({ error: "Must be a real calendar date written YYYY-MM-DD." })
  .max(10)
  .describe("A calendar date, YYYY-MM-DD.");

export const ZRequestDate = ZIsoDate.refine((s) => s >= MIN_REQUEST_DATE && s <= MAX_REQUEST_DATE, {
  message: `Dates must be between ${MIN_REQUEST_DATE} and ${MAX_REQUEST_DATE}.`,
}).describe("A calendar date, YYYY-MM-DD, between 1900-01-01 and 2999-12-31.");

// A closed enum (bounded by construction) so the OpenAPI document lists the codes.
export const ZConversionRouteCode = z
  .enum(CONVERSION_ROUTE_CODES, { error: `Unknown route: use one of ${CONVERSION_ROUTE_CODES.join(", ")}.` })
  .describe("Conversion route: ponta-jal (Ponta points -> JAL miles) or saison-jal (Saison permanent points -> JAL miles).");

const ZPoints = z
  .number({ error: "Must be a number." })
  .int("Points must be a whole number.")
  .min(0, "Points cannot be negative.")
  .max(MAX_CONVERSION_POINTS, `At most ${MAX_CONVERSION_POINTS.toLocaleString("en-US")} points.`);

const ZCommonRequest = {
  route: ZConversionRouteCode,
  date: ZRequestDate.optional().describe("Exchange date (in Japan), YYYY-MM-DD. Default: today in Japan."),
  campaignEntry: z
    .boolean()
    .default(false)
    .describe("Whether you entered (registered for) the campaign. Some campaigns need an entry."),
  eligible: z
    .boolean()
    .default(true)
    .describe("Whether you meet the campaign's eligibility conditions (e.g. JMB×Ponta member in the Japan region)."),
};

export const ZConversionQuoteRequest = z
  .object({
    ...ZCommonRequest,
    points: ZPoints.describe("Points you want to exchange."),
  })
  .meta({ description: "Convert points into JAL miles with any campaign in force on the date." });
export type TConversionQuoteRequest = z.infer<typeof ZConversionQuoteRequest>;
export type TConversionQuoteInput = z.input<typeof ZConversionQuoteRequest>;

export const ZPointsForMilesRequest = z
  .object({
    ...ZCommonRequest,
    miles: z
      .number({ error: "Must be a number." })
      .int("Miles must be a whole number.")
      .min(0, "Miles cannot be negative.")
      .max(MAX_WANTED_MILES, `At most ${MAX_WANTED_MILES.toLocaleString("en-US")} miles.`)
      .describe("Miles you want to receive."),
  })
  .meta({ description: "Reverse mode: the fewest points that give at least the wanted miles." });
export type TPointsForMilesRequest = z.infer<typeof ZPointsForMilesRequest>;
export type TPointsForMilesInput = z.input<typeof ZPointsForMilesRequest>;

export const ZMessage = z
  .object({
    code: z.string().max(64).describe("Stable machine code."),
    en: z.string().max(1000),
    ja: z.string().max(1000),
  })
  .meta({ description: "A user-facing text in English and Japanese." });

/** The route's exchange rate with its provenance (every response carrying a rate says where it came from). */
export const ZConversionRate = z
  .object({
    code: z.string().max(32),
    name: z.string().max(200),
    nameJa: z.string().max(200),
    pointsName: z.string().max(100),
    pointsPerUnit: z.number().int().describe("Points per exchange unit; exchanges happen in whole units."),
    milesPerUnit: z.number().int().describe("Base miles per exchange unit."),
    source: z.string().max(500),
    effectiveFrom: ZIsoDate,
    confidence: z.string().max(1),
  })
  .meta({ description: "The exchange rate used, with its source, effective date and confidence." });
export type TConversionRate = z.infer<typeof ZConversionRate>;

export const ZCampaignOutcome = z.object({
  code: z.string().max(100),
  name: z.string().max(200),
  nameJa: z.string().max(200),
  start: ZIsoDate,
  end: ZIsoDate.describe("Last day of the campaign (inclusive)."),
  bonusKind: z.enum(["percent", "perUnit"]),
  bonusValue: z.number(),
  entryRequired: z.boolean(),
  eligibility: z.object({ en: z.string().max(2000), ja: z.string().max(2000) }),
  applied: z.boolean(),
  reason: ZMessage.nullable().describe("Why the campaign was not applied (null when applied)."),
  source: z.string().max(500),
  effectiveFrom: ZIsoDate.describe("The campaign's effective date (its first day)."),
  confidence: z.string().max(1),
});

export const ZCreditTiming = z.object({
  base: z.object({
    earliest: ZIsoDate.nullable(),
    latest: ZIsoDate.nullable(),
    note: ZMessage,
  }),
  bonus: z
    .object({ date: ZIsoDate.nullable().describe("Null when the campaign published no credit date."), note: ZMessage })
    .nullable(),
});

export const ZConversionSeriesPoint = z.object({
  points: z.number().int().min(0),
  baseMiles: z.number().int().min(0),
  milesWithCampaign: z.number().int().min(0).nullable().describe("With the campaign covering the date applied; null when none covers it."),
});
export type TConversionSeriesPoint = z.infer<typeof ZConversionSeriesPoint>;

export const ZConversionQuoteResponse = z.object({
  route: z.string().max(32),
  date: ZIsoDate,
  units: z.number().int().min(0),
  pointsUsed: z.number().int().min(0),
  pointsLeft: z.number().int().min(0),
  baseMiles: z.number().int().min(0),
  bonusMiles: z.number().int().min(0),
  totalMiles: z.number().int().min(0),
  rate: ZConversionRate,
  campaign: ZCampaignOutcome.nullable().describe("Null when no campaign covers the date."),
  credit: ZCreditTiming,
  notes: z.array(ZMessage).max(10),
  series: z
    .array(ZConversionSeriesPoint)
    .max(100)
    .describe("Miles against points exchanged, 0 to twice the points, for a plot."),
});
export type TConversionQuoteResponse = z.infer<typeof ZConversionQuoteResponse>;
export type TCampaignOutcome = z.infer<typeof ZCampaignOutcome>;

export const ZExchangeOption = z.object({
  points: z.number().int().min(0),
  units: z.number().int().min(0),
  baseMiles: z.number().int().min(0),
  bonusMiles: z.number().int().min(0),
  totalMiles: z.number().int().min(0),
});
export type TExchangeOption = z.infer<typeof ZExchangeOption>;

export const ZPointsForMilesResponse = z.object({
  route: z.string().max(32),
  date: ZIsoDate,
  miles: z.number().int().min(0),
  pointsNeeded: z.number().int().min(0).describe("Fewest points for you, given your entry and eligibility."),
  withoutCampaign: ZExchangeOption,
  withCampaign: ZExchangeOption.nullable().describe("With the campaign applied (entered and eligible); null when none covers the date."),
  rate: ZConversionRate,
  campaign: ZCampaignOutcome.nullable(),
});
export type TPointsForMilesResponse = z.infer<typeof ZPointsForMilesResponse>;

export const ZCampaignCalendarEntry = z.object({
  code: z.string().max(100),
  route: z.string().max(32),
  name: z.string().max(200),
  nameJa: z.string().max(200),
  start: ZIsoDate,
  end: ZIsoDate,
  status: z.enum(["current", "upcoming", "past"]),
  daysUntilStart: z.number().int().describe("Negative once started."),
  daysLeft: z.number().int().min(0).describe("Days left including today and the last day; 0 unless current."),
  bonusKind: z.enum(["percent", "perUnit"]),
  bonusValue: z.number(),
  entryRequired: z.boolean(),
  source: z.string().max(500),
  effectiveFrom: ZIsoDate.describe("The campaign's effective date (its first day)."),
  confidence: z.string().max(1),
});
export type TCampaignCalendarEntry = z.infer<typeof ZCampaignCalendarEntry>;

/** GET /api/v1/conversions/campaigns query: optional route filter, optional "today" (default: today in Japan). */
export const ZCampaignCalendarQuery = z
  .object({
    route: ZConversionRouteCode.optional().describe("Only this route's campaigns."),
    date: ZRequestDate.optional().describe("Classify against this date (in Japan) instead of today."),
  })
  .meta({ description: "Past, current and upcoming conversion campaigns." });
export type TCampaignCalendarQuery = z.infer<typeof ZCampaignCalendarQuery>;

export const ZCampaignCalendarResponse = z.object({
  today: ZIsoDate,
  campaigns: z.array(ZCampaignCalendarEntry).max(1000),
});
export type TCampaignCalendarResponse = z.infer<typeof ZCampaignCalendarResponse>;

/**
 * Points -> JAL miles conversions with rate-up campaigns (facts §2, seeds 1 and 2).
 * Pure: routes and campaigns come in as data (see `from-rows.ts`).
 *
 * @example
 * import { ZConversionQuoteRequest, quoteConversion, todayInJapan } from "@/lib/calculators/conversions";
 * const req = ZConversionQuoteRequest.parse({ route: "ponta-jal", points: 10001, date: "2023-07-15" });
 * const quote = quoteConversion(req, data, todayInJapan(new Date()));
 * // quote.pointsUsed 10000, pointsLeft 1, baseMiles 5000, bonusMiles 1000, totalMiles 6000
 *
 * @example
 * pointsForMiles(ZPointsForMilesRequest.parse({ route: "saison-jal", miles: 3000, date: "2023-07-10", campaignEntry: true }), data, today)
 * // withoutCampaign.points 1200 (6 units), withCampaign.points 1000 (5 units x 600), pointsNeeded 1000
 */
export { quoteConversion, unitsFor } from "./quote";
export { pointsForMiles } from "./reverse";
export { campaignCalendar } from "./calendar";
export { conversionSeries } from "./series";
export { todayInJapan, isIsoDate, addDays, addMonths, daysBetween, toIsoDate } from "./dates";
export { campaignFromRow, conversionRouteFromRow, conversionDataFromRows } from "./from-rows";
export type { CampaignRow, ConversionRouteRow } from "./from-rows";
export * from "./schema";
export * from "./types";

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { quoteConversion } from "./quote";
import { pointsForMiles } from "./reverse";
import { campaignCalendar } from "./calendar";
import { ZCampaignCalendarQuery, ZConversionQuoteRequest, ZPointsForMilesRequest } from "./schema";
import { seedData } from "./test-data";

// The API answers 400 for what the schema rejects; whatever it accepts must be answered
// (a throw there would be a 500). Dates and amounts from the whole accepted range.
const day = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDate = fc.oneof(day, fc.constantFrom("0001-01-01", "0050-01-01", "9999-12-31", "2023-02-29", "2024-02-29", "15/07/2023", ""));
const amount = fc.oneof(fc.integer({ min: -10, max: 100_000_010 }), fc.double(), fc.constantFrom(0, 1, 199, 200, 100_000_000));
const route = fc.constantFrom("ponta-jal", "saison-jal", "tpoint-jal");

describe("any request the schema accepts is answered", () => {
  test("property: quote, reverse and calendar never throw on a parsed request", () => {
    fc.assert(
      fc.property(route, amount, fc.option(anyDate, { nil: undefined }), fc.boolean(), fc.boolean(), (r, n, date, campaignEntry, eligible) => {
        const q = ZConversionQuoteRequest.safeParse({ route: r, points: n, date, campaignEntry, eligible });
        if (q.success) expect(quoteConversion(q.data, seedData, "2023-07-15").totalMiles).toBeGreaterThanOrEqual(0);
        const m = ZPointsForMilesRequest.safeParse({ route: r, miles: n, date, campaignEntry, eligible });
        if (m.success) expect(pointsForMiles(m.data, seedData, "2023-07-15").pointsNeeded).toBeGreaterThanOrEqual(0);
        const c = ZCampaignCalendarQuery.safeParse({ route: r, date });
        if (c.success) expect(Array.isArray(campaignCalendar(seedData.campaigns, c.data.date ?? "2023-07-15", { route: c.data.route }))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

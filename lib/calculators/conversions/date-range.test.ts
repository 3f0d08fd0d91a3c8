import { describe, expect, test } from "vitest";
import { ZCampaignCalendarQuery, ZConversionQuoteRequest } from "./schema";
import { ZAviosCollectRequest } from "@/lib/calculators/avios/schema";

// Dates far outside any campaign (year 0050, 9999) are typos; they used to reach the date
// arithmetic and fail there (a 500). Now they are a 400 at the date's path.
describe("request dates stay within 1900-01-01..2999-12-31", () => {
  test.each([
    { label: "quote: 0050-01-01 -> issue at date", schema: ZConversionQuoteRequest, input: { route: "ponta-jal", points: 1, date: "0050-01-01" }, path: "date" },
    { label: "quote: 9999-12-31 -> issue at date", schema: ZConversionQuoteRequest, input: { route: "ponta-jal", points: 1, date: "9999-12-31" }, path: "date" },
    { label: "calendar: 0001-01-01 -> issue at date", schema: ZCampaignCalendarQuery, input: { date: "0001-01-01" }, path: "date" },
    { label: "avios plan: deadline 9999-12-31 -> issue at deadline", schema: ZAviosCollectRequest, input: { targetAvios: 1, deadline: "9999-12-31" }, path: "deadline" },
  ])("$label", ({ schema, input, path }) => {
    const r = schema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual([path]);
  });

  test.each(["1900-01-01", "2023-07-15", "2999-12-31"])("%s is accepted", (date) => {
    expect(ZConversionQuoteRequest.safeParse({ route: "ponta-jal", points: 1, date }).success).toBe(true);
  });
});

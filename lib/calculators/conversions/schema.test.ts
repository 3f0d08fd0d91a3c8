import { describe, expect, test } from "vitest";
import { ZConversionQuoteRequest, ZPointsForMilesRequest } from "./schema";

describe("ZConversionQuoteRequest bounds", () => {
  test.each([
    { label: "negative points rejected", input: { route: "ponta-jal", points: -1 } },
    { label: "fractional points rejected", input: { route: "ponta-jal", points: 10.5 } },
    { label: "more than 100,000,000 points rejected", input: { route: "ponta-jal", points: 100_000_001 } },
    { label: "points as a string rejected", input: { route: "ponta-jal", points: "100" } },
    { label: "unknown route rejected", input: { route: "rakuten-jal", points: 100 } },
    { label: "over-long route rejected", input: { route: "p".repeat(100), points: 100 } },
    { label: "route is an exact code (no guessing)", input: { route: "Ponta-JAL", points: 100 } },
    { label: "impossible date 2023-02-29 rejected", input: { route: "ponta-jal", points: 100, date: "2023-02-29" } },
    { label: "month 13 rejected", input: { route: "ponta-jal", points: 100, date: "2023-13-01" } },
    { label: "unpadded date rejected", input: { route: "ponta-jal", points: 100, date: "2023-7-1" } },
    { label: "date-time rejected", input: { route: "ponta-jal", points: 100, date: "2023-07-01T00:00" } },
  ])("$label", ({ input }) => {
    expect(ZConversionQuoteRequest.safeParse(input).success).toBe(false);
  });

  test("defaults: campaignEntry false, eligible true, date absent", () => {
    expect(ZConversionQuoteRequest.parse({ route: "ponta-jal", points: 100_000_000 })).toEqual({
      route: "ponta-jal",
      points: 100_000_000,
      campaignEntry: false,
      eligible: true,
    });
  });

  test("leap day 2024-02-29 accepted", () => {
    expect(ZConversionQuoteRequest.safeParse({ route: "saison-jal", points: 0, date: "2024-02-29" }).success).toBe(true);
  });

  test("error messages are clear English with a path", () => {
    const r = ZConversionQuoteRequest.safeParse({ route: "ponta-jal", points: -5 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["points"], message: "Points cannot be negative." });
    const bad = ZConversionQuoteRequest.safeParse({ route: "rakuten-jal", points: 1 });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["route"], message: "Unknown route: use one of ponta-jal, saison-jal." });
  });
});

describe("ZPointsForMilesRequest bounds", () => {
  test.each([
    { label: "negative miles rejected", input: { route: "ponta-jal", miles: -1 } },
    { label: "fractional miles rejected", input: { route: "ponta-jal", miles: 1.5 } },
    { label: "too many miles rejected", input: { route: "ponta-jal", miles: 100_000_001 } },
  ])("$label", ({ input }) => {
    expect(ZPointsForMilesRequest.safeParse(input).success).toBe(false);
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { quoteConversion } from "./quote";
import { pointsForMiles } from "./reverse";
import { ZConversionQuoteRequest, ZPointsForMilesRequest, type TPointsForMilesInput } from "./schema";
import { seedData } from "./test-data";

const TODAY = "2023-07-15";
const reverse = (input: Omit<TPointsForMilesInput, "route"> & { route: string }) => pointsForMiles(ZPointsForMilesRequest.parse(input), seedData, TODAY);

describe("reverse mode: fewest points for the wanted miles", () => {
  test.each([
    {
      label: "facts §2 Ponta: 6,000 miles in the campaign -> 10,000 points (5,000 + 1,000 bonus), 12,000 without",
      input: { route: "ponta-jal", miles: 6_000, date: "2023-07-15" },
      expected: { pointsNeeded: 10_000, without: 12_000, with: 10_000 },
    },
    {
      label: "facts §2 Ponta: 5 miles in the campaign -> 10 points, since 8 points give 4 miles and floor(4 x 20%) = 0",
      input: { route: "ponta-jal", miles: 5, date: "2023-07-15" },
      expected: { pointsNeeded: 10, without: 10, with: 10 },
    },
    {
      label: "facts §2 Saison: 3,000 miles with entry -> 1,000 points (5 units x 600); 1,200 without the campaign",
      input: { route: "saison-jal", miles: 3_000, date: "2023-07-10", campaignEntry: true },
      expected: { pointsNeeded: 1_000, without: 1_200, with: 1_000 },
    },
    {
      label: "facts §2 Saison: without entry the answer is the no-campaign one (1,200 points)",
      input: { route: "saison-jal", miles: 3_000, date: "2023-07-10" },
      expected: { pointsNeeded: 1_200, without: 1_200, with: 1_000 },
    },
    {
      label: "facts §2 Saison: after the campaign -> 1,200 points, no campaign figure",
      input: { route: "saison-jal", miles: 3_000, date: "2023-08-01", campaignEntry: true },
      expected: { pointsNeeded: 1_200, without: 1_200, with: null },
    },
    {
      label: "0 miles -> 0 points",
      input: { route: "ponta-jal", miles: 0, date: "2023-07-15" },
      expected: { pointsNeeded: 0, without: 0, with: 0 },
    },
  ])("$label", ({ input, expected }) => {
    const r = reverse(input);
    expect({ pointsNeeded: r.pointsNeeded, without: r.withoutCampaign.points, with: r.withCampaign?.points ?? null }).toEqual(expected);
  });

  test("the campaign outcome explains why it does not count for you", () => {
    expect(reverse({ route: "saison-jal", miles: 3_000, date: "2023-07-10" }).campaign?.reason?.code).toBe("campaign.noEntry");
  });
});

describe("properties", () => {
  test("the answer yields at least the wanted miles, and one unit fewer does not", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("ponta-jal", "saison-jal"),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom("2023-06-30", "2023-07-02", "2023-07-15", "2023-08-01"),
        fc.boolean(),
        fc.boolean(),
        (route, miles, date, campaignEntry, eligible) => {
          const r = reverse({ route, miles, date, campaignEntry, eligible });
          const q = (points: number) =>
            quoteConversion(ZConversionQuoteRequest.parse({ route, points, date, campaignEntry, eligible }), seedData, TODAY);
          expect(q(r.pointsNeeded).totalMiles).toBeGreaterThanOrEqual(miles);
          const unit = seedData.routes.find((x) => x.code === route)!.pointsPerUnit;
          if (r.pointsNeeded > 0) expect(q(r.pointsNeeded - unit).totalMiles).toBeLessThan(miles);
          expect(r.pointsNeeded).toBeLessThanOrEqual(r.withoutCampaign.points);
        },
      ),
    );
  });
});

import { describe, expect, test } from "vitest";
import { campaignCalendar } from "./calendar";
import { pointsForMiles } from "./reverse";
import { quoteConversion } from "./quote";
import { ZConversionQuoteRequest, ZPointsForMilesRequest, ZCampaignCalendarQuery } from "./schema";
import { seedData } from "./test-data";
import { campaigns, conversionRoutes } from "@/lib/data/seed/promotions";

// Brief: every response that carries a rate or a campaign also carries its source, effective date and confidence.
describe("provenance travels with every rate and campaign", () => {
  test.each(conversionRoutes.map((r) => ({ label: `${r.code}: the quote's rate names the stored route's source and date`, route: r })))(
    "$label",
    ({ route }) => {
      const q = quoteConversion(ZConversionQuoteRequest.parse({ route: route.code, points: 1_000, date: "2023-07-15" }), seedData, "2023-07-15");
      expect(q.rate).toEqual({
        code: route.code,
        name: route.name,
        nameJa: route.nameJa,
        pointsName: route.pointsName,
        pointsPerUnit: route.pointsPerUnit,
        milesPerUnit: route.milesPerUnit,
        source: route.source,
        effectiveFrom: route.effectiveFrom,
        confidence: route.confidence,
      });
    },
  );

  test("the campaign outcome's effective date is its first day, with the stored source and confidence", () => {
    const q = quoteConversion(ZConversionQuoteRequest.parse({ route: "ponta-jal", points: 10_001, date: "2023-07-15" }), seedData, "2023-07-15");
    const seed = campaigns.find((c) => c.route === "ponta-jal")!;
    expect(q.campaign).toMatchObject({ effectiveFrom: seed.startDate, source: seed.source, confidence: seed.confidence });
  });

  test("the reverse mode carries the rate too", () => {
    const r = pointsForMiles(ZPointsForMilesRequest.parse({ route: "saison-jal", miles: 3_000, date: "2023-07-10" }), seedData, "2023-07-10");
    expect(r.rate).toMatchObject({ code: "saison-jal", pointsPerUnit: 200, milesPerUnit: 500, confidence: "H" });
    expect(r.campaign?.source).toBe(campaigns.find((c) => c.route === "saison-jal")!.source);
  });

  test("every calendar entry carries its campaign's source, effective date and confidence", () => {
    for (const entry of campaignCalendar(seedData.campaigns, "2023-07-15")) {
      const seed = campaigns.find((c) => c.code === entry.code)!;
      expect(entry).toMatchObject({ source: seed.source, effectiveFrom: seed.startDate, confidence: seed.confidence, entryRequired: seed.entryRequired });
    }
  });
});

describe("calendar query schema", () => {
  test.each([
    { label: "empty query: no route filter, today by default", input: {}, ok: true },
    { label: "a known route and a real date", input: { route: "ponta-jal", date: "2023-07-15" }, ok: true },
    { label: "unknown route -> issue at route", input: { route: "tpoint-jal" }, ok: false, path: "route" },
    { label: "2023-02-30 is not a date -> issue at date", input: { date: "2023-02-30" }, ok: false, path: "date" },
  ])("$label", ({ input, ok, path }) => {
    const r = ZCampaignCalendarQuery.safeParse(input);
    expect(r.success).toBe(ok);
    if (!r.success) expect(r.error.issues[0].path.join(".")).toBe(path);
  });
});

describe("notes read naturally", () => {
  test.each([
    { label: "one point left -> '1 point stays'", points: 10_001, text: "1 point stays unexchanged." },
    { label: "several points left -> 'N points stay' (Saison 1,150 -> 150 left)", points: 1_150, route: "saison-jal", text: "150 points stay unexchanged." },
  ])("$label", ({ points, route = "ponta-jal", text }) => {
    const q = quoteConversion(ZConversionQuoteRequest.parse({ route, points, date: "2023-08-10" }), seedData, "2023-08-10");
    expect(q.notes.find((n) => n.code === "conversion.pointsLeft")?.en).toContain(text);
  });
});

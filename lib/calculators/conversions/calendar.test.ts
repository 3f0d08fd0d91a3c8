import { describe, expect, test } from "vitest";
import { campaignCalendar } from "./calendar";
import type { CampaignData } from "./types";
import { seedData } from "./test-data";

const synthetic = (code: string, startDate: string, endDate: string): CampaignData => ({
  ...seedData.campaigns[0],
  code,
  startDate,
  endDate,
});

describe("campaign calendar", () => {
  test.each([
    {
      label: "2023-07-02: Saison (from 07-01) is current, Ponta (from 07-03) is upcoming",
      today: "2023-07-02",
      expected: [
        ["saison-jal-2023-07-rateup20", "current", 30],
        ["ponta-jal-2023-07-rateup20", "upcoming", 0],
      ],
    },
    {
      label: "2023-07-31: both current on their inclusive last day (1 day left)",
      today: "2023-07-31",
      expected: [
        ["ponta-jal-2023-07-rateup20", "current", 1],
        ["saison-jal-2023-07-rateup20", "current", 1],
      ],
    },
    {
      label: "2023-08-01: both past",
      today: "2023-08-01",
      expected: [
        ["ponta-jal-2023-07-rateup20", "past", 0],
        ["saison-jal-2023-07-rateup20", "past", 0],
      ],
    },
  ])("$label", ({ today, expected }) => {
    expect(campaignCalendar(seedData.campaigns, today).map((e) => [e.code, e.status, e.daysLeft])).toEqual(expected);
  });

  test("order: current (ending soonest), upcoming (starting soonest), past (ended most recently)", () => {
    const list = [
      synthetic("past-old", "2023-01-01", "2023-01-31"),
      synthetic("up-late", "2023-12-01", "2023-12-31"),
      synthetic("cur-long", "2023-06-01", "2023-09-30"),
      synthetic("past-recent", "2023-05-01", "2023-05-31"),
      synthetic("up-soon", "2023-08-01", "2023-08-31"),
      synthetic("cur-short", "2023-07-01", "2023-07-20"),
    ];
    expect(campaignCalendar(list, "2023-07-15").map((e) => e.code)).toEqual([
      "cur-short",
      "cur-long",
      "up-soon",
      "up-late",
      "past-recent",
      "past-old",
    ]);
  });

  test("route filter and days until start", () => {
    const entries = campaignCalendar(seedData.campaigns, "2023-06-28", { route: "ponta-jal" });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: "upcoming", daysUntilStart: 5 });
  });
});

describe("from-rows", () => {
  test("Prisma-shaped rows (Date at UTC midnight) map to the same data as the seed strings", async () => {
    const { campaignFromRow } = await import("./from-rows");
    const { campaigns } = await import("@/lib/data/seed/promotions");
    const row = { ...campaigns[0], startDate: new Date("2023-07-03T00:00:00Z"), endDate: new Date("2023-07-31T00:00:00Z") };
    expect(campaignFromRow(row)).toEqual(seedData.campaigns[0]);
  });

  test("a campaign ending before it starts is refused", async () => {
    const { campaignFromRow } = await import("./from-rows");
    const { campaigns } = await import("@/lib/data/seed/promotions");
    expect(() => campaignFromRow({ ...campaigns[0], endDate: "2023-07-01" })).toThrow(/endDate/);
  });
});

// promotions-safety-2026 §5 (AirlineRatings 2025 and 2026 lists) through the calculator,
// with the seed rows passed in as production passes database rows.
import { describe, expect, test } from "vitest";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { safetyRatings } from "@/lib/data/seed/safety";
import { getAirline, listRatings } from "./index";

const data = { airlines, memberships: allianceMemberships, ratings: safetyRatings };
const find = (year: number, code: string) => listRatings(data, { year }).airlines.find((a) => a.code === code);

describe("2025 and 2026 rankings", () => {
  test("the default year is the latest: 2026", () => {
    expect(listRatings(data).year).toBe(2026);
  });

  test.each([
    { label: "2026 #1 Etihad", year: 2026, code: "EY", rank: 1 },
    { label: "2026 #14 ANA", year: 2026, code: "NH", rank: 14 },
    { label: "2026 #25 Fiji Airways (new)", year: 2026, code: "FJ", rank: 25 },
    { label: "2025 #1 Air New Zealand", year: 2025, code: "NZ", rank: 1 },
    { label: "2025 three-way tie for 3rd: Emirates shares 3", year: 2025, code: "EK", rank: 3 },
    { label: "2025 #19 Japan Airlines", year: 2025, code: "JL", rank: 19 },
  ])("full-service list: $label", ({ year, code, rank }) => {
    expect(find(year, code)).toMatchObject({ status: "rated", rank, rankList: "fullService", top25: true, stars: null });
  });

  test.each([
    { label: "2026 low-cost #1 HK Express", year: 2026, code: "UO", rank: 1 },
    { label: "2026 low-cost #3 Scoot", year: 2026, code: "TR", rank: 3 },
    { label: "2025 low-cost #2 Jetstar", year: 2025, code: "JQ", rank: 2 },
    { label: "2026 low-cost Spring Airlines: in the list, position not published", year: 2026, code: "9C", rank: null },
  ])("low-cost list: $label", ({ year, code, rank }) => {
    expect(find(year, code)).toMatchObject({ status: "rated", rank, rankList: "lowCost", top25: false });
  });

  test("2026: JAL is not in the top 25 and no other 2026 rating is known -> noData", () => {
    expect(find(2026, "JL")).toMatchObject({ status: "noData", rank: null, stars: null });
  });

  test("2025 one-star list: Air Peace 1 star; Russian airlines stay unrated with the conflict noted", () => {
    expect(find(2025, "P4")).toMatchObject({ status: "rated", stars: 1, rank: null });
    const su = getAirline(data, "SU", { year: 2025 });
    expect(su).toMatchObject({ status: "unrated", stars: null, confidence: "L" });
    expect(su?.note).toMatch(/2023/);
  });

  test("the ranked list comes first, in published order", () => {
    const top = listRatings(data, { year: 2026 }).airlines.slice(0, 5).map((a) => a.code);
    expect(top).toEqual(["EY", "CX", "QF", "QR", "EK"]);
  });

  test("every airline named in the 2025 and 2026 lists exists with an English and a Japanese name", () => {
    for (const r of safetyRatings.filter((x) => x.year >= 2025)) {
      const a = airlines.find((x) => x.code === r.airlineCode);
      expect(a?.name).toBeTruthy();
      expect(a?.nameJa).toBeTruthy();
    }
  });
});

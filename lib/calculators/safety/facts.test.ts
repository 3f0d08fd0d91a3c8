// facts §5 (seed 4: 2024年版 危険な航空会社ランキング) proved through the calculator,
// with the seed rows passed in exactly as production passes database rows.

import { describe, expect, test } from "vitest";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { safetyRatings } from "@/lib/data/seed/safety";
import { getAirline, listRatings, type ListRatingsOptions } from "./index";

// The seed post's own dataset (2023 and 2024): its examples must still reproduce.
const data = { airlines, memberships: allianceMemberships, ratings: safetyRatings.filter((r) => r.year <= 2024) };

function one(code: string, options: ListRatingsOptions = {}) {
  const found = listRatings(data, options).airlines.find((a) => a.code === code);
  if (!found) throw new Error(`${code} not listed`);
  return found;
}

describe("facts §5, 2024 ratings", () => {
  test.each([
    { label: "facts §5: Qantas 7 stars, in the 2024 top 25", code: "QF" },
    { label: "facts §5: Qatar Airways 7 stars, in the 2024 top 25", code: "QR" },
    { label: "facts §5: Finnair 7 stars, in the 2024 top 25", code: "AY" },
    { label: "facts §5: Cathay Pacific 7 stars, in the 2024 top 25", code: "CX" },
    { label: "facts §5: Alaska Airlines 7 stars, in the 2024 top 25", code: "AS" },
    { label: "facts §5: British Airways 7 stars, in the 2024 top 25", code: "BA" },
    { label: "facts §5: JAL 7 stars, in the 2024 top 25", code: "JL" },
    { label: "facts §5: American Airlines 7 stars, in the 2024 top 25", code: "AA" },
  ])("$label", ({ code }) => {
    expect(one(code, { year: 2024 })).toMatchObject({ status: "rated", stars: 7, top25: true, alliance: "oneworld" });
  });

  test.each([
    { label: "facts §5: Iberia 7 stars, not top 25", code: "IB", role: "member" },
    { label: "facts §5: Royal Air Maroc 7 stars, not top 25", code: "AT", role: "member" },
    { label: "facts §5: SriLankan Airlines 7 stars, not top 25", code: "UL", role: "member" },
    { label: "facts §5: Royal Jordanian 7 stars, not top 25", code: "RJ", role: "member" },
    { label: "facts §5: Fiji Airways 7 stars, not top 25, oneworld connect", code: "FJ", role: "connect" },
  ])("$label", ({ code, role }) => {
    expect(one(code, { year: 2024 })).toMatchObject({ status: "rated", stars: 7, top25: false, alliance: "oneworld", allianceRole: role });
  });

  test.each([
    { label: "facts §5: Oman Air 6 stars (joining oneworld; joined 2025-06-30, so no alliance in 2024)", code: "WY", stars: 6, alliance: null },
    { label: "facts §5: Malaysia Airlines 3 stars", code: "MH", stars: 3, alliance: "oneworld" },
  ])("$label", ({ code, stars, alliance }) => {
    expect(one(code, { year: 2024 })).toMatchObject({ status: "rated", stars, top25: false, alliance });
  });

  test("facts §5: Malaysia Airlines is the lowest rated oneworld airline in 2024, by far", () => {
    const oneworld = listRatings(data, { year: 2024, alliance: "oneworld" }).airlines;
    expect(oneworld.at(-1)).toMatchObject({ code: "MH", stars: 3 });
    expect(oneworld.filter((a) => a.code !== "MH").every((a) => (a.stars ?? 0) >= 7)).toBe(true);
  });

  test("facts §5: oneworld 7-star airlines in 2024 are the 8 top-25 plus the 5 others", () => {
    const codes = listRatings(data, { year: 2024, alliance: "oneworld", minStars: 7 }).airlines.map((a) => a.code);
    expect(codes.sort()).toEqual(["AA", "AS", "AT", "AY", "BA", "CX", "FJ", "IB", "JL", "QF", "QR", "RJ", "UL"]);
  });

  test.each([
    { label: "facts §5 1 star: Pakistan International Airlines (Karachi)", code: "PK", q: "カラチ" },
    { label: "facts §5 1 star: Air Algérie (Algiers)", code: "AH", q: "algerie" },
    { label: "facts §5 1 star: SCAT Airlines (Shymkent)", code: "DV", q: "シムケント" },
    { label: "facts §5 1 star: Sriwijaya Air (Sumatra)", code: "SJ", q: "sriwijaya" },
    { label: "facts §5 1 star: Airblue (Karachi)", code: "PA", q: "エアブルー" },
    { label: "facts §5 1 star: Blue Wing Airlines (Suriname)", code: "BWI", q: "suriname" },
    { label: "facts §5 1 star: Iran Aseman Airlines (Tehran)", code: "EP", q: "アーセマーン" },
    { label: "facts §5 1 star: Nepal Airlines found by 'ネパール'", code: "RA", q: "ネパール" },
  ])("$label", ({ code, q }) => {
    for (const year of [2023, 2024]) {
      const found = listRatings(data, { year, q }).airlines;
      expect(found.map((a) => a.code)).toContain(code);
      expect(found.find((a) => a.code === code)).toMatchObject({ status: "rated", stars: 1, top25: false });
    }
  });

  test("facts §5: exactly eight airlines have 1 star in 2024", () => {
    const oneStar = listRatings(data, { year: 2024 }).airlines.filter((a) => a.stars === 1).map((a) => a.code);
    expect(oneStar.sort()).toEqual(["AH", "BWI", "DV", "EP", "PA", "PK", "RA", "SJ"]);
  });

  test.each([
    { label: "facts §5: Aeroflot unrated since 2022", code: "SU" },
    { label: "facts §5: S7 Airlines unrated since 2022", code: "S7" },
    { label: "facts §5: Rossiya unrated since 2022", code: "FV" },
    { label: "facts §5: Ural Airlines unrated since 2022", code: "U6" },
    { label: "facts §5: Pobeda unrated since 2022", code: "DP" },
  ])("$label", ({ code }) => {
    const en = one(code, { year: 2024 });
    expect(en).toMatchObject({ status: "unrated", stars: null, top25: false, alliance: null });
    expect(en.note).toMatch(/invasion of Ukraine in 2022/);
    expect(one(code, { year: 2024, lang: "ja" }).note).toMatch(/ウクライナ侵攻/);
  });

  test.each([
    { label: "minStars 7 in 2024: the 13 seven-star oneworld airlines, not Oman Air (6)", minStars: 7, count: 13, includes: "JL", excludes: "WY" },
    { label: "minStars 6 in 2024: adds Oman Air", minStars: 6, count: 14, includes: "WY", excludes: "MH" },
    { label: "minStars 3 in 2024: adds Malaysia Airlines", minStars: 3, count: 15, includes: "MH", excludes: "RA" },
    { label: "minStars 2 in 2024: still no 1-star airline", minStars: 2, count: 15, includes: "MH", excludes: "PK" },
    { label: "minStars 1 in 2024: adds the eight 1-star airlines", minStars: 1, count: 23, includes: "RA", excludes: "SU" },
  ])("$label", ({ minStars, count, includes, excludes }) => {
    const codes = listRatings(data, { year: 2024, minStars }).airlines.map((a) => a.code);
    expect(codes).toHaveLength(count);
    expect(codes).toContain(includes);
    expect(codes).not.toContain(excludes);
  });

  test("facts §5: an unrated airline is never returned by a minStars filter", () => {
    expect(listRatings(data, { year: 2024, minStars: 1 }).airlines.some((a) => a.status !== "rated")).toBe(false);
  });
});

describe("facts §5, 2023 and year-to-year change", () => {
  test.each([
    { label: "2023 for JAL is noData (no 2023 rating stored, none invented)", code: "JL", year: 2023, status: "noData", stars: null },
    { label: "2023 for Aeroflot is noData (only the 1-star list is known for 2023)", code: "SU", year: 2023, status: "noData", stars: null },
    { label: "2023 for Nepal Airlines is 1 star (1-star list unchanged from 2023)", code: "RA", year: 2023, status: "rated", stars: 1 },
  ])("$label", ({ code, year, status, stars }) => {
    expect(one(code, { year })).toMatchObject({ status, stars, change: null });
  });

  test("facts §5: only the eight 1-star airlines are rated in 2023", () => {
    const rated = listRatings(data, { year: 2023 }).airlines.filter((a) => a.status !== "noData");
    expect(rated.map((a) => a.code).sort()).toEqual(["AH", "BWI", "DV", "EP", "PA", "PK", "RA", "SJ"]);
  });

  test.each(["PK", "AH", "DV", "SJ", "PA", "BWI", "EP", "RA"].map((code) => ({
    label: `facts §5: ${code} 2023 -> 2024 shows no change (1-star list unchanged)`, code,
  })))("$label", ({ code }) => {
    expect(one(code, { year: 2024 }).change).toEqual({ fromYear: 2023, fromStatus: "rated", fromStars: 1, delta: 0, fromRank: null, fromRankList: null });
  });

  test("an airline with no earlier rating has no change", () => {
    expect(one("JL", { year: 2024 }).change).toBeNull();
  });
});

describe("api.md examples", () => {
  test("api.md: GET /safety/airlines?year=2024&alliance=oneworld&minStars=1&q=japan -> JL only", () => {
    const result = listRatings(data, { year: 2024, alliance: "oneworld", minStars: 1, q: "japan" });
    expect(result.year).toBe(2024);
    expect(result.airlines).toHaveLength(1);
    expect(result.airlines[0]).toMatchObject({ code: "JL", name: "Japan Airlines", alliance: "oneworld", status: "rated", stars: 7, top25: true, note: null });
  });

  test("default year is the latest year with data (2024)", () => {
    expect(listRatings(data).year).toBe(2024);
  });

  test("lang=ja gives Japanese names (seed 4 spellings)", () => {
    expect(one("AY", { lang: "ja" }).name).toBe("フィンエアー");
    expect(one("JL", { lang: "ja" }).name).toBe("日本航空");
    expect(one("RA", { lang: "ja" }).name).toBe("ネパール航空");
  });

  test.each([
    { label: "getAirline JL: defaults to 2024, history [2024]", code: "jl", year: undefined, expected: { code: "JL", year: 2024, stars: 7, top25: true, history: [{ year: 2024, status: "rated", stars: 7, top25: true }] } },
    { label: "getAirline RA: history 2023 and 2024, no change", code: "RA", year: undefined, expected: { year: 2024, stars: 1, change: { fromYear: 2023, fromStatus: "rated", fromStars: 1, delta: 0 }, history: [{ year: 2023, status: "rated", stars: 1, top25: false }, { year: 2024, status: "rated", stars: 1, top25: false }] } },
    { label: "getAirline JL 2023: noData at top level, history still listed", code: "JL", year: 2023, expected: { year: 2023, status: "noData", stars: null, source: null, history: [{ year: 2024, status: "rated", stars: 7, top25: true }] } },
    { label: "getAirline NH: no rating stored -> noData in the latest year", code: "NH", year: undefined, expected: { year: 2024, status: "noData", stars: null, alliance: "star", history: [] } },
    { label: "getAirline SU: unrated, stars null, with source", code: "SU", year: undefined, expected: { year: 2024, status: "unrated", stars: null, confidence: "H", history: [{ year: 2024, status: "unrated", stars: null, top25: false }] } },
  ])("$label", ({ code, year, expected }) => {
    expect(getAirline(data, code, { year })).toMatchObject(expected);
  });

  test("getAirline returns null for an unknown code (404)", () => {
    expect(getAirline(data, "ZZ")).toBeNull();
  });
});

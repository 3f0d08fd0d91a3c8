// Query-string parsing of the safety endpoints (api.md) and the response shapes.

import { describe, expect, test } from "vitest";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { safetyRatings } from "@/lib/data/seed/safety";
import { getAirline, listRatings } from "./index";
import { ZSafetyAirlineRequest, ZSafetyAirlineResponse, ZSafetyListRequest, ZSafetyListResponse } from "./schema";

const data = { airlines, memberships: allianceMemberships, ratings: safetyRatings };

describe("ZSafetyListRequest accepts and normalises", () => {
  test.each([
    { label: "api.md example query", input: { year: "2024", alliance: "oneworld", minStars: "1", q: "japan" }, expected: { year: 2024, alliance: "oneworld", minStars: 1, q: "japan" } },
    { label: "nothing given", input: {}, expected: {} },
    { label: "numbers as numbers (JSON callers)", input: { year: 2023, minStars: 7 }, expected: { year: 2023, minStars: 7 } },
    { label: "full-width digits", input: { year: "２０２４" }, expected: { year: 2024 } },
    { label: "empty values count as absent", input: { year: "", alliance: "", minStars: " ", q: "  ", lang: "" }, expected: {} },
    { label: "alliance and lang case-insensitive", input: { alliance: " OneWorld ", lang: "JA" }, expected: { alliance: "oneworld", lang: "ja" } },
    { label: "q trimmed, 100 characters allowed", input: { q: ` ${"a".repeat(100)} ` }, expected: { q: "a".repeat(100) } },
  ])("$label", ({ input, expected }) => {
    expect(ZSafetyListRequest.parse(input)).toEqual(expected);
  });
});

describe("ZSafetyListRequest rejects with clear messages", () => {
  test.each([
    { label: "year not a number", input: { year: "abc" }, path: "year", message: "year must be a whole number" },
    { label: "year with a fraction", input: { year: "2024.5" }, path: "year", message: "year must be a whole number" },
    { label: "year in hex is not taken", input: { year: "0x7E8" }, path: "year", message: "year must be a whole number" },
    { label: "year repeated in the query string", input: { year: ["2023", "2024"] }, path: "year", message: "year must be a whole number" },
    { label: "year before 2000", input: { year: "1999" }, path: "year", message: "year must be between 2000 and 2100" },
    { label: "year after 2100", input: { year: 2101 }, path: "year", message: "year must be between 2000 and 2100" },
    { label: "minStars 0", input: { minStars: "0" }, path: "minStars", message: "minStars must be between 1 and 7" },
    { label: "minStars 8", input: { minStars: 8 }, path: "minStars", message: "minStars must be between 1 and 7" },
    { label: "minStars 6.5", input: { minStars: "6.5" }, path: "minStars", message: "minStars must be a whole number" },
    { label: "unknown alliance", input: { alliance: "vanilla" }, path: "alliance", message: "alliance must be one of oneworld, star, skyteam, none" },
    { label: "unknown lang", input: { lang: "fr" }, path: "lang", message: "lang must be ja or en" },
    { label: "q over 100 characters", input: { q: "a".repeat(101) }, path: "q", message: "q must be at most 100 characters" },
  ])("$label", ({ input, path, message }) => {
    const result = ZSafetyListRequest.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([[path, message]]);
  });
});

describe("ZSafetyAirlineRequest", () => {
  test.each([
    { label: "IATA code, trimmed and upper-cased", input: { code: " jl " }, expected: { code: "JL" } },
    { label: "full-width code", input: { code: "ｊｌ" }, expected: { code: "JL" } },
    { label: "code with a digit", input: { code: "6j", year: "2024" }, expected: { code: "6J", year: 2024 } },
    { label: "ICAO code for an airline without IATA code", input: { code: "bwi" }, expected: { code: "BWI" } },
  ])("$label", ({ input, expected }) => {
    expect(ZSafetyAirlineRequest.parse(input)).toEqual(expected);
  });

  test.each([
    { label: "one character", code: "J", message: "code must be an IATA airline code (2 characters) or an ICAO code (3 letters)" },
    { label: "four characters", code: "JLJL", message: "code must be an IATA airline code (2 characters) or an ICAO code (3 letters)" },
    { label: "missing", code: undefined, message: "code is required" },
  ])("$label", ({ code, message }) => {
    expect(ZSafetyAirlineRequest.safeParse({ code }).error?.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe("calculator output matches the response schemas", () => {
  test.each([2023, 2024, 2025])("list for %i, both languages", (year) => {
    for (const lang of ["en", "ja"] as const) {
      expect(ZSafetyListResponse.safeParse(listRatings(data, { year, lang })).success).toBe(true);
    }
  });

  test("every airline's detail", () => {
    for (const a of airlines) {
      const parsed = ZSafetyAirlineResponse.safeParse(getAirline(data, a.code));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });
});

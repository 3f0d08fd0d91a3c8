// The /safety page's URL filters: the API's schema, with bad values set aside per field.
import { describe, expect, test } from "vitest";
import { parseFilters, rawFilters } from "./filters";

describe("parseFilters", () => {
  test.each([
    { label: "no filters", params: {}, filters: {}, invalid: [] },
    { label: "the shared oneworld 7-star view", params: { alliance: "oneworld", minStars: "7", year: "2024" }, filters: { alliance: "oneworld", minStars: 7, year: 2024 }, invalid: [] },
    { label: "empty fields of a submitted form count as absent", params: { alliance: "", minStars: "", q: "", year: "2024" }, filters: { year: 2024 }, invalid: [] },
    { label: "Japanese search text is kept", params: { q: "ネパール" }, filters: { q: "ネパール" }, invalid: [] },
    { label: "minStars 9 is set aside, the alliance still applies", params: { alliance: "star", minStars: "9" }, filters: { alliance: "star" }, invalid: ["minStars"] },
    { label: "two bad values, both reported", params: { year: "abc", q: "x".repeat(101), alliance: "oneworld" }, filters: { alliance: "oneworld" }, invalid: ["year", "q"] },
    { label: "lang is the page's language, not a filter", params: { lang: "fr", q: "jal" }, filters: { q: "jal" }, invalid: [] },
    { label: "a repeated key takes its first value", params: { minStars: ["6", "1"] }, filters: { minStars: 6 }, invalid: [] },
  ])("$label", ({ params, filters, invalid }) => {
    const parsed = parseFilters(params);
    expect(parsed.filters).toEqual(filters);
    expect(parsed.invalid.sort()).toEqual([...invalid].sort());
  });

  test("rawFilters keeps what was typed, for refilling the form", () => {
    expect(rawFilters({ q: ["ネパール", "x"], minStars: "9", other: "y" })).toEqual({ q: "ネパール", minStars: "9" });
  });
});

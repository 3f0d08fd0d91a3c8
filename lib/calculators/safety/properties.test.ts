// Invariants of listRatings / getAirline over random data and random filters.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { airlines, allianceMemberships } from "@/lib/data/seed/airlines";
import { safetyRatings } from "@/lib/data/seed/safety";
import { getAirline, listRatings } from "./index";
import type { ListRatingsOptions, SafetyData } from "./types";

const seed: SafetyData = { airlines, memberships: allianceMemberships, ratings: safetyRatings };

const arbCode = fc.stringMatching(/^[A-Z0-9]{2}$/);
const arbDate = fc.integer({ min: 2000, max: 2030 }).chain((y) =>
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`));

/** Random but well-formed data: unique codes, ratings unique per (airline, year). */
const arbData: fc.Arbitrary<SafetyData> = fc.uniqueArray(arbCode, { minLength: 1, maxLength: 12 }).chain((codes) =>
  fc.record({
    airlines: fc.constant(codes.map((code) => ({ code, name: `Airline ${code}`, nameJa: `航空${code}`, country: null, aliases: "", source: "test" }))),
    memberships: fc.array(fc.record({
      airlineCode: fc.constantFrom(...codes),
      alliance: fc.constantFrom("oneworld", "star", "skyteam"),
      role: fc.constantFrom("member", "connect"),
      joined: fc.option(arbDate, { nil: null }),
      left: fc.option(arbDate, { nil: null }),
    }), { maxLength: 15 }),
    ratings: fc.uniqueArray(fc.record({
      airlineCode: fc.constantFrom(...codes),
      year: fc.integer({ min: 2020, max: 2026 }),
      rated: fc.boolean(),
      stars: fc.integer({ min: 1, max: 7 }),
      top25: fc.boolean(),
    }), { selector: (r) => `${r.airlineCode}/${r.year}`, maxLength: 30 }).map((rows) => rows.map((r) => ({
      airlineCode: r.airlineCode, year: r.year, status: r.rated ? "rated" : "unrated", stars: r.rated ? r.stars : null,
      top25: r.rated && r.top25, note: null, noteJa: null, source: "test", confidence: "H",
    }))),
  }));

const arbOptions: fc.Arbitrary<ListRatingsOptions> = fc.record({
  year: fc.integer({ min: 2019, max: 2027 }),
  alliance: fc.constantFrom("oneworld", "star", "skyteam", "none"),
  minStars: fc.integer({ min: 1, max: 7 }),
  q: fc.constantFrom("", "a", "air", "航空", "こうくう", "ネパール", "ねぱーる", "JL", "zz"),
  lang: fc.constantFrom("en", "ja"),
}, { requiredKeys: [] });

const arbInput = fc.oneof(
  fc.tuple(fc.constant(seed), arbOptions),
  fc.tuple(arbData, arbOptions),
);

describe("listRatings invariants", () => {
  test("filters never return an airline below minStars (unrated and noData included)", () => {
    fc.assert(fc.property(arbInput, ([data, options]) => {
      if (options.minStars === undefined) return;
      for (const a of listRatings(data, options).airlines) {
        expect(a.status).toBe("rated");
        expect(a.stars).not.toBeNull();
        expect(a.stars!).toBeGreaterThanOrEqual(options.minStars);
      }
    }));
  });

  test("minStars alone keeps exactly the rated airlines with stars >= minStars", () => {
    // Focused (no other filter, a year that has ratings) so that near misses are generated often.
    fc.assert(fc.property(arbData, fc.integer({ min: 1, max: 7 }), fc.nat(), (data, minStars, i) => {
      if (data.ratings.length === 0) return;
      const year = data.ratings[i % data.ratings.length].year;
      const got = listRatings(data, { year, minStars }).airlines.map((a) => a.code).sort();
      const want = data.ratings.filter((r) => r.year === year && r.status === "rated" && r.stars! >= minStars).map((r) => r.airlineCode).sort();
      expect(got).toEqual(want);
    }), { numRuns: 300 });
  });

  test("with an alliance filter every result belongs to it that year", () => {
    fc.assert(fc.property(arbInput, ([data, options]) => {
      if (options.alliance === undefined) return;
      const expected = options.alliance === "none" ? null : options.alliance;
      for (const a of listRatings(data, options).airlines) expect(a.alliance).toBe(expected);
    }));
  });

  test("filtered results are a subset of the unfiltered list for the same year, with the same rating", () => {
    fc.assert(fc.property(arbInput, ([data, options]) => {
      const all = listRatings(data, { year: options.year, lang: options.lang });
      const byCode = new Map(all.airlines.map((a) => [a.code, a]));
      const some = listRatings(data, options);
      expect(some.year).toBe(all.year);
      for (const a of some.airlines) expect(byCode.get(a.code)).toEqual(a);
    }));
  });

  test("unfiltered: every airline exactly once; stars only when rated; status agrees with the rows", () => {
    fc.assert(fc.property(arbData, fc.integer({ min: 2019, max: 2027 }), (data, year) => {
      const list = listRatings(data, { year }).airlines;
      expect(list.map((a) => a.code).sort()).toEqual(data.airlines.map((a) => a.code).sort());
      for (const a of list) {
        const row = data.ratings.find((r) => r.airlineCode === a.code && r.year === year);
        expect(a.status).toBe(row ? row.status : "noData");
        if (a.status !== "rated") expect(a.stars).toBeNull();
      }
    }));
  });

  test("hiragana and katakana queries give the same result", () => {
    fc.assert(fc.property(arbInput, fc.constantFrom(["ねぱーる", "ネパール"], ["こうくう", "コウクウ"], ["えあ", "エア"]), ([data, options], [hira, kata]) => {
      expect(listRatings(data, { ...options, q: hira })).toEqual(listRatings(data, { ...options, q: kata }));
    }));
  });

  test("a query equal to an airline's code (any case) always finds it", () => {
    fc.assert(fc.property(arbData, fc.nat(), fc.boolean(), (data, i, lower) => {
      const code = data.airlines[i % data.airlines.length].code;
      const q = lower ? code.toLowerCase() : code;
      expect(listRatings(data, { q }).airlines.map((a) => a.code)).toContain(code);
    }));
  });

  test("change.delta = stars - fromStars whenever both years are rated", () => {
    fc.assert(fc.property(arbData, fc.integer({ min: 2019, max: 2027 }), (data, year) => {
      for (const a of listRatings(data, { year }).airlines) {
        if (!a.change) continue;
        expect(a.change.fromYear).toBeLessThan(year);
        if (a.stars !== null && a.change.fromStars !== null) expect(a.change.delta).toBe(a.stars - a.change.fromStars);
        else expect(a.change.delta).toBeNull();
      }
    }));
  });
});

describe("getAirline invariants", () => {
  test("the top-level rating equals the list entry of the same year; history is sorted and complete", () => {
    fc.assert(fc.property(arbData, fc.nat(), fc.option(fc.integer({ min: 2019, max: 2027 }), { nil: undefined }), (data, i, year) => {
      const code = data.airlines[i % data.airlines.length].code;
      const detail = getAirline(data, code.toLowerCase(), { year })!;
      const years = detail.history.map((h) => h.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(years.length).toBe(data.ratings.filter((r) => r.airlineCode === code).length);
      if (detail.year === null) return;
      const { year: _y, source: _s, confidence: _c, airlineSource: _a, history: _h, ...rating } = detail;
      expect(listRatings(data, { year: detail.year }).airlines.find((a) => a.code === code)).toEqual(rating);
    }));
  });
});

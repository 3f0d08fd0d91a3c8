import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buildAirlineIndex, buildAirportIndex, searchAirlines, searchAirports, type AirportPlace } from "./index";
import { foldForSearch } from "@/lib/text/fold";

const A = (iata: string, name: string, city: string, cityJa: string | null, nameJa: string | null, metroCode: string | null = null, size = "large"): AirportPlace => ({
  iata, name, city, cityJa, nameJa, metroCode, size, country: "XX", timeZone: "UTC",
});
const airports = buildAirportIndex([
  A("HEL", "Helsinki Vantaa Airport", "Helsinki", "ヘルシンキ", "ヘルシンキ・ヴァンター空港"),
  A("HND", "Tokyo Haneda International Airport", "Tokyo", "東京", "東京国際空港(羽田)", "TYO"),
  A("NRT", "Narita International Airport", "Narita", "東京", "成田国際空港", "TYO"),
  A("LHR", "London Heathrow Airport", "London", "ロンドン", "ロンドン・ヒースロー空港", "LON"),
  A("HEA", "Herat Airport", "Herat", null, null, null, "medium"),
  A("KIX", "Kansai International Airport", "Osaka", "大阪", "関西国際空港", "OSA"),
]);

describe("airport search: code, city or name in English or Japanese", () => {
  test.each([
    { label: "exact IATA code first", q: "hel", first: "HEL" },
    { label: "city in English", q: "helsinki", first: "HEL" },
    { label: "city in katakana", q: "ヘルシンキ", first: "HEL" },
    { label: "city in hiragana folds to katakana", q: "へるしんき", first: "HEL" },
    { label: "full-width code", q: "ＮＲＴ", first: "NRT" },
    { label: "airport name word", q: "heathrow", first: "LHR" },
    { label: "Japanese airport name", q: "羽田", first: "HND" },
    { label: "Japanese city", q: "大阪", first: "KIX" },
  ])("$label: '$q' -> $first", ({ q, first }) => {
    expect(searchAirports(airports, q)[0]?.iata).toBe(first);
  });

  test("a metropolitan code finds every airport of the city (TYO = HND + NRT)", () => {
    expect(searchAirports(airports, "TYO").map((a) => a.iata).sort()).toEqual(["HND", "NRT"]);
  });

  test("an empty or separator-only query finds nothing", () => {
    expect(searchAirports(airports, "  ・ ")).toEqual([]);
  });

  test("property: every result contains the folded query or matches a code, and the limit holds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.integer({ min: 1, max: 5 }), (q, limit) => {
        const res = searchAirports(airports, q, limit);
        expect(res.length).toBeLessThanOrEqual(limit);
        const folded = foldForSearch(q);
        const code = q.trim().toUpperCase();
        for (const a of res) {
          const fields = [a.iata, a.city, a.cityJa ?? "", a.name, a.nameJa ?? ""].map(foldForSearch);
          expect(a.iata === code || a.metroCode === code || fields.some((f) => f.includes(folded))).toBe(true);
        }
      }),
    );
  });
});

describe("airline search", () => {
  const airlines = buildAirlineIndex([
    { code: "AY", name: "Finnair", nameJa: "フィンエアー", aliases: "", alliance: "oneworld" },
    { code: "RA", name: "Nepal Airlines", nameJa: "ネパール航空", aliases: "Kathmandu", alliance: null },
  ]);
  test.each([
    { label: "code", q: "ay", first: "AY" },
    { label: "English name", q: "finn", first: "AY" },
    { label: "Japanese name", q: "ねぱーる", first: "RA" },
    { label: "alias (hub city)", q: "kathmandu", first: "RA" },
  ])("$label: '$q' -> $first", ({ q, first }) => {
    expect(searchAirlines(airlines, q)[0]?.code).toBe(first);
  });
});

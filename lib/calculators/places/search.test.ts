import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { buildAirlineIndex, buildAirportIndex, searchAirlines, searchAirports, type AirportPlace } from "./index";
import { withinOneEdit } from "./match";

const A = (iata: string, name: string, city: string, cityJa: string | null, nameJa: string | null, metroCode: string | null = null, size = "large", icao: string | null = null, searchTerms = ""): AirportPlace => ({
  iata, name, city, cityJa, nameJa, metroCode, size, country: "XX", timeZone: "UTC", icao, searchTerms,
});
const airports = buildAirportIndex([
  A("HEL", "Helsinki Vantaa Airport", "Helsinki", "ヘルシンキ", "ヘルシンキ・ヴァンター空港", null, "large", "EFHK"),
  A("HND", "Tokyo Haneda International Airport", "Tokyo", "東京", "東京国際空港(羽田)", "TYO", "large", "RJTT", "Haneda|はねだ|とうきょう"),
  A("NRT", "Narita International Airport", "Narita", "東京", "成田国際空港", "TYO", "large", "RJAA", "Tokyo|Tokyo Narita Airport|なりた|とうきょう"),
  A("LHR", "London Heathrow Airport", "London", "ロンドン", "ロンドン・ヒースロー空港", "LON"),
  A("HEA", "Herat Airport", "Herat", null, null, null, "medium"),
  A("KIX", "Kansai International Airport", "Osaka", "大阪", "関西国際空港", "OSA", "large", "RJBB", "かんさい|おおさか"),
  A("ITM", "Osaka International Airport", "Osaka", "大阪", "大阪国際空港(伊丹空港)", "OSA", "large", "RJOO", "Itami|いたみ|おおさか"),
]);
const codes = (q: string, limit = 8) => searchAirports(airports, q, limit).map((a) => a.iata);

describe("airport search: what a traveller types (issue 17)", () => {
  test.each([
    { label: "exact IATA code first", q: "hel", first: "HEL" },
    { label: "ICAO code", q: "RJAA", first: "NRT" },
    { label: "ICAO code, lower case", q: "efhk", first: "HEL" },
    { label: "city in English", q: "helsinki", first: "HEL" },
    { label: "one typo: 'Helsinky'", q: "Helsinky", first: "HEL" },
    { label: "one swap: 'Helsnki' (a letter missing)", q: "Helsnki", first: "HEL" },
    { label: "city in katakana", q: "ヘルシンキ", first: "HEL" },
    { label: "city in hiragana folds to katakana", q: "へるしんき", first: "HEL" },
    { label: "full-width code", q: "ＮＲＴ", first: "NRT" },
    { label: "airport name word", q: "heathrow", first: "LHR" },
    { label: "name with 'airport'", q: "narita airport", first: "NRT" },
    { label: "name without 'airport'", q: "narita", first: "NRT" },
    { label: "name with 'international airport'", q: "Narita International Airport", first: "NRT" },
    { label: "kanji name", q: "成田", first: "NRT" },
    { label: "kanji name with 空港", q: "成田空港", first: "NRT" },
    { label: "hiragana reading", q: "なりた", first: "NRT" },
    { label: "katakana reading", q: "ナリタ", first: "NRT" },
    { label: "Japanese airport name", q: "羽田", first: "HND" },
    { label: "old/other name (Itami)", q: "itami", first: "ITM" },
    { label: "Japanese city", q: "大阪", first: "KIX" },
  ])("$label: '$q' -> $first", ({ q, first }) => {
    expect(codes(q)[0]).toBe(first);
  });

  test.each([
    { label: "metro code TYO = HND + NRT", q: "TYO", all: ["HND", "NRT"] },
    { label: "city 'Tokyo' finds Narita too (its city is stored as Narita)", q: "Tokyo", all: ["HND", "NRT"] },
    { label: "とうきょう in hiragana", q: "とうきょう", all: ["HND", "NRT"] },
    { label: "東京 in kanji", q: "東京", all: ["HND", "NRT"] },
    { label: "'Osaka' finds KIX and ITM", q: "Osaka", all: ["ITM", "KIX"] },
    { label: "metro code OSA", q: "OSA", all: ["ITM", "KIX"] },
  ])("$label", ({ q, all }) => {
    expect(codes(q).sort()).toEqual(all);
  });

  test("an exact code outranks a name that merely contains it", () => {
    expect(codes("HEA")[0]).toBe("HEA"); // before Heathrow, whose name starts with "hea"
    expect(codes("her")[0]).toBe("HEA");
  });

  test("an empty, separator-only or 'airport'-only query finds nothing", () => {
    expect(codes("  ・ ")).toEqual([]);
    expect(codes("airport").length).toBeGreaterThan(0); // the word itself still matches names as text
  });

  test("short queries are not typo-matched: 'xyz' is no one-edit neighbour of anything", () => {
    expect(codes("xyz")).toEqual([]);
  });
});

describe("airport search properties", () => {
  const all = [...airports.map((e) => e.item)];
  const hira = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

  test("the limit holds and an exact IATA or ICAO code is always first", () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.boolean(), fc.integer({ min: 1, max: 5 }), (a, icao, limit) => {
        const q = icao && a.icao ? a.icao.toLowerCase() : a.iata.toLowerCase();
        const res = codes(q, limit);
        expect(res.length).toBeLessThanOrEqual(limit);
        expect(res[0]).toBe(a.iata);
      }),
    );
  });

  test("hiragana and katakana spellings give the same answer", () => {
    fc.assert(
      fc.property(fc.constantFrom(...all.flatMap((a) => [a.cityJa, a.nameJa]).filter((s): s is string => !!s)), (text) => {
        expect(codes(hira(text))).toEqual(codes(text));
      }),
    );
  });

  test("one typo (any letter replaced, dropped or doubled) in a city of 6+ letters still finds the airport", () => {
    const cities = all.filter((a) => /^[A-Za-z]{6,}$/.test(a.city));
    fc.assert(
      fc.property(fc.constantFrom(...cities), fc.nat(), fc.constantFrom("replace", "drop", "double"), (a, at, kind) => {
        const c = a.city.toLowerCase();
        const i = 1 + (at % (c.length - 1)); // keep the first letter: people rarely miss it
        const typo = kind === "replace" ? c.slice(0, i) + (c[i] === "q" ? "x" : "q") + c.slice(i + 1) : kind === "drop" ? c.slice(0, i) + c.slice(i + 1) : c.slice(0, i) + c[i] + c.slice(i);
        expect(codes(typo, 20)).toContain(a.iata);
      }),
    );
  });

  test("adding 'airport' to a city never loses its airport", () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(" airport", " Airport", " international airport", "空港"), (a, suffix) => {
        const base = suffix === "空港" ? (a.cityJa ?? a.city) : a.city;
        expect(codes(base + suffix, 20)).toContain(a.iata);
      }),
    );
  });

  test("withinOneEdit is symmetric and true for a string and itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(withinOneEdit(a, a)).toBe(true);
        expect(withinOneEdit(a, b)).toBe(withinOneEdit(b, a));
      }),
    );
  });
});

describe("airline search", () => {
  const airlines = buildAirlineIndex([
    { code: "AY", name: "Finnair", nameJa: "フィンエアー", aliases: "フィンランド航空 Helsinki ヘルシンキ", alliance: "oneworld" },
    { code: "RA", name: "Nepal Airlines", nameJa: "ネパール航空", aliases: "Kathmandu", alliance: null },
  ]);
  test.each([
    { label: "code", q: "ay", first: "AY" },
    { label: "English name", q: "finn", first: "AY" },
    { label: "Japanese name", q: "ねぱーる", first: "RA" },
    { label: "alias (hub city)", q: "kathmandu", first: "RA" },
    { label: "one typo", q: "Finnar", first: "AY" },
  ])("$label: '$q' -> $first", ({ q, first }) => {
    expect(searchAirlines(airlines, q)[0]?.code).toBe(first);
  });
});

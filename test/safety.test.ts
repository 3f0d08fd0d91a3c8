// facts §5 (AirlineRatings.com, seed 4) through the query layer, on the real migrated
// and seeded database: what the API and the pages read is what the facts say.
import { afterAll, describe, expect, test } from "vitest";
import {
  getSafetyAirline,
  getSafetyAirlinePage,
  getSafetyBadges,
  getSafetyOverview,
  listSafetyRatings,
} from "@/lib/db/queries/safety";
import { testDb, dbTarget } from "./setup/db";

const db = testDb();
afterAll(() => db.$disconnect());

async function one(code: string, year = 2024) {
  const found = (await listSafetyRatings({ year }, db)).airlines.find((a) => a.code === code);
  if (!found) throw new Error(`${code} not listed`);
  return found;
}

describe(`facts §5 through the query layer (${dbTarget()})`, () => {
  test.each([
    { label: "facts §5: Qantas 7 stars, 2024 top 25", code: "QF" },
    { label: "facts §5: Qatar Airways 7 stars, 2024 top 25", code: "QR" },
    { label: "facts §5: Finnair 7 stars, 2024 top 25", code: "AY" },
    { label: "facts §5: Cathay Pacific 7 stars, 2024 top 25", code: "CX" },
    { label: "facts §5: Alaska Airlines 7 stars, 2024 top 25", code: "AS" },
    { label: "facts §5: British Airways 7 stars, 2024 top 25", code: "BA" },
    { label: "facts §5: JAL 7 stars, 2024 top 25", code: "JL" },
    { label: "facts §5: American Airlines 7 stars, 2024 top 25", code: "AA" },
  ])("$label", async ({ code }) => {
    expect(await one(code)).toMatchObject({ status: "rated", stars: 7, top25: true, alliance: "oneworld" });
  });

  test.each([
    { label: "facts §5: Iberia 7 stars, not top 25", code: "IB", role: "member" },
    { label: "facts §5: Royal Air Maroc 7 stars, not top 25", code: "AT", role: "member" },
    { label: "facts §5: SriLankan Airlines 7 stars, not top 25", code: "UL", role: "member" },
    { label: "facts §5: Royal Jordanian 7 stars, not top 25", code: "RJ", role: "member" },
    { label: "facts §5: Fiji Airways 7 stars, not top 25, oneworld connect", code: "FJ", role: "connect" },
  ])("$label", async ({ code, role }) => {
    expect(await one(code)).toMatchObject({ status: "rated", stars: 7, top25: false, alliance: "oneworld", allianceRole: role });
  });

  test("facts §5: Oman Air 6 stars (joining oneworld; not a member in 2024)", async () => {
    expect(await one("WY")).toMatchObject({ status: "rated", stars: 6, top25: false, alliance: null });
  });

  test("facts §5: Malaysia Airlines 3 stars, the lowest in oneworld by far", async () => {
    expect(await one("MH")).toMatchObject({ status: "rated", stars: 3, top25: false, alliance: "oneworld" });
    const oneworld = (await listSafetyRatings({ year: 2024, alliance: "oneworld" }, db)).airlines;
    expect(oneworld.at(-1)?.code).toBe("MH");
    expect(oneworld.filter((a) => a.code !== "MH").every((a) => a.stars === 7)).toBe(true);
  });

  test.each([
    { label: "facts §5 1 star: Pakistan International Airlines", code: "PK" },
    { label: "facts §5 1 star: Air Algérie", code: "AH" },
    { label: "facts §5 1 star: SCAT Airlines", code: "DV" },
    { label: "facts §5 1 star: Sriwijaya Air", code: "SJ" },
    { label: "facts §5 1 star: Airblue", code: "PA" },
    { label: "facts §5 1 star: Blue Wing Airlines (ICAO code BWI)", code: "BWI" },
    { label: "facts §5 1 star: Iran Aseman Airlines", code: "EP" },
    { label: "facts §5 1 star: Nepal Airlines", code: "RA" },
  ])("$label, in 2024 and unchanged from 2023", async ({ code }) => {
    expect(await one(code, 2024)).toMatchObject({ status: "rated", stars: 1, top25: false, change: { fromYear: 2023, fromStars: 1, delta: 0 } });
    expect(await one(code, 2023)).toMatchObject({ status: "rated", stars: 1 });
  });

  test("facts §5: exactly the eight 1-star airlines in 2024", async () => {
    const codes = (await listSafetyRatings({ year: 2024 }, db)).airlines.filter((a) => a.stars === 1).map((a) => a.code);
    expect(codes.sort()).toEqual(["AH", "BWI", "DV", "EP", "PA", "PK", "RA", "SJ"]);
  });

  test.each(["SU", "S7", "FV", "U6", "DP"].map((code) => ({ label: `facts §5: Russian airline ${code} is not rated (stars null, with a note)`, code })))("$label", async ({ code }) => {
    expect(await one(code)).toMatchObject({ status: "unrated", stars: null, top25: false });
    expect((await one(code)).note).toMatch(/invasion of Ukraine/);
    const ja = (await listSafetyRatings({ year: 2024, lang: "ja" }, db)).airlines.find((a) => a.code === code);
    expect(ja?.note).toMatch(/ウクライナ侵攻/);
  });

  test("facts §5: oneworld with 7 stars = the 8 top-25 airlines and the 5 others", async () => {
    const codes = (await listSafetyRatings({ year: 2024, alliance: "oneworld", minStars: 7 }, db)).airlines.map((a) => a.code);
    expect(codes.sort()).toEqual(["AA", "AS", "AT", "AY", "BA", "CX", "FJ", "IB", "JL", "QF", "QR", "RJ", "UL"]);
  });
});

describe("search, years, noData vs unrated", () => {
  test("search 'ネパール' finds Nepal Airlines at 1 star", async () => {
    const { airlines } = await listSafetyRatings({ q: "ネパール", year: 2024 }, db);
    expect(airlines.map((a) => a.code)).toEqual(["RA"]);
    expect(airlines[0]).toMatchObject({ name: "Nepal Airlines", stars: 1, status: "rated" });
  });

  test.each([
    { label: "hiragana finds the katakana name", q: "ねぱーる", code: "RA" },
    { label: "English name, any case", q: "NEPAL", code: "RA" },
    { label: "code, lower case", q: "jl", code: "JL" },
    { label: "Japanese name", q: "日本航空", code: "JL" },
  ])("search: $label", async ({ q, code }) => {
    expect((await listSafetyRatings({ q }, db)).airlines.map((a) => a.code)).toContain(code);
  });

  test("default year is the latest in the data (2026); the dataset covers 2026 back to 2023", async () => {
    const overview = await getSafetyOverview({}, db);
    expect(overview.list.year).toBe(2026);
    expect(overview.years).toEqual([2026, 2025, 2024, 2023]);
    expect(overview.total).toBeGreaterThanOrEqual(overview.list.airlines.length);
    expect(overview.sources.map((s) => s.source).join(" ")).toMatch(/airlineratings\.com.*2026-01-13/);
  });

  test("the 2024 sources are the seed post's (its own year still reproduces)", async () => {
    const overview = await getSafetyOverview({ year: 2024 }, db);
    expect(overview.sources).toEqual([expect.objectContaining({ source: expect.stringContaining("airlineratings.com"), confidence: "H" })]);
  });

  test("2026 ranks from the stored rows: Etihad 1st, ANA 14th; HK Express 1st low-cost; each row with a URL source and a verification date", async () => {
    const { airlines } = await listSafetyRatings({ year: 2026 }, db);
    expect(airlines.find((a) => a.code === "EY")).toMatchObject({ rank: 1, rankList: "fullService", top25: true });
    expect(airlines.find((a) => a.code === "NH")).toMatchObject({ rank: 14, rankList: "fullService", name: "All Nippon Airways" });
    expect(airlines.find((a) => a.code === "UO")).toMatchObject({ rank: 1, rankList: "lowCost" });
    const rows = await db.safetyRating.findMany({ where: { year: { in: [2025, 2026] } } });
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(r.source).toMatch(/https:\/\//);
      expect(r.verifiedOn?.toISOString().slice(0, 10)).toBe("2026-12-02");
    }
  });

  test("noData is not unrated: JAL 2023 has no rating stored (noData), Aeroflot 2024 is unrated", async () => {
    expect(await one("JL", 2023)).toMatchObject({ status: "noData", stars: null, note: null });
    expect(await one("SU", 2024)).toMatchObject({ status: "unrated", stars: null });
    expect(await one("SU", 2023)).toMatchObject({ status: "noData", stars: null });
  });

  test("only the eight 1-star airlines are rated in 2023 (nothing invented)", async () => {
    const rated = (await listSafetyRatings({ year: 2023 }, db)).airlines.filter((a) => a.status !== "noData");
    expect(rated.map((a) => a.code).sort()).toEqual(["AH", "BWI", "DV", "EP", "PA", "PK", "RA", "SJ"]);
  });

  test("getSafetyAirline: a year without a rating is noData, not null; an unknown code is null", async () => {
    expect(await getSafetyAirline("jl", { year: 2023 }, db)).toMatchObject({ code: "JL", year: 2023, status: "noData", stars: null, history: [{ year: 2024, stars: 7 }, { year: 2025, stars: null, rank: 19 }] });
    expect(await getSafetyAirline("ZZ", {}, db)).toBeNull();
  });

  test("the airline page lists every year of the dataset, 'no data' where none is known", async () => {
    const page = await getSafetyAirlinePage("JL", "en", db);
    expect(page?.years.map((y) => [y.year, y.status, y.stars, y.rank])).toEqual([[2026, "noData", null, null], [2025, "rated", null, 19], [2024, "rated", 7, null], [2023, "noData", null, null]]);
    expect(page?.memberships).toEqual([{ alliance: "oneworld", role: "member", joined: "2007-04-01", left: null }]);
    const ra = await getSafetyAirlinePage("ra", "ja", db);
    expect(ra?.airline.name).toBe("ネパール航空");
    expect(ra?.years.map((y) => y.stars)).toEqual([null, null, 1, 1]);
    expect(await getSafetyAirlinePage("ZZ", "en", db)).toBeNull();
  });
});

describe("getSafetyBadges (award itineraries)", () => {
  test("many carriers at once: stars, not rated, no data; codes normalised; unknown or malformed left out", async () => {
    const badges = await getSafetyBadges(["JL", "ra", " su ", "NH", "ZZ", "not a code", "JL"], db);
    // The latest year is 2026: JAL is not in its top 25 and no other 2026 rating is known.
    expect(badges).toEqual({
      // With no 2026 data, the last year that gave stars comes along, with its year (facts §5: JL 7, RA 1 in 2024).
      JL: { code: "JL", status: "noData", stars: null, rank: null, rankList: null, year: 2026, lastStars: { year: 2024, stars: 7 } },
      RA: { code: "RA", status: "noData", stars: null, rank: null, rankList: null, year: 2026, lastStars: { year: 2024, stars: 1 } },
      // Aeroflot was "not rated" (no stars) in 2024: nothing to carry.
      SU: { code: "SU", status: "noData", stars: null, rank: null, rankList: null, year: 2026, lastStars: null },
      NH: { code: "NH", status: "rated", stars: null, rank: 14, rankList: "fullService", year: 2026, lastStars: null },
    });
  });

  test("no codes, no query", async () => {
    expect(await getSafetyBadges([], db)).toEqual({});
  });

  test("every badge says what /safety says for the latest year", async () => {
    const list = await listSafetyRatings({}, db);
    const badges = await getSafetyBadges(list.airlines.map((a) => a.code), db);
    for (const a of list.airlines) expect(badges[a.code]).toMatchObject({ code: a.code, status: a.status, stars: a.stars, rank: a.rank, rankList: a.rankList, year: list.year });
  });
});

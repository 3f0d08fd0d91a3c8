// GET /api/v1/safety/airlines and /api/v1/safety/airlines/{code} (api.md) through HTTP:
// every fact of facts §5, the api.md example, bad parameters -> 400 with the issue at
// the right path, unknown code -> 404, CORS and caching headers on these public GETs.
import { expect, test, type APIRequestContext } from "@playwright/test";

const LIST = "/api/v1/safety/airlines";

type Airline = { code: string; name: string; alliance: string | null; allianceRole: string | null; status: string; stars: number | null; top25: boolean; note: string | null };

// The first request may compile the route on a dev server: be patient.
const get = (request: APIRequestContext, url: string) => request.get(url, { timeout: 120_000 });

async function list(request: APIRequestContext, query: Record<string, string | number> = {}): Promise<{ year: number; airlines: Airline[] }> {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const res = await get(request, `${LIST}?${params}`);
  expect(res.status()).toBe(200);
  return res.json();
}

async function airline2024(request: APIRequestContext, code: string): Promise<Airline> {
  const found = (await list(request, { year: 2024 })).airlines.find((a) => a.code === code);
  expect(found, `${code} listed in 2024`).toBeTruthy();
  return found!;
}

test.describe("facts §5 through GET /api/v1/safety/airlines", () => {
  const cases = [
    ...["QF", "QR", "AY", "CX", "AS", "BA", "JL", "AA"].map((code) => ({
      label: `facts §5: ${code} 7 stars and in the 2024 top 25 (oneworld)`, code,
      expected: { status: "rated", stars: 7, top25: true, alliance: "oneworld" },
    })),
    ...["IB", "AT", "UL", "RJ"].map((code) => ({
      label: `facts §5: ${code} 7 stars, not in the top 25 (oneworld)`, code,
      expected: { status: "rated", stars: 7, top25: false, alliance: "oneworld", allianceRole: "member" },
    })),
    { label: "facts §5: Fiji Airways 7 stars, not top 25, oneworld connect", code: "FJ", expected: { status: "rated", stars: 7, top25: false, alliance: "oneworld", allianceRole: "connect" } },
    { label: "facts §5: Oman Air 6 stars", code: "WY", expected: { status: "rated", stars: 6, top25: false } },
    { label: "facts §5: Malaysia Airlines 3 stars (oneworld)", code: "MH", expected: { status: "rated", stars: 3, top25: false, alliance: "oneworld" } },
    ...["PK", "AH", "DV", "SJ", "PA", "BWI", "EP", "RA"].map((code) => ({
      label: `facts §5: ${code} 1 star (lowest rated)`, code,
      expected: { status: "rated", stars: 1, top25: false },
    })),
    ...["SU", "S7", "FV", "U6", "DP"].map((code) => ({
      label: `facts §5: Russian airline ${code} not rated: stars null, with a note`, code,
      expected: { status: "unrated", stars: null, top25: false },
    })),
  ];

  for (const { label, code, expected } of cases) {
    test(label, async ({ request }) => {
      const a = await airline2024(request, code);
      expect(a).toMatchObject(expected);
      if (expected.status === "unrated") expect(a.note).toMatch(/invasion of Ukraine/);
    });
  }

  test("facts §5: the 1-star list is unchanged from 2023 (the only 2023 ratings known)", async ({ request }) => {
    const { year, airlines } = await list(request, { year: 2023 });
    expect(year).toBe(2023);
    const rated = airlines.filter((a) => a.status !== "noData");
    expect(rated.map((a) => a.code).sort()).toEqual(["AH", "BWI", "DV", "EP", "PA", "PK", "RA", "SJ"]);
    expect(rated.every((a) => a.stars === 1)).toBe(true);
  });

  test("facts §5: oneworld 7-star airlines: the 8 top-25 plus 5 others; Malaysia Airlines the lowest of oneworld", async ({ request }) => {
    const seven = await list(request, { year: 2024, alliance: "oneworld", minStars: 7 });
    expect(seven.airlines.map((a) => a.code).sort()).toEqual(["AA", "AS", "AT", "AY", "BA", "CX", "FJ", "IB", "JL", "QF", "QR", "RJ", "UL"]);
    const all = await list(request, { year: 2024, alliance: "oneworld" });
    expect(all.airlines.at(-1)).toMatchObject({ code: "MH", stars: 3 });
  });

  test("api.md example: ?year=2024&alliance=oneworld&minStars=1&q=japan -> JL only", async ({ request }) => {
    const body = await list(request, { year: 2024, alliance: "oneworld", minStars: 1, q: "japan" });
    expect(body.year).toBe(2024);
    expect(body.airlines).toHaveLength(1);
    expect(body.airlines[0]).toMatchObject({ code: "JL", name: "Japan Airlines", alliance: "oneworld", status: "rated", stars: 7, top25: true, note: null });
  });

  test("search 'ネパール' finds Nepal Airlines at 1 star; lang=ja names it in Japanese", async ({ request }) => {
    expect((await list(request, { q: "ネパール", year: 2024 })).airlines.map((a) => [a.code, a.stars])).toEqual([["RA", 1]]);
    expect((await list(request, { q: "nepal", lang: "ja" })).airlines[0]).toMatchObject({ code: "RA", name: "ネパール航空" });
  });

  test("no parameters: the latest year (2026), every airline listed, ranks and dataAsOf", async ({ request }) => {
    const body = (await list(request)) as Awaited<ReturnType<typeof list>> & { dataAsOf: unknown };
    expect(body.year).toBe(2026);
    expect(body.airlines[0]).toMatchObject({ code: "EY", rank: 1 });
    expect(body.dataAsOf).toEqual({ verifiedOn: "2026-12-02", stale: false });
    expect(body.airlines.length).toBeGreaterThanOrEqual(26);
  });
});

test.describe("GET /api/v1/safety/airlines/{code}", () => {
  for (const { label, path, expected } of [
    { label: "facts §5: JL 7 stars, top 25, history [2024]", path: "JL?year=2024", expected: { code: "JL", year: 2024, status: "rated", stars: 7, top25: true, alliance: "oneworld", history: [{ year: 2024, status: "rated", stars: 7, top25: true }, { year: 2025, status: "rated", stars: null, top25: true, rank: 19 }] } },
    { label: "facts §5: Iberia 7 stars, not top 25 (code case-insensitive)", path: "ib?year=2024", expected: { code: "IB", status: "rated", stars: 7, top25: false } },
    { label: "facts §5: Nepal Airlines 1 star, 2023 and 2024, no change", path: "RA", expected: { code: "RA", stars: 1, change: { fromYear: 2023, fromStars: 1, delta: 0 }, history: [{ year: 2023, stars: 1 }, { year: 2024, stars: 1 }] } },
    { label: "facts §5: Blue Wing Airlines by its ICAO code", path: "bwi", expected: { code: "BWI", stars: 1 } },
    { label: "facts §5: Aeroflot unrated, stars null, a note, a source", path: "SU", expected: { code: "SU", status: "unrated", stars: null, top25: false, source: expect.stringContaining("airlineratings.com") } },
    { label: "a year without a rating is status noData, not 404 (JAL 2023)", path: "JL?year=2023", expected: { code: "JL", year: 2023, status: "noData", stars: null, source: null } },
    { label: "lang=ja: the Japanese name and note", path: "SU?lang=ja&year=2024", expected: { name: "アエロフロート・ロシア航空", note: expect.stringContaining("ウクライナ侵攻") } },
  ]) {
    test(label, async ({ request }) => {
      const res = await get(request, `${LIST}/${path}`);
      expect(res.status()).toBe(200);
      expect(await res.json()).toMatchObject(expected);
    });
  }

  test("an unknown code is 404 { error: not_found }", async ({ request }) => {
    const res = await get(request, `${LIST}/ZZ`);
    expect(res.status()).toBe(404);
    expect(await res.json()).toEqual({ error: "not_found" });
  });
});

test.describe("bad parameters: 400 with the issue at the right path, never 500", () => {
  for (const { label, url, issues } of [
    { label: "year not a number", url: `${LIST}?year=abc`, issues: [["year", "year must be a whole number"]] },
    { label: "minStars 0", url: `${LIST}?minStars=0`, issues: [["minStars", "minStars must be between 1 and 7"]] },
    { label: "minStars 8", url: `${LIST}?minStars=8`, issues: [["minStars", "minStars must be between 1 and 7"]] },
    { label: "q over 100 characters", url: `${LIST}?q=${"a".repeat(101)}`, issues: [["q", "q must be at most 100 characters"]] },
    { label: "unknown alliance", url: `${LIST}?alliance=vanilla`, issues: [["alliance", "alliance must be one of oneworld, star, skyteam, none"]] },
    { label: "three bad parameters, three issues", url: `${LIST}?year=20x4&minStars=9&q=${"x".repeat(101)}`, issues: [["year", "year must be a whole number"], ["minStars", "minStars must be between 1 and 7"], ["q", "q must be at most 100 characters"]] },
    { label: "code of one character", url: `${LIST}/J`, issues: [["code", "code must be an IATA airline code (2 characters) or an ICAO code (3 letters)"]] },
    { label: "code of four characters", url: `${LIST}/JLJL`, issues: [["code", "code must be an IATA airline code (2 characters) or an ICAO code (3 letters)"]] },
    { label: "code with punctuation", url: `${LIST}/J%3B`, issues: [["code", "code must be an IATA airline code (2 characters) or an ICAO code (3 letters)"]] },
    { label: "year not a number for one airline", url: `${LIST}/JL?year=last`, issues: [["year", "year must be a whole number"]] },
  ]) {
    test(label, async ({ request }) => {
      const res = await get(request, url);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid_request");
      expect(body.issues.map((i: { path: string; message: string }) => [i.path, i.message])).toEqual(issues);
    });
  }
});

test.describe("public GET headers", () => {
  for (const url of [`${LIST}?year=2024`, `${LIST}/JL`]) {
    test(`CORS for any origin and a public cache-control: ${url}`, async ({ request }) => {
      const res = await get(request, url);
      expect(res.status()).toBe(200);
      expect(res.headers()["access-control-allow-origin"]).toBe("*");
      expect(res.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
      expect(res.headers()["content-type"]).toContain("application/json");
    });
  }

  test("errors are readable cross-origin too, and not cached", async ({ request }) => {
    for (const url of [`${LIST}?minStars=9`, `${LIST}/ZZ`]) {
      const res = await get(request, url);
      expect(res.headers()["access-control-allow-origin"]).toBe("*");
      expect(res.headers()["cache-control"]).toBe("no-store");
    }
  });
});

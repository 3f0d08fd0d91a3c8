// POST /api/v1/awards/optimize and GET /api/v1/awards/map.svg through HTTP: the contract's
// fields on the facts' examples, valuations changing the answer, every kind of bad input
// -> 400 with issues at the right path (never a 500), and the map as an SVG image.
import { expect, test, type APIRequestContext } from "@playwright/test";

const URL = "/api/v1/awards/optimize";
const MAP = "/api/v1/awards/map.svg";

// api.md's example: NRT-HEL-LHR on Finnair in business, two days in Helsinki.
const HELSINKI = [
  { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" },
  { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" },
];
// facts §7: Tokyo-Honolulu round trip (2 x 3,831 TPM = 7,662 miles) -> JAL oneworld 40,000 economy.
const HONOLULU = [
  { from: "HND", to: "HNL", carrier: "JL", cabin: "economy", departs: "2024-06-01T21:55", arrives: "2024-06-01T10:00" },
  { from: "HNL", to: "HND", carrier: "AA", cabin: "economy", departs: "2024-06-05T13:00", arrives: "2024-06-06T16:30" },
];
// ...then on to Sapporo: one JAL ticket would be 8,172 miles (50,000); splitting is cheaper.
const HONOLULU_SAPPORO = [...HONOLULU, { from: "HND", to: "CTS", carrier: "JL", cabin: "economy", departs: "2024-06-06T19:30", arrives: "2024-06-06T21:05" }];

// JAL against BA on their early-2024 charts, booked then (the numbers below are those charts').
const EARLY_2024 = { programs: ["JAL", "BA"], asOf: "2024-06-01" };

async function post(request: APIRequestContext, data: unknown) {
  return request.post(URL, { data, headers: { "Content-Type": "application/json" } });
}

type Ticket = { segments: number[]; program: string; award: string; price: number; currency: string; chart: { name: string; effectiveFrom: string; source: string; confidence: string } | null };

test.describe("POST /api/v1/awards/optimize: the contract", () => {
  test("api.md's example: tickets with segments, program, award, price, currency and chart; totals per currency; alternatives", async ({ request }) => {
    const res = await post(request, { segments: HELSINKI, ...EARLY_2024 });
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    expect(body.tickets.length).toBeGreaterThan(0);
    for (const t of body.tickets as Ticket[]) {
      expect(t).toMatchObject({ segments: expect.any(Array), program: expect.any(String), award: expect.any(String), price: expect.any(Number), currency: expect.any(String) });
      expect(t.chart).toMatchObject({ name: expect.any(String), effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: expect.any(String), confidence: expect.stringMatching(/^[HML]$/) });
    }
    expect(body.tickets.flatMap((t: Ticket) => t.segments)).toEqual([0, 1]);
    expect(body.total).toEqual([{ currency: "Avios", price: 99250 }]);
    expect(body.totalCents).toBe(148875);
    expect(Array.isArray(body.alternatives)).toBe(true);
    expect(Array.isArray(body.suggestions)).toBe(true);
    expect(body.valuations).toContainEqual(expect.objectContaining({ currency: "Avios", centsPerPoint: 1.5, fromRequest: false, source: expect.any(String) }));
  });

  test("facts §7 Tokyo-Honolulu round trip: one JAL oneworld ticket of 40,000 JAL miles, the Avios plan as an alternative", async ({ request }) => {
    const body = await (await post(request, { segments: HONOLULU, ...EARLY_2024 })).json();
    expect(body.tickets.map((t: Ticket) => [t.segments, t.program, t.award, t.price, t.currency])).toEqual([[[0, 1], "JAL", "oneworld", 40000, "JAL miles"]]);
    expect(body.alternatives.map((a: { kind: string; program: string }) => [a.kind, a.program])).toContainEqual(["singleProgram", "BA"]);
  });

  test("splitting beats one ticket, and prices in two currencies are listed apart, never added", async ({ request }) => {
    const body = await (await post(request, { segments: HONOLULU_SAPPORO, ...EARLY_2024 })).json();
    expect(body.tickets.map((t: Ticket) => [t.segments, t.program, t.price])).toEqual([[[0, 1], "JAL", 40000], [[2], "BA", 7500]]);
    expect(body.total).toEqual([{ currency: "JAL miles", price: 40000 }, { currency: "Avios", price: 7500 }]);
    expect(body.totalCents).toBe(40000 * 1.4 + 7500 * 1.5);
  });

  test("the user's valuations change the answer: JAL miles at 2.0 cents make the Avios plan cheaper", async ({ request }) => {
    const body = await (await post(request, { segments: HONOLULU, ...EARLY_2024, valuations: { "JAL miles": 2.0, Avios: 1.5 } })).json();
    expect(body.tickets.map((t: Ticket) => t.program)).toEqual(["BA"]);
    expect(body.valuations).toContainEqual(expect.objectContaining({ currency: "JAL miles", centsPerPoint: 2, fromRequest: true }));
  });

  test("a suggestion comes in English and Japanese with a stable code (a free stopover at HEL on a JAL oneworld round trip)", async ({ request }) => {
    const segments = [
      { from: "NRT", to: "HEL", carrier: "AY", cabin: "economy", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" },
      { from: "HEL", to: "LHR", carrier: "BA", cabin: "economy", departs: "2024-06-01T18:10", arrives: "2024-06-01T19:45" },
      { from: "LHR", to: "NRT", carrier: "JL", cabin: "economy", departs: "2024-06-04T19:00", arrives: "2024-06-05T16:00" },
    ];
    const body = await (await post(request, { segments, programs: ["JAL"] })).json();
    const s = body.suggestions.find((x: { code: string }) => x.code === "stopover.free");
    expect(s).toMatchObject({ stopIndex: 0, detail: { airport: "HEL" } });
    expect(s.en).toContain("HEL");
    expect(s.ja).toMatch(/途中降機/);
  });

  test("OPTIONS answers the CORS preflight", async ({ request }) => {
    const res = await request.fetch(URL, { method: "OPTIONS" });
    expect(res.status()).toBe(204);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    expect(res.headers()["access-control-allow-methods"]).toContain("POST");
  });
});

test.describe("POST /api/v1/awards/optimize: bad input is a 400 with issues, never a 500", () => {
  const seg = HELSINKI[0];
  const cases: { label: string; body: unknown; path: string }[] = [
    { label: "no segments", body: { segments: [] }, path: "segments" },
    { label: "17 segments", body: { segments: Array.from({ length: 17 }, () => seg) }, path: "segments" },
    { label: "an airport code of 4 letters", body: { segments: [{ ...seg, from: "NRTX" }] }, path: "segments.0.from" },
    { label: "an unknown airport (checked against the data, like /awards/quote)", body: { segments: [{ ...seg, to: "ZZZ" }] }, path: "segments.0.to" },
    { label: "an unknown airline", body: { segments: [{ ...seg, carrier: "Q9" }] }, path: "segments.0.carrier" },
    { label: "arrival before departure in real time", body: { segments: [{ ...seg, arrives: "2024-06-01T01:00" }] }, path: "segments.0.arrives" },
    { label: "an unknown cabin", body: { segments: [{ ...seg, cabin: "suite" }] }, path: "segments.0.cabin" },
    { label: "a valuation of 0 cents", body: { segments: HELSINKI, valuations: { Avios: 0 } }, path: "valuations.Avios" },
    { label: "a valuation over 100 cents", body: { segments: HELSINKI, valuations: { Avios: 250 } }, path: "valuations.Avios" },
    { label: "a valuation as text", body: { segments: HELSINKI, valuations: { Avios: "1.5" } }, path: "valuations.Avios" },
    { label: "11 valuations", body: { segments: HELSINKI, valuations: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`points ${i}`, 1])) }, path: "valuations" },
    { label: "a currency name over 40 characters", body: { segments: HELSINKI, valuations: { ["x".repeat(41)]: 1 } }, path: `valuations.${"x".repeat(41)}` },
    { label: "an unknown program", body: { segments: HELSINKI, programs: ["LH"] }, path: "programs.0" },
    { label: "body is an array", body: [HELSINKI], path: "" },
    { label: "body is a string", body: "NRT-HEL", path: "" },
  ];
  for (const c of cases) {
    test(c.label, async ({ request }) => {
      const res = await post(request, c.body);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid_request");
      expect(body.issues.map((i: { path: string }) => i.path)).toContain(c.path);
    });
  }

  test("body not JSON", async ({ request }) => {
    const res = await request.post(URL, { data: "{segments: [", headers: { "Content-Type": "application/json" } });
    expect(res.status()).toBe(400);
  });

  test("a body over 64 KB is refused with 413", async ({ request }) => {
    const res = await post(request, { segments: HELSINKI, padding: "x".repeat(70 * 1024) });
    expect(res.status()).toBe(413);
  });
});

test.describe("GET /api/v1/awards/map.svg", () => {
  test("a route of codes is an SVG image: an arc per flight, a marker per airport with its kind, a legend", async ({ request }) => {
    const res = await request.get(`${MAP}?route=NRT-HEL-LHR&stops=stopover`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("image/svg+xml");
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const svg = await res.text();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg.match(/data-segment="/g)).toHaveLength(2);
    expect(svg).toContain('data-airport="HEL" data-kind="stopover"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain("Stopover (more than 24 h)");
  });

  test("in Japanese, with tickets coloured by program", async ({ request }) => {
    const svg = await (await request.get(`${MAP}?route=NRT-HEL-LHR-MAD&tickets=JAL:0-1,BA:2&lang=ja&theme=dark`)).text();
    expect(svg.match(/data-ticket="1"/g)).toHaveLength(2);
    expect(svg).toContain("航空券2: BA");
    expect(svg).toContain("出発地・最終目的地");
  });

  test("from the /awards address (s=...), stops classified from the times, the best plan's tickets coloured", async ({ request }) => {
    const s = "HND-HNL.JL.economy.2024-06-01T21:55.2024-06-01T10:00~HNL-HND.AA.economy.2024-06-05T13:00.2024-06-06T16:30~HND-CTS.JL.economy.2024-06-06T19:30.2024-06-06T21:05";
    const res = await request.get(`${MAP}?s=${encodeURIComponent(s)}&plan=best`);
    expect(res.status()).toBe(200);
    const svg = await res.text();
    expect(svg).toContain('data-airport="HNL" data-kind="turnaround"');
    expect(svg.match(/data-ticket="2"/g)).toHaveLength(1);
  });

  const bad: { label: string; query: string; path: string }[] = [
    { label: "no route", query: "", path: "route" },
    { label: "a malformed route", query: "route=NRT--HEL", path: "route" },
    { label: "an unknown airport", query: "route=NRT-ZZZ", path: "route" },
    { label: "18 airports", query: `route=${Array.from({ length: 18 }, (_, i) => (i % 2 ? "HEL" : "NRT")).join("-")}`, path: "route" },
    { label: "a bad stop kind", query: "route=NRT-HEL-LHR&stops=layover", path: "stops" },
    { label: "a bad /awards address", query: "s=NRT-HEL", path: "segments.0" },
    { label: "an /awards itinerary arriving before it departs", query: "s=NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T01:00", path: "segments.0.arrives" },
  ];
  for (const c of bad) {
    test(`400 for ${c.label}`, async ({ request }) => {
      const res = await request.get(`${MAP}?${c.query}`);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid_request");
      expect(body.issues.map((i: { path: string }) => i.path)).toContain(c.path);
    });
  }
});

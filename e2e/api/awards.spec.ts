// POST /api/v1/awards/quote (api.md) through HTTP: the contract's example gives the
// contract's fields, every bad input of the issue is a 400 with issues at the right
// path (never a 500), a gap between segments is reported as an open jaw, CORS is open.
import { expect, test, type APIRequestContext } from "@playwright/test";

const URL = "/api/v1/awards/quote";

const NRT_HEL = { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" };
const HEL_LHR = { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" };
const EXAMPLE = { segments: [NRT_HEL, HEL_LHR], programs: ["JAL", "BA", "AS", "CX"], asOf: "2024-06-01" };

// The first request may compile the route on a dev server: be patient. A shared server's
// rate limit (429 + Retry-After, api.md) is honoured as any polite client would.
test.setTimeout(180_000);

async function post(request: APIRequestContext, data: unknown) {
  for (let attempt = 0; ; attempt++) {
    const res = await request.post(URL, { data, timeout: 120_000 });
    if (res.status() !== 429 || attempt === 2) return res;
    await new Promise((r) => setTimeout(r, (Number(res.headers()["retry-after"] ?? "5") + 1) * 1000));
  }
}

type Quote = {
  program: string; award: string; valid: boolean; violations: { rule: string; message: string }[]; price: number | null; currency: string;
  totalMiles: number; distanceBasis: string; chart: { name: string; effectiveFrom: string; source: string; confidence: string } | null; note: string | null;
};

test.describe("POST /api/v1/awards/quote: the contract's example", () => {
  test("NRT-HEL-LHR on AY: distances, the HEL stopover of 49.83 h, one quote per award type, best", async ({ request }) => {
    const res = await post(request, EXAMPLE);
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    // HEL-LHR: api.md shows 1,152 computed with other coordinates; the WGS84 distance between the stored airports is 1,151.
    expect(body.segments).toEqual([
      expect.objectContaining({ from: "NRT", to: "HEL", carrier: "AY", cabin: "business", distanceMiles: 4877, tpmMiles: null }),
      expect.objectContaining({ from: "HEL", to: "LHR", carrier: "AY", cabin: "business", distanceMiles: 1151, tpmMiles: null }),
    ]);
    expect(body.stops).toEqual([expect.objectContaining({ airport: "HEL", kind: "stopover", hours: 49.83 })]);
    expect(body.totalMiles).toBe(4877 + 1151);
    const quotes: Quote[] = body.quotes;
    expect(quotes.map((q) => `${q.program}.${q.award}`)).toEqual(["JAL.jal", "JAL.partner", "JAL.oneworld", "BA.perSegment", "BA.multiCarrier", "AS.partner", "CX.standard"]);
    for (const q of quotes) {
      expect(typeof q.valid).toBe("boolean");
      expect(q.totalMiles).toEqual(expect.any(Number));
      expect(q.distanceBasis).toEqual(expect.any(String));
      expect(q.currency).toEqual(expect.any(String));
      if (!q.valid) {
        expect(q.price).toBeNull();
        expect(q.violations.length).toBeGreaterThan(0);
        for (const v of q.violations) expect(v).toEqual(expect.objectContaining({ rule: expect.any(String), message: expect.any(String) }));
      }
      if (q.chart) expect(q.chart).toEqual(expect.objectContaining({ name: expect.any(String), effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: expect.any(String), confidence: expect.stringMatching(/^[HML]$/) }));
      else if (q.valid) expect(q.note).toEqual(expect.any(String));
    }
    const oneworld = quotes.find((q) => q.award === "oneworld")!;
    expect(oneworld).toMatchObject({ program: "JAL", valid: false, price: null, currency: "JAL miles", distanceBasis: "tpm-else-wgs84" });
    expect(oneworld.violations).toContainEqual(expect.objectContaining({ rule: "oneworld.carriers" }));
    expect(quotes.find((q) => q.award === "jal")!.violations).toContainEqual(expect.objectContaining({ rule: "jal.carrier" }));
    expect(quotes.find((q) => q.award === "perSegment")).toMatchObject({ valid: true, currency: "Avios", price: expect.any(Number) });
    // Atmos' Asia-Pacific chart (from 2024-03-11): 75,000 points, cheaper than BA's 99,250 Avios at the stored valuations.
    expect(body.best).toMatchObject({ program: "AS", award: "partner", price: 75000, priceKind: "chart", estimateDecides: false });
  });

  test("programs is optional (default: all) and codes are case-insensitive", async ({ request }) => {
    const res = await post(request, { segments: [{ ...NRT_HEL, from: "nrt", carrier: "ay" }, HEL_LHR] });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.segments[0]).toMatchObject({ from: "NRT", carrier: "AY" });
    expect(body.quotes).toHaveLength(7);
    // No asOf: booked today (api.md), whatever the travel dates.
    expect(body.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  test("a gap between segments is allowed and reported as an open jaw", async ({ request }) => {
    // Arrive in Helsinki, leave from London (not a round trip, so HEL is no turnaround).
    const onward = { from: "LHR", to: "JFK", carrier: "BA", cabin: "economy", departs: "2024-06-10T10:00", arrives: "2024-06-10T13:00" };
    const res = await post(request, { segments: [{ ...NRT_HEL, cabin: "economy" }, onward] });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.stops).toEqual([expect.objectContaining({ airport: "HEL", departsFrom: "LHR", kind: "openJaw" })]);
    expect(body.warnings).toContainEqual(expect.objectContaining({ code: "itinerary.openJaw" }));
  });

  test("OPTIONS answers the CORS preflight", async ({ request }) => {
    const res = await request.fetch(URL, { method: "OPTIONS", timeout: 120_000 });
    expect(res.status()).toBe(204);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    expect(res.headers()["access-control-allow-methods"]).toContain("POST");
  });
});

// api.md "Data age": the quote and the optimizer say how old the charts they priced with are
// (every award chart was last checked against its source on 2026-12-02).
test("quote and optimize carry dataAsOf from the chart versions they priced with", async ({ request }) => {
  const trip = { segments: [{ from: "HND", to: "HNL", carrier: "JL", cabin: "economy", departs: "2027-03-01T21:55", arrives: "2027-03-01T10:00" }, { from: "HNL", to: "HND", carrier: "JL", cabin: "economy", departs: "2027-03-08T13:00", arrives: "2027-03-09T16:30" }] };
  const quote = await post(request, trip);
  expect(quote.status()).toBe(200);
  expect((await quote.json()).dataAsOf).toEqual({ verifiedOn: "2026-12-02", stale: false });
  const optimized = await request.post("/api/v1/awards/optimize", { data: trip, timeout: 120_000 });
  expect(optimized.status()).toBe(200);
  expect((await optimized.json()).dataAsOf).toEqual({ verifiedOn: "2026-12-02", stale: false });
});

test.describe("POST /api/v1/awards/quote: bad input -> 400 with issues, never 500", () => {
  const cases: { label: string; data: unknown; path: string }[] = [
    { label: "unknown airport code", data: { segments: [{ ...NRT_HEL, to: "QQQ" }] }, path: "segments.0.to" },
    { label: "unknown airline code", data: { segments: [NRT_HEL, { ...HEL_LHR, carrier: "Q9" }] }, path: "segments.1.carrier" },
    { label: "more than 16 segments", data: { segments: Array.from({ length: 17 }, (_, i) => (i % 2 ? HEL_LHR : NRT_HEL)) }, path: "segments" },
    { label: "no segment", data: { segments: [] }, path: "segments" },
    // 10:25 in Tokyo (01:25 UTC) to 03:00 in Helsinki (00:00 UTC): the local clock says later, real time says earlier.
    { label: "arrival before departure in real time across zones", data: { segments: [{ ...NRT_HEL, arrives: "2024-06-01T03:00" }] }, path: "segments.0.arrives" },
    { label: "a segment leaving before the previous one arrives", data: { segments: [NRT_HEL, { ...HEL_LHR, departs: "2024-06-01T14:00", arrives: "2024-06-01T15:35" }] }, path: "segments.1.departs" },
    { label: "malformed date (no such day)", data: { segments: [{ ...NRT_HEL, departs: "2024-02-30T10:25" }] }, path: "segments.0.departs" },
    { label: "malformed date (with an offset)", data: { segments: [{ ...NRT_HEL, arrives: "2024-06-01T15:10+03:00" }] }, path: "segments.0.arrives" },
    { label: "malformed asOf", data: { ...EXAMPLE, asOf: "June 1st" }, path: "asOf" },
    { label: "airport string too long", data: { segments: [{ ...NRT_HEL, from: "N".repeat(500) }] }, path: "segments.0.from" },
    { label: "carrier string too long", data: { segments: [{ ...NRT_HEL, carrier: "Finnair" }] }, path: "segments.0.carrier" },
    { label: "wrong type: segments is a string", data: { segments: "NRT-HEL" }, path: "segments" },
    { label: "wrong type: departs is a number", data: { segments: [{ ...NRT_HEL, departs: 202406011025 }] }, path: "segments.0.departs" },
    { label: "wrong type: surface is a string", data: { segments: [{ ...NRT_HEL, surface: "yes" }] }, path: "segments.0.surface" },
    { label: "unknown cabin", data: { segments: [{ ...NRT_HEL, cabin: "suite" }] }, path: "segments.0.cabin" },
    { label: "unknown program", data: { ...EXAMPLE, programs: ["JAL", "XX"] }, path: "programs.1" },
    { label: "a flight without a carrier", data: { segments: [{ ...NRT_HEL, carrier: undefined }] }, path: "segments.0.carrier" },
  ];

  for (const { label, data, path } of cases) {
    test(label, async ({ request }) => {
      const res = await post(request, data);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid_request");
      expect(body.issues.map((i: { path: string }) => i.path)).toContain(path);
      for (const i of body.issues) expect(Object.keys(i).sort()).toEqual(["message", "path"]);
    });
  }

  test("a body that is not JSON", async ({ request }) => {
    const res = await request.post(URL, { data: "{ segments: [", headers: { "Content-Type": "application/json" }, timeout: 120_000 });
    expect(res.status()).toBe(400);
    expect(await res.json()).toEqual({ error: "invalid_request", issues: [{ path: "", message: expect.any(String) }] });
  });

  test("a body over 64 KB -> 413", async ({ request }) => {
    const res = await post(request, { ...EXAMPLE, padding: "x".repeat(70_000) });
    expect(res.status()).toBe(413);
  });
});

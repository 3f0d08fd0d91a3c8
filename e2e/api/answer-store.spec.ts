// The production server's store of API answers (scripts/server/api-cache.mjs): an answer
// from the store is the computed answer, byte for byte, with the same headers a client
// relies on; the request limits still count it; a bad request is computed every time;
// Cache-Control: no-cache gets a computed answer.
import { expect, test, type APIRequestContext } from "@playwright/test";

const NRT_HEL = { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" };
const HEL_LHR = { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" };

const CASES = [
  { label: "an award quote (booked 2024-06-01)", path: "/api/v1/awards/quote", body: { segments: [NRT_HEL, HEL_LHR], asOf: "2024-06-01" } },
  { label: "a Ponta conversion on 2023-07-15", path: "/api/v1/conversions/quote", body: { route: "ponta-jal", points: 10001, date: "2023-07-15" } },
  { label: "a Kiva simulation", path: "/api/v1/kiva/simulate", body: { loanUsd: 30, loans: 2, termMonths: 8, milesPerUsd: 1.5, fxCostPercent: 1.6, usdJpy: 157.58, repaymentRate: 0.96, years: 1, relend: true } },
];

const post = (request: APIRequestContext, path: string, body: unknown, headers: Record<string, string> = {}) =>
  request.post(path, { data: JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });

for (const c of CASES) {
  test(`${c.label}: computed, from the store and computed again, the same answer`, async ({ request }) => {
    const first = await post(request, c.path, c.body);
    const again = await post(request, c.path, c.body);
    const fresh = await post(request, c.path, c.body, { "Cache-Control": "no-cache" });
    for (const res of [first, again, fresh]) {
      expect(res.status(), await res.text()).toBe(200);
      expect(res.headers()["content-type"]).toMatch(/^application\/json/);
      expect(res.headers()["access-control-allow-origin"]).toBe("*");
      expect(res.headers()["cache-control"]).toBe("no-store");
      expect(res.headers()["content-security-policy"]).toContain("default-src 'none'");
      // Counted against the client's budget like every computing request.
      expect(Number(res.headers()["ratelimit-remaining"])).toBeGreaterThanOrEqual(0);
    }
    expect(await again.text()).toBe(await first.text());
    expect(await fresh.text()).toBe(await first.text());
  });
}

test("a large answer from the store comes gzipped to a client that takes gzip", async ({ request }) => {
  const body = { segments: [NRT_HEL, HEL_LHR], asOf: "2024-06-02" };
  const first = await post(request, "/api/v1/awards/quote", body, { "Accept-Encoding": "gzip" });
  const again = await post(request, "/api/v1/awards/quote", body, { "Accept-Encoding": "gzip" });
  expect(again.headers()["content-encoding"]).toBe("gzip");
  expect(await again.json()).toEqual(await first.json());
});

test("a bad request is answered 400 with its problems every time, never from the store", async ({ request }) => {
  for (let i = 0; i < 3; i++) {
    const res = await post(request, "/api/v1/conversions/quote", { route: "ponta-jal", points: "many" });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("invalid_request");
    expect(body.issues.map((x: { path: string }) => x.path)).toContain("points");
  }
});

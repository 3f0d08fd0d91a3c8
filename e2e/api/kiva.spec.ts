// POST /api/v1/kiva/simulate through HTTP: the issue's acceptance cases (seed 5's 30 USD,
// 8-month loans) and every kind of bad input -> 400 with issues at the right path.
import { expect, test, type APIRequestContext } from "@playwright/test";

const URL = "/api/v1/kiva/simulate";
// 1 mile per 100 yen, 1.6% conversion cost (api.md), 157.58 yen/USD (seed 5: 30 USD ≈ 4,727.5 yen).
const card = { milesPerJpy: 0.01, fxCostPercent: 1.6, usdJpy: 157.58 };
const seedLoan = { loanUsd: 30, termMonths: 8 };

async function post(request: APIRequestContext, data: unknown) {
  return request.post(URL, { data, headers: { "Content-Type": "application/json" } });
}

test.describe("POST /api/v1/kiva/simulate: acceptance cases", () => {
  test("a single 30 USD loan over 8 months, no relending, full repayment: the card's miles on 30 USD and no loss", async ({ request }) => {
    const res = await post(request, { ...seedLoan, ...card, loans: 1, relend: false, repaymentRate: 1 });
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    // 30 USD x 157.58 = 4,727.4 -> 4,727 yen -> 47.27 -> 47 miles; the fx cost only: 75.64 yen / 47 = 1.61.
    expect(body).toMatchObject({ milesEarned: 47, lentUsd: 30, loansLent: 1, expectedLossUsd: 0, repaidUsd: 30, outstandingUsd: 0, costPerMileJpy: 1.61 });
    expect(body.schedule).toHaveLength(12);
    expect(body.schedule[0]).toMatchObject({ month: 1, lentUsd: 30, repaidUsd: 0, outstandingUsd: 30, miles: 47 });
    expect(body.schedule.slice(1).every((m: { miles: number }) => m.miles === 0)).toBe(true);
  });

  test("without repaymentRate, Kiva's published 96.3% (stored, dated) applies", async ({ request }) => {
    const body = await (await post(request, { ...seedLoan, ...card, loans: 1 })).json();
    expect(body.repaymentRate).toBe(0.963);
    expect(body.expectedLossUsd).toBeGreaterThan(0);
    expect(body.dataAsOf).toEqual({ verifiedOn: "2026-12-02", stale: false });
  });

  test("with relending over a year, the miles grow as the schedule says (seed 5's two loans)", async ({ request }) => {
    // Every loan repaid, as in seed 5's log (without repaymentRate the stored 96.3% would apply).
    const res = await post(request, { ...seedLoan, ...card, loans: 2, relend: true, years: 1, repaymentRate: 1 });
    expect(res.status()).toBe(200);
    const body = await res.json();
    const lentMonths = body.schedule.filter((m: { lentUsd: number }) => m.lentUsd > 0).map((m: { month: number }) => m.month);
    // Month 1: both loans; then one 30 USD loan whenever 30 USD of repayments has collected.
    expect(lentMonths).toEqual([1, 5, 8, 11]);
    expect(body.schedule.map((m: { cumulativeMiles: number }) => m.cumulativeMiles)).toEqual([94, 94, 94, 94, 141, 141, 141, 188, 188, 188, 235, 235]);
    expect(body).toMatchObject({ milesEarned: 235, loansLent: 5, lentUsd: 150, expectedLossUsd: 0 });
    const sum = body.schedule.reduce((s: number, m: { miles: number }) => s + m.miles, 0);
    expect(sum).toBe(body.milesEarned);
    expect(body.warnings.map((w: { code: string }) => w.code)).toContain("kiva.relendByCard");
    expect(body.warnings[0]).toHaveProperty("ja");
  });

  test("a repayment rate below 100% shows the expected loss, and it raises the cost per mile", async ({ request }) => {
    const full = await (await post(request, { ...seedLoan, ...card, loans: 2, repaymentRate: 1 })).json();
    const res = await post(request, { ...seedLoan, ...card, loans: 2, repaymentRate: 0.96 });
    expect(res.status()).toBe(200);
    const body = await res.json();
    // 4% of 60 USD is expected to default.
    expect(body).toMatchObject({ milesEarned: 94, lentUsd: 60, expectedLossUsd: 2.4, repaidUsd: 57.6, costPerMileJpy: 5.63 });
    expect(body.costPerMileJpy).toBeGreaterThan(full.costPerMileJpy);
  });

  test("api.md's example body is answered (milesPerUsd 0.01 earns no miles: cost per mile null, with a warning)", async ({ request }) => {
    const res = await post(request, { loanUsd: 30, loans: 2, termMonths: 8, milesPerUsd: 0.01, fxCostPercent: 1.6, usdJpy: 157.58, repaymentRate: 0.96, years: 1, relend: true });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ milesEarned: 0, costPerMileJpy: null });
    expect(body.warnings.map((w: { code: string }) => w.code)).toContain("kiva.noMiles");
  });

  test("OPTIONS answers the CORS preflight", async ({ request }) => {
    const res = await request.fetch(URL, { method: "OPTIONS" });
    expect(res.status()).toBe(204);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    expect(res.headers()["access-control-allow-methods"]).toContain("POST");
  });
});

const good = { ...seedLoan, ...card, loans: 2 };
const { milesPerJpy: _drop, ...noRate } = good;

test.describe("POST /api/v1/kiva/simulate: bad input is a 400 with issues, never a 500", () => {
  const cases: { label: string; body: unknown; path: string }[] = [
    { label: "negative loan amount", body: { ...good, loanUsd: -30 }, path: "loanUsd" },
    { label: "fractional loan amount", body: { ...good, loanUsd: 30.5 }, path: "loanUsd" },
    { label: "loan below Kiva's 25 USD", body: { ...good, loanUsd: 24 }, path: "loanUsd" },
    { label: "too many loans", body: { ...good, loans: 1_001 }, path: "loans" },
    { label: "fractional number of loans", body: { ...good, loans: 1.5 }, path: "loans" },
    { label: "term too long", body: { ...good, termMonths: 61 }, path: "termMonths" },
    { label: "too many years", body: { ...good, years: 11 }, path: "years" },
    { label: "repayment rate above 1", body: { ...good, repaymentRate: 1.2 }, path: "repaymentRate" },
    { label: "negative repayment rate", body: { ...good, repaymentRate: -0.1 }, path: "repaymentRate" },
    { label: "negative fx cost", body: { ...good, fxCostPercent: -1 }, path: "fxCostPercent" },
    { label: "exchange rate too big", body: { ...good, usdJpy: 5_000 }, path: "usdJpy" },
    { label: "miles per yen too big", body: { ...good, milesPerJpy: 2 }, path: "milesPerJpy" },
    { label: "both milesPerUsd and milesPerJpy", body: { ...good, milesPerUsd: 1 }, path: "milesPerJpy" },
    { label: "no earning rate", body: noRate, path: "milesPerUsd" },
    { label: "missing loan amount", body: { ...good, loanUsd: undefined }, path: "loanUsd" },
    { label: "a number as a string", body: { ...good, loans: "2" }, path: "loans" },
    { label: "relend not a boolean", body: { ...good, relend: "yes" }, path: "relend" },
    { label: "body is an array", body: [good], path: "" },
  ];
  for (const c of cases) {
    test(c.label, async ({ request }) => {
      const res = await post(request, c.body);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error).toBe("invalid_request");
      expect(body.issues.map((i: { path: string }) => i.path)).toContain(c.path);
      expect(res.headers()["access-control-allow-origin"]).toBe("*");
    });
  }

  test("body not JSON", async ({ request }) => {
    const res = await request.post(URL, { data: "{loanUsd: 30", headers: { "Content-Type": "application/json" } });
    expect(res.status()).toBe(400);
    expect(await res.json()).toEqual({ error: "invalid_request", issues: [{ path: "", message: expect.any(String) }] });
  });

  test("empty body", async ({ request }) => {
    const res = await request.post(URL, { headers: { "Content-Type": "application/json" } });
    expect(res.status()).toBe(400);
  });

  test("a body over 64 KB is refused with 413", async ({ request }) => {
    const res = await post(request, { ...good, padding: "x".repeat(70 * 1024) });
    expect(res.status()).toBe(413);
  });
});

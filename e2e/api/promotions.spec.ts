// The promotion endpoints through HTTP: the facts' acceptance examples, every bad input from
// the issue as 400 with issues at the right path (never a 500), 413 for a body over 64 KB,
// and the CORS header on every public answer.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

const JSON_HEADERS = { "Content-Type": "application/json" };

async function post(request: APIRequestContext, path: string, body: unknown) {
  return request.post(path, { data: typeof body === "string" ? body : JSON.stringify(body), headers: JSON_HEADERS });
}

async function expectIssue(res: APIResponse, path: string) {
  expect(res.status(), await res.text()).toBe(400);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const body = await res.json();
  expect(body.error).toBe("invalid_request");
  expect(body.issues.map((i: { path: string }) => i.path)).toContain(path);
  for (const issue of body.issues) expect(typeof issue.message).toBe("string");
}

test.describe("POST /api/v1/conversions/quote", () => {
  const cases = [
    {
      label: "facts §2 Ponta: 10,001 points on 2023-07-15 -> 10,000 used, 1 left, 5,000 base, 1,000 bonus",
      body: { route: "ponta-jal", points: 10001, date: "2023-07-15", campaignEntry: true, eligible: true },
      expected: { pointsUsed: 10000, pointsLeft: 1, baseMiles: 5000, bonusMiles: 1000, totalMiles: 6000 },
      campaign: { start: "2023-07-03", end: "2023-07-31", applied: true, reason: null },
    },
    { label: "facts §2 Ponta: 2023-07-02 -> no campaign, no bonus", body: { route: "ponta-jal", points: 10000, date: "2023-07-02" }, expected: { bonusMiles: 0, campaign: null } },
    { label: "facts §2 Ponta: 2023-08-01 -> no campaign, no bonus", body: { route: "ponta-jal", points: 10000, date: "2023-08-01" }, expected: { bonusMiles: 0, campaign: null } },
    { label: "facts §2 Ponta: 2023-07-03 (first day) -> bonus", body: { route: "ponta-jal", points: 10000, date: "2023-07-03" }, expected: { bonusMiles: 1000 } },
    { label: "facts §2 Ponta: 2023-07-31 (last day) -> bonus", body: { route: "ponta-jal", points: 10000, date: "2023-07-31" }, expected: { bonusMiles: 1000 } },
    { label: "facts §2 Ponta: 9 points -> 4 miles, no bonus mile", body: { route: "ponta-jal", points: 9, date: "2023-07-15" }, expected: { baseMiles: 4, bonusMiles: 0, totalMiles: 4, pointsLeft: 1 } },
    {
      label: "facts §2 Saison: 1,000 points in July 2023 with entry -> 5 units, 2,500 base, 500 bonus",
      body: { route: "saison-jal", points: 1000, date: "2023-07-20", campaignEntry: true },
      expected: { units: 5, baseMiles: 2500, bonusMiles: 500, totalMiles: 3000 },
    },
    {
      label: "facts §2 Saison: 1,000 points in July 2023 without entry -> no bonus, the reason says so",
      body: { route: "saison-jal", points: 1000, date: "2023-07-20" },
      expected: { units: 5, baseMiles: 2500, bonusMiles: 0 },
      campaign: { applied: false },
    },
    { label: "facts §2 Saison: 199 points -> nothing exchanged", body: { route: "saison-jal", points: 199, date: "2023-07-20", campaignEntry: true }, expected: { units: 0, pointsUsed: 0, pointsLeft: 199, totalMiles: 0 } },
  ];
  for (const c of cases) {
    test(c.label, async ({ request }) => {
      const res = await post(request, "/api/v1/conversions/quote", c.body);
      expect(res.status()).toBe(200);
      expect(res.headers()["access-control-allow-origin"]).toBe("*");
      const body = await res.json();
      expect(body).toMatchObject(c.expected);
      if (c.campaign) expect(body.campaign).toMatchObject(c.campaign);
    });
  }

  test("the rate and the campaign carry their source, effective date and confidence", async ({ request }) => {
    const body = await (await post(request, "/api/v1/conversions/quote", { route: "ponta-jal", points: 10001, date: "2023-07-15" })).json();
    expect(body.rate).toMatchObject({ pointsPerUnit: 2, milesPerUnit: 1, confidence: "H", effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(body.rate.source).toContain("Blog post 「PontaポイントからJALのマイル交換で20%のレートアップキャンペーンを実施");
    expect(body.campaign).toMatchObject({ source: expect.stringContaining("(July 2023)"), effectiveFrom: "2023-07-03", confidence: "H" });
    expect(body.notes.map((n: { code: string }) => n.code)).toContain("conversion.pointsLeft");
  });

  test("without a date, today in Japan is used", async ({ request }) => {
    const body = await (await post(request, "/api/v1/conversions/quote", { route: "ponta-jal", points: 100 })).json();
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
    expect(body.date).toBe(today);
  });

  const bad = [
    { label: "negative points", body: { route: "ponta-jal", points: -1 }, path: "points" },
    { label: "fractional points", body: { route: "ponta-jal", points: 10.5 }, path: "points" },
    { label: "points beyond the sane maximum", body: { route: "ponta-jal", points: 100_000_001 }, path: "points" },
    { label: "points as a string", body: { route: "ponta-jal", points: "10001" }, path: "points" },
    { label: "unknown route", body: { route: "tpoint-jal", points: 100 }, path: "route" },
    { label: "malformed date 2023-02-30", body: { route: "ponta-jal", points: 100, date: "2023-02-30" }, path: "date" },
    { label: "malformed date 15/07/2023", body: { route: "ponta-jal", points: 100, date: "15/07/2023" }, path: "date" },
    { label: "a date in year 0050 (a typo)", body: { route: "ponta-jal", points: 100, date: "0050-01-01" }, path: "date" },
    { label: "campaignEntry not a boolean", body: { route: "ponta-jal", points: 100, campaignEntry: "yes" }, path: "campaignEntry" },
  ];
  for (const b of bad) {
    test(`400: ${b.label} -> issue at ${b.path}`, async ({ request }) => {
      await expectIssue(await post(request, "/api/v1/conversions/quote", b.body), b.path);
    });
  }

  test("400: a body that is not JSON; 400: no body", async ({ request }) => {
    await expectIssue(await post(request, "/api/v1/conversions/quote", "{route: ponta"), "");
    await expectIssue(await request.post("/api/v1/conversions/quote", { headers: JSON_HEADERS }), "");
  });

  test("413: a body over 64 KB", async ({ request }) => {
    const res = await post(request, "/api/v1/conversions/quote", { route: "ponta-jal", points: 1, pad: "x".repeat(70 * 1024) });
    expect(res.status()).toBe(413);
  });

  test("OPTIONS answers the CORS preflight", async ({ request }) => {
    const res = await request.fetch("/api/v1/conversions/quote", { method: "OPTIONS" });
    expect(res.status()).toBe(204);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    expect(res.headers()["access-control-allow-methods"]).toContain("POST");
  });
});

test.describe("POST /api/v1/conversions/points-needed (reverse mode)", () => {
  test("facts §2 Saison: 3,000 miles in July 2023 -> 1,200 points without the campaign, 1,000 with the entry", async ({ request }) => {
    const res = await post(request, "/api/v1/conversions/points-needed", { route: "saison-jal", miles: 3000, date: "2023-07-10", campaignEntry: true });
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    expect(body).toMatchObject({ pointsNeeded: 1000, withoutCampaign: { points: 1200, totalMiles: 3000 }, withCampaign: { points: 1000, baseMiles: 2500, bonusMiles: 500 } });
    expect(body.rate.source).toContain("Blog post 「永久不滅ポイント、JALマイル交換でレートアップ");
  });

  test("facts §2 Ponta: 6,000 miles on 2023-07-15 -> 12,000 points without, 10,000 with the campaign", async ({ request }) => {
    const body = await (await post(request, "/api/v1/conversions/points-needed", { route: "ponta-jal", miles: 6000, date: "2023-07-15" })).json();
    expect([body.withoutCampaign.points, body.withCampaign.points, body.pointsNeeded]).toEqual([12000, 10000, 10000]);
  });

  for (const b of [
    { label: "negative miles", body: { route: "ponta-jal", miles: -5 }, path: "miles" },
    { label: "fractional miles", body: { route: "ponta-jal", miles: 1.5 }, path: "miles" },
    { label: "unknown route", body: { route: "nope", miles: 100 }, path: "route" },
    { label: "malformed date", body: { route: "ponta-jal", miles: 100, date: "2023-13-01" }, path: "date" },
  ]) {
    test(`400: ${b.label} -> issue at ${b.path}`, async ({ request }) => {
      await expectIssue(await post(request, "/api/v1/conversions/points-needed", b.body), b.path);
    });
  }
});

test.describe("GET /api/v1/conversions/campaigns", () => {
  test("on 2023-07-02: Saison current, Ponta upcoming, each with its source", async ({ request }) => {
    const res = await request.get("/api/v1/conversions/campaigns?date=2023-07-02");
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    expect(body.today).toBe("2023-07-02");
    expect(body.campaigns.map((c: { code: string; status: string }) => [c.code, c.status])).toEqual([
      ["saison-jal-2023-07-rateup20", "current"],
      ["ponta-jal-2023-07-rateup20", "upcoming"],
    ]);
    for (const c of body.campaigns) expect(c).toMatchObject({ source: expect.stringMatching(/^Blog post 「.+」 \(July 2023\)$/), confidence: "H", effectiveFrom: c.start });
  });

  test("a route filter; 400 for an unknown route or a malformed date", async ({ request }) => {
    const body = await (await request.get("/api/v1/conversions/campaigns?route=ponta-jal&date=2023-08-01")).json();
    expect(body.campaigns.map((c: { route: string; status: string }) => [c.route, c.status])).toEqual([["ponta-jal", "past"]]);
    await expectIssue(await request.get("/api/v1/conversions/campaigns?route=tpoint-jal"), "route");
    await expectIssue(await request.get("/api/v1/conversions/campaigns?date=15/07/2023"), "date");
    await expectIssue(await request.get("/api/v1/conversions/campaigns?date=0001-01-01"), "date");
  });
});

test.describe("POST /api/v1/ihg/buy-points", () => {
  // api.md's example is the exact break-even ($200 stay = 40,000 points at 0.5 cents): buying
  // saves nothing, so the verdict is skip (issue 17), with breakEven saying why.
  test("facts §3 / api.md: 20,000 points at a 100% bonus and 1.0 cent -> 40,000 points for $200, 0.5 cents each; the exact break-even is a skip", async ({ request }) => {
    const res = await post(request, "/api/v1/ihg/buy-points", { points: 20000, bonusPercent: 100, centsPerPoint: 1.0, purchasedThisYear: 0, annualCap: 150000, stay: { cashUsd: 200, awardPoints: 40000 } });
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    expect(body).toMatchObject({
      bonusApplied: true,
      bonusPoints: 20000,
      totalPoints: 40000,
      costUsd: 200,
      effectiveCentsPerPoint: 0.5,
      withinAnnualCap: true,
      warnings: [],
      stay: { valueCentsPerPoint: 0.5, breakevenCashUsd: 200, worthIt: true, breakEven: true },
      verdict: "skip",
    });
    // Today's rule: the December 2025 sale (promotions-safety-2026 §3a), with its sources and dataAsOf.
    expect(body.rule).toMatchObject({ effectiveFrom: "2025-12-05", confidence: "M", source: expect.stringContaining("thetraveler.org") });
    expect(body.dataAsOf).toEqual({ verifiedOn: "2026-12-02", stale: false });
  });

  test("seed 6: 10,000 points at a 100% bonus -> no bonus, a warning with what 11,000 would cost, skip", async ({ request }) => {
    const body = await (await post(request, "/api/v1/ihg/buy-points", { points: 10000, bonusPercent: 100 })).json();
    expect(body).toMatchObject({ bonusApplied: false, bonusPoints: 0, totalPoints: 10000, costUsd: 135, centsPerPoint: 1.35, verdict: "skip" });
    expect(body.tier).toEqual({ minPoints: 1000, maxPoints: 10000, centsPerPoint: 1.35 });
    expect(body.warnings.map((w: { code: string }) => w.code)).toContain("bonus.belowThreshold");
    expect(body.warnings.find((w: { code: string }) => w.code === "bonus.belowThreshold").en).toContain("11,000");
  });

  test("over the annual cap -> a warning and skip; a raised cap accepted with a note", async ({ request }) => {
    const over = await (await post(request, "/api/v1/ihg/buy-points", { points: 20000, bonusPercent: 100, purchasedThisYear: 140000 })).json();
    expect(over.withinAnnualCap).toBe(false);
    expect(over.warnings.map((w: { code: string }) => w.code)).toContain("cap.exceeded");
    const raised = await (await post(request, "/api/v1/ihg/buy-points", { points: 20000, bonusPercent: 100, purchasedThisYear: 140000, annualCap: 300000 })).json();
    expect(raised.withinAnnualCap).toBe(true);
    expect(raised.warnings.map((w: { code: string }) => w.code)).toContain("cap.raised");
  });

  test("the rule of thumb can be switched off: a 50% sale is then judged on the stay alone", async ({ request }) => {
    const body = { points: 30000, bonusPercent: 50, centsPerPoint: 0.5, stay: { cashUsd: 300, awardPoints: 40000 } };
    const on = await (await post(request, "/api/v1/ihg/buy-points", body)).json();
    const off = await (await post(request, "/api/v1/ihg/buy-points", { ...body, rules: { onlyFullBonus: false } })).json();
    expect(on.verdict).toBe("skip");
    expect(on.reasons.map((r: { code: string }) => r.code)).toContain("rule.onlyFullBonus");
    expect(off.verdict).toBe("buy");
  });

  const bad = [
    { label: "negative points", body: { points: -1000, bonusPercent: 100 }, path: "points" },
    { label: "fractional points", body: { points: 1000.5 }, path: "points" },
    { label: "points beyond the sane maximum", body: { points: 5_000_000 }, path: "points" },
    { label: "points outside the stored rule (not in 1,000 steps)", body: { points: 1500 }, path: "points" },
    { label: "a bonus over 100%", body: { points: 20000, bonusPercent: 150 }, path: "bonusPercent" },
    { label: "a zero price", body: { points: 20000, centsPerPoint: 0 }, path: "centsPerPoint" },
    { label: "a stay without its points price", body: { points: 20000, stay: { cashUsd: 200 } }, path: "stay.awardPoints" },
    { label: "a negative purchase this year", body: { points: 20000, purchasedThisYear: -1 }, path: "purchasedThisYear" },
  ];
  for (const b of bad) {
    test(`400: ${b.label} -> issue at ${b.path}`, async ({ request }) => {
      await expectIssue(await post(request, "/api/v1/ihg/buy-points", b.body), b.path);
    });
  }

  test("400 for a body that is not JSON, 413 over 64 KB, OPTIONS preflight", async ({ request }) => {
    await expectIssue(await post(request, "/api/v1/ihg/buy-points", "not json"), "");
    expect((await post(request, "/api/v1/ihg/buy-points", { points: 20000, pad: "x".repeat(70 * 1024) })).status()).toBe(413);
    const pre = await request.fetch("/api/v1/ihg/buy-points", { method: "OPTIONS" });
    expect(pre.status()).toBe(204);
    expect(pre.headers()["access-control-allow-origin"]).toBe("*");
  });
});

test.describe("GET /api/v1/ihg/price-series", () => {
  test("facts §3: at a 100% bonus the effective price drops at 11,000 (1.35 -> 0.575) and reaches 0.5 at 26,000", async ({ request }) => {
    const res = await request.get("/api/v1/ihg/price-series?bonusPercent=100");
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    const at = (points: number) => body.series.find((p: { points: number }) => p.points === points);
    expect([at(10000).effectiveCentsPerPoint, at(11000).effectiveCentsPerPoint, at(26000).effectiveCentsPerPoint]).toEqual([1.35, 0.575, 0.5]);
    expect(body.series.at(-1).points).toBe(150000);
    // Today's rule is the December 2025 sale's (same tiers, its own sources), dated in dataAsOf.
    expect(body.rule.source).toContain("thetraveler.org");
    expect(body.dataAsOf).toEqual({ verifiedOn: "2026-12-02", stale: false });
  });

  test("400 for a bonus over 100 or a price that is not a number", async ({ request }) => {
    await expectIssue(await request.get("/api/v1/ihg/price-series?bonusPercent=101"), "bonusPercent");
    await expectIssue(await request.get("/api/v1/ihg/price-series?centsPerPoint=abc"), "centsPerPoint");
  });
});

test.describe("/api/v1/avios/subscriptions", () => {
  test("GET lists the four plans: Voyager yearly 1.575 cents per Avios, monthly 1.7397, each with its source", async ({ request }) => {
    const res = await request.get("/api/v1/avios/subscriptions");
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const { plans } = await res.json();
    expect(plans.map((p: { name: string }) => p.name)).toEqual(["Voyager", "Traveller", "Explorer", "Adventurer"]);
    expect(plans[0]).toMatchObject({ name: "Voyager", monthlyUsd: 29, yearlyUsd: 315, aviosPerMonth: 1667, aviosPerYear: 20000, centsPerAviosMonthly: 1.7397, centsPerAviosYearly: 1.575, confidence: "H" });
    for (const p of plans) expect(p).toMatchObject({ source: expect.stringContaining("https://pgt.shopping.ba.com/subscription"), effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(plans[0].verdict).toBeUndefined();
  });

  test("POST { valueCentsPerAvios: 1.6 } adds verdicts: Voyager yearly (1.575) is worth it, monthly (1.7397) is not", async ({ request }) => {
    const res = await post(request, "/api/v1/avios/subscriptions", { valueCentsPerAvios: 1.6 });
    expect(res.status()).toBe(200);
    const voyager = (await res.json()).plans[0];
    expect(voyager.verdict.yearly).toMatchObject({ verdict: "buy", worthIt: true });
    expect(voyager.verdict.monthly).toMatchObject({ verdict: "skip", worthIt: false });
  });

  for (const b of [
    { label: "a negative value", body: { valueCentsPerAvios: -1 }, path: "valueCentsPerAvios" },
    { label: "a value as a string", body: { valueCentsPerAvios: "1.5" }, path: "valueCentsPerAvios" },
    { label: "no value", body: {}, path: "valueCentsPerAvios" },
  ]) {
    test(`400: ${b.label} -> issue at ${b.path}`, async ({ request }) => {
      await expectIssue(await post(request, "/api/v1/avios/subscriptions", b.body), b.path);
    });
  }
});

test.describe("POST /api/v1/avios/plan", () => {
  test("20,000 Avios within a year -> one Voyager year for $315, with a plot series per plan and billing", async ({ request }) => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
    const [y, m, d] = today.split("-").map(Number);
    const deadline = `${y + 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, 28)).padStart(2, "0")}`;
    const res = await post(request, "/api/v1/avios/plan", { targetAvios: 20000, deadline });
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const body = await res.json();
    expect(body.best).toMatchObject({ costUsd: 315, centsPerAvios: 1.575, parts: [{ plan: "Voyager", billing: "yearly", count: 1 }] });
    expect(body.series).toHaveLength(8);
    for (const p of body.plans) expect(p).toMatchObject({ source: expect.stringContaining("https://pgt.shopping.ba.com/subscription"), confidence: "H", effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  for (const b of [
    { label: "a malformed deadline", body: { targetAvios: 20000, deadline: "2027-02-30" }, path: "deadline" },
    { label: "a deadline in year 9999", body: { targetAvios: 20000, deadline: "9999-12-31" }, path: "deadline" },
    { label: "a fractional target", body: { targetAvios: 100.5, deadline: "2027-01-01" }, path: "targetAvios" },
    { label: "a negative target", body: { targetAvios: -100, deadline: "2027-01-01" }, path: "targetAvios" },
    { label: "a target beyond the maximum", body: { targetAvios: 3_000_000, deadline: "2027-01-01" }, path: "targetAvios" },
  ]) {
    test(`400: ${b.label} -> issue at ${b.path}`, async ({ request }) => {
      await expectIssue(await post(request, "/api/v1/avios/plan", b.body), b.path);
    });
  }
});

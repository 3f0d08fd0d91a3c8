// Data age (api.md "Data age", issue 15) on the real database: every data-backed endpoint
// answers with dataAsOf, through its real route handler; the stale flag flips exactly at
// the limit; /admin/data-health lists stale, low-confidence and conflicting rows and the
// known gaps, and "mark re-verified" is one audited action.
import { afterAll, beforeAll, describe, expect, inject, it, test, vi } from "vitest";
import { testDb, dbTarget } from "./setup/db";
import { depsFor, signedInAdmin } from "./admin-support";
import { conversionAsOf, ihgAsOf, safetyAsOf } from "@/lib/db/queries/data-age";
import { dataHealth, markVerified } from "@/lib/admin/data-health";
import { getExchangeRate, getReferenceValue } from "@/lib/db/queries/reference-values";

const db = testDb();
type Handler = (request: Request, context: unknown) => Promise<Response>;
const routes: Record<string, Handler> = {};

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", inject("dbUrl"));
  const load = async (path: string, method: "GET" | "POST") => ((await import(`@/app/api/v1/${path}/route`)) as Record<string, Handler>)[method];
  routes.cards = await load("cards/compare", "POST");
  routes.quote = await load("conversions/quote", "POST");
  routes.needed = await load("conversions/points-needed", "POST");
  routes.campaigns = await load("conversions/campaigns", "GET");
  routes.ihg = await load("ihg/buy-points", "POST");
  routes.ihgSeries = await load("ihg/price-series", "GET");
  routes.aviosSubs = await load("avios/subscriptions", "GET");
  routes.aviosPlan = await load("avios/plan", "POST");
  routes.kiva = await load("kiva/simulate", "POST");
  routes.safety = await load("safety/airlines", "GET");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.$disconnect();
});

const post = (name: string, path: string, body: unknown, n: number) =>
  routes[name](new Request(`http://tabiji.test/api/v1/${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", "x-tabiji-client": `203.0.113.${n}` } }), {});
const get = (name: string, path: string, n: number) => routes[name](new Request(`http://tabiji.test/api/v1/${path}`, { headers: { "x-tabiji-client": `203.0.113.${n}` } }), {});
const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe(`dataAsOf on every data-backed endpoint (${dbTarget()})`, () => {
  test.each([
    { label: "POST /cards/compare (today's presets)", call: () => post("cards", "cards/compare", { yearlySpendJpy: 3_000_000, cards: [{ preset: "jal-card-club-a-gold" }, { preset: "saison-platinum-business-amex" }] }, 1), stale: false },
    { label: "POST /conversions/quote", call: () => post("quote", "conversions/quote", { route: "ponta-jal", points: 10_001 }, 2), stale: false },
    { label: "POST /conversions/points-needed", call: () => post("needed", "conversions/points-needed", { route: "saison-jal", miles: 5_000 }, 3), stale: false },
    { label: "GET /conversions/campaigns (every campaign, the 2023 ones included)", call: () => get("campaigns", "conversions/campaigns", 4), stale: true },
    { label: "POST /ihg/buy-points (the Dec 2025 rule)", call: () => post("ihg", "ihg/buy-points", { points: 20_000 }, 5), stale: false },
    { label: "GET /ihg/price-series", call: () => get("ihgSeries", "ihg/price-series", 6), stale: false },
    { label: "GET /avios/subscriptions (last confirmed 2024: stale)", call: () => get("aviosSubs", "avios/subscriptions", 7), stale: true },
    { label: "POST /avios/plan", call: () => post("aviosPlan", "avios/plan", { targetAvios: 20_000, deadline: "2027-12-31" }, 8), stale: true },
    { label: "POST /kiva/simulate without repaymentRate (the stored 96.3%)", call: () => post("kiva", "kiva/simulate", { loanUsd: 25, loans: 1, termMonths: 8, milesPerJpy: 0.01, fxCostPercent: 1.6, usdJpy: 157.5 }, 9), stale: false },
    { label: "GET /safety/airlines (2026)", call: () => get("safety", "safety/airlines", 10), stale: false },
  ])("$label", async ({ call, stale }) => {
    const res = await call();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.dataAsOf).toEqual({ verifiedOn: expect.stringMatching(DAY), stale });
  });

  it("the Kiva default repayment rate is the stored 96.3% with its source", async () => {
    const res = await post("kiva", "kiva/simulate", { loanUsd: 25, loans: 1, termMonths: 8, milesPerJpy: 0.01, fxCostPercent: 1.6, usdJpy: 157.5 }, 11);
    expect((await res.json()).repaymentRate).toBe(0.963);
    const stored = await getReferenceValue("kiva.repaymentRate", "2026-12-02", db);
    expect(stored?.source).toMatch(/kiva\.org\/about\/due-diligence/);
    expect((await getReferenceValue("kiva.minLoanUsd", "2026-12-02", db))?.value).toBe(25);
  });

  it("cards/compare uses today's terms unless a date is given (the seed post's 2023 example)", async () => {
    const today = await (await post("cards", "cards/compare", { yearlySpendJpy: 3_000_000, cards: [{ preset: "saison-platinum-business-amex" }] }, 12)).json();
    expect(today.cards[0]).toMatchObject({ feeJpy: 38_500, miles: 33_750 });
    const then = await (await post("cards", "cards/compare", { yearlySpendJpy: 3_000_000, date: "2023-07-15", cards: [{ preset: "saison-platinum-business-amex" }] }, 12)).json();
    expect(then.cards[0]).toMatchObject({ feeJpy: 11_000, miles: 43_500, returnPercent: 1.45 });
    expect(then.dataAsOf).toEqual({ verifiedOn: "2023-07-01", stale: true });
  });

  it("the USD/JPY rate is dated data with a source", async () => {
    const rate = await getExchangeRate("USD", "JPY", "2026-12-02", db);
    expect(rate).toMatchObject({ value: 157.5, effectiveFrom: "2025-11-21", confidence: "M" });
    expect(rate?.source).toMatch(/https:\/\//);
    expect(await getExchangeRate("USD", "JPY", "2025-11-20", db)).toBeNull();
  });
});

describe(`the stale flag flips at the limit (${dbTarget()})`, () => {
  // The 2026 safety rows were verified on 2026-12-02: fresh until 2027-12-02, stale the day after.
  test.each([
    { label: "exactly 12 months later: fresh", now: "2027-12-02T03:00:00Z", stale: false },
    { label: "one day past 12 months: stale", now: "2027-12-03T03:00:00Z", stale: true },
  ])("$label", async ({ now, stale }) => {
    expect(await safetyAsOf(2026, undefined, db, new Date(now))).toEqual({ verifiedOn: "2026-12-02", stale });
  });

  it("a limit set by TABIJI_STALE_AFTER_MONTHS is honoured (6 months)", async () => {
    vi.stubEnv("TABIJI_STALE_AFTER_MONTHS", "6");
    vi.resetModules();
    const { ihgAsOf: fresh } = await import("@/lib/db/queries/data-age");
    expect(await fresh("2026-12-02", db, new Date("2027-06-02T03:00:00Z"))).toEqual({ verifiedOn: "2026-12-02", stale: false });
    expect(await fresh("2026-12-02", db, new Date("2027-06-03T03:00:00Z"))).toEqual({ verifiedOn: "2026-12-02", stale: true });
    vi.stubEnv("TABIJI_STALE_AFTER_MONTHS", "12");
    vi.resetModules();
  });

  it("the campaign calendar's age includes the 2023 campaigns; a quote on a 2023 day uses that campaign", async () => {
    expect(await conversionAsOf(undefined, null, db, new Date("2026-12-02T03:00:00Z"))).toEqual({ verifiedOn: "2023-07-01", stale: true });
    expect(await conversionAsOf("ponta-jal", "2023-07-15", db, new Date("2026-12-02T03:00:00Z"))).toEqual({ verifiedOn: "2023-07-03", stale: true });
    expect(await ihgAsOf("2024-01-20", db, new Date("2026-12-02T03:00:00Z"))).toEqual({ verifiedOn: "2024-01-15", stale: true });
  });
});

describe(`/admin/data-health (${dbTarget()})`, () => {
  it("lists stale, low-confidence and conflicting rows and the known gaps, each with an editor link", async () => {
    const deps = depsFor(db, { now: () => new Date("2026-12-02T03:00:00Z"), advance: () => {} });
    const { auth } = await signedInAdmin(deps, "health");
    const health = await dataHealth(auth, deps);
    expect(health.staleAfterMonths).toBe(12);
    const labels = (rows: { entity: string; label: string }[]) => rows.map((r) => `${r.entity}:${r.label}`);
    expect(labels(health.stale)).toEqual(expect.arrayContaining(["AviosPlan:Voyager 2024-01-01", "SafetyRating:JL 2024"]));
    expect(labels(health.stale)).not.toContain("SafetyRating:EY 2026");
    expect(labels(health.lowConfidence)).toEqual(expect.arrayContaining(["CardPreset:saison-platinum-business-amex 2025-01-01", "SafetyRating:SU 2025"]));
    expect(labels(health.conflicts)).toEqual(expect.arrayContaining(["SafetyRating:SU 2025", "CardPreset:saison-platinum-business-amex 2025-01-01", "IhgPurchaseRule:IHG 2025-12-05"]));
    for (const r of [...health.stale, ...health.lowConfidence, ...health.conflicts]) expect(r.editor).toMatch(/^\/admin\//);
    expect(health.gaps.length).toBeGreaterThanOrEqual(5);
  });

  it("mark re-verified sets verifiedOn to today and writes one audit entry with before and after", async () => {
    const deps = depsFor(db, { now: () => new Date("2026-12-02T03:00:00Z"), advance: () => {} });
    const { auth, email } = await signedInAdmin(deps, "verify");
    const plan = await db.aviosPlan.findFirstOrThrow({ where: { name: "Voyager" } });
    const before = plan.verifiedOn;
    try {
      const res = await markVerified(auth, { entity: "AviosPlan", id: String(plan.id) }, deps);
      expect(res).toEqual({ ok: true, entity: "AviosPlan", id: String(plan.id), verifiedOn: "2026-12-02" });
      expect((await db.aviosPlan.findUniqueOrThrow({ where: { id: plan.id } })).verifiedOn?.toISOString().slice(0, 10)).toBe("2026-12-02");
      const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "data.verify", entity: "AviosPlan", entityKey: String(plan.id) }, orderBy: { id: "desc" } });
      expect(entry.actor).toBe(email);
      expect(JSON.parse(entry.before!)).toEqual({ verifiedOn: "2024-01-01" });
      expect(JSON.parse(entry.after!)).toEqual({ verifiedOn: "2026-12-02" });
      expect(await markVerified(auth, { entity: "AviosPlan", id: "999999" }, deps)).toMatchObject({ ok: false, status: 404 });
      expect(await markVerified(auth, { entity: "Nope", id: "1" }, deps)).toMatchObject({ ok: false, status: 400 });
    } finally {
      await db.aviosPlan.update({ where: { id: plan.id }, data: { verifiedOn: before } });
    }
  });
});

// POST /api/v1/cards/compare through HTTP: the Saison preset read from the database
// (facts §2, seed 2; api.md example) and every kind of bad input -> 400 at the right path.
import { expect, test, type APIRequestContext } from "@playwright/test";

const URL = "/api/v1/cards/compare";
const SAISON = { preset: "saison-platinum-business-amex" };
// api.md's card definition, written out.
const saisonCard = {
  name: "Saison Platinum Business Amex (as in api.md)",
  annualFeeJpy: 22_000,
  feeRules: [{ spendAboveJpy: 2_000_000, annualFeeJpy: 11_000 }],
  milesPerJpy: 0.01,
  extraMilesPerJpy: 0.0045,
  optionFeeJpy: 0,
};

async function post(request: APIRequestContext, data: unknown) {
  return request.post(URL, { data, headers: { "Content-Type": "application/json" } });
}

// The seed post's own terms are asked for by date (issue 15: presets are terms by date; today's differ).
const SEED_DAY = "2023-07-15";

test.describe("POST /api/v1/cards/compare: acceptance cases", () => {
  test("facts §2: the Saison preset at 3,000,000 yen -> fee halved to 11,000, 43,500 miles, 1.45%, 0.25 yen per mile", async ({ request }) => {
    const res = await post(request, { yearlySpendJpy: 3_000_000, date: SEED_DAY, cards: [SAISON] });
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    const { cards } = await res.json();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ preset: SAISON.preset, feeJpy: 11_000, miles: 43_500, returnPercent: 1.45, costPerMileJpy: 0.25 });
    expect(cards[0].name).toContain("Saison");
  });

  test("facts §2: at exactly 2,000,000 yen the fee is not halved (22,000); one yen more and it is (11,000)", async ({ request }) => {
    const at = (await (await post(request, { yearlySpendJpy: 2_000_000, date: SEED_DAY, cards: [SAISON] })).json()).cards[0];
    const above = (await (await post(request, { yearlySpendJpy: 2_000_001, date: SEED_DAY, cards: [SAISON] })).json()).cards[0];
    expect(at.feeJpy).toBe(22_000);
    expect(above.feeJpy).toBe(11_000);
  });

  test("without a date, today's terms: no halving, 33,000 + 5,500 yen, 1.125%, with dataAsOf", async ({ request }) => {
    const body = await (await post(request, { yearlySpendJpy: 3_000_000, cards: [SAISON] })).json();
    expect(body.cards[0]).toMatchObject({ feeJpy: 38_500, miles: 33_750 });
    expect(body.dataAsOf).toEqual({ verifiedOn: "2026-12-02", stale: false });
  });

  test("api.md's card definition gives the same answer as the preset", async ({ request }) => {
    const { cards } = await (await post(request, { yearlySpendJpy: 3_000_000, cards: [saisonCard] })).json();
    expect(cards[0]).toMatchObject({ name: saisonCard.name, feeJpy: 11_000, miles: 43_500, returnPercent: 1.45, costPerMileJpy: 0.25 });
  });

  test("cards come back best first: most miles, then cheapest per mile", async ({ request }) => {
    const basic = { name: "Basic", annualFeeJpy: 0, milesPerJpy: 0.005 };
    const rich = { name: "Rich", annualFeeJpy: 50_000, milesPerJpy: 0.02 };
    const { cards } = await (await post(request, { yearlySpendJpy: 3_000_000, cards: [basic, SAISON, rich] })).json();
    expect(cards.map((c: { name: string }) => c.name)).toEqual(["Rich", expect.stringContaining("Saison"), "Basic"]);
    expect(cards[2]).toMatchObject({ miles: 15_000, feeJpy: 0, costPerMileJpy: 0 });
  });

  test("more spending never yields fewer miles (a few points through HTTP)", async ({ request }) => {
    let last = -1;
    for (const spend of [0, 1_000_000, 2_000_000, 2_000_001, 3_000_000, 10_000_000]) {
      const { cards } = await (await post(request, { yearlySpendJpy: spend, cards: [SAISON] })).json();
      expect(cards[0].miles).toBeGreaterThanOrEqual(last);
      last = cards[0].miles;
    }
  });

  test("OPTIONS answers the CORS preflight", async ({ request }) => {
    const res = await request.fetch(URL, { method: "OPTIONS" });
    expect(res.status()).toBe(204);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
  });
});

test.describe("POST /api/v1/cards/compare: bad input is a 400 with issues, never a 500", () => {
  const cases: { label: string; body: unknown; path: string }[] = [
    { label: "unknown preset", body: { yearlySpendJpy: 3_000_000, cards: [SAISON, { preset: "no-such-card" }] }, path: "cards.1.preset" },
    { label: "preset code with spaces", body: { yearlySpendJpy: 3_000_000, cards: [{ preset: "saison platinum" }] }, path: "cards.0.preset" },
    { label: "preset code too long", body: { yearlySpendJpy: 3_000_000, cards: [{ preset: "a".repeat(61) }] }, path: "cards.0.preset" },
    { label: "negative spending", body: { yearlySpendJpy: -1, cards: [SAISON] }, path: "yearlySpendJpy" },
    { label: "fractional spending", body: { yearlySpendJpy: 1_000_000.5, cards: [SAISON] }, path: "yearlySpendJpy" },
    { label: "spending too big", body: { yearlySpendJpy: 1_000_000_001, cards: [SAISON] }, path: "yearlySpendJpy" },
    { label: "missing spending", body: { cards: [SAISON] }, path: "yearlySpendJpy" },
    { label: "missing cards", body: { yearlySpendJpy: 3_000_000 }, path: "cards" },
    { label: "no cards", body: { yearlySpendJpy: 3_000_000, cards: [] }, path: "cards" },
    { label: "too many cards (11)", body: { yearlySpendJpy: 3_000_000, cards: Array.from({ length: 11 }, () => SAISON) }, path: "cards" },
    { label: "card name too long", body: { yearlySpendJpy: 3_000_000, cards: [{ ...saisonCard, name: "x".repeat(121) }] }, path: "cards.0.name" },
    { label: "negative annual fee", body: { yearlySpendJpy: 3_000_000, cards: [{ ...saisonCard, annualFeeJpy: -1 }] }, path: "cards.0.annualFeeJpy" },
    { label: "fractional annual fee", body: { yearlySpendJpy: 3_000_000, cards: [{ ...saisonCard, annualFeeJpy: 100.5 }] }, path: "cards.0.annualFeeJpy" },
    { label: "earn rate too big", body: { yearlySpendJpy: 3_000_000, cards: [{ ...saisonCard, milesPerJpy: 2 }] }, path: "cards.0.milesPerJpy" },
    {
      label: "negative fee-rule threshold",
      body: { yearlySpendJpy: 3_000_000, cards: [{ ...saisonCard, feeRules: [{ spendAboveJpy: -1, annualFeeJpy: 0 }] }] },
      path: "cards.0.feeRules.0.spendAboveJpy",
    },
    {
      label: "too many fee rules (11)",
      body: { yearlySpendJpy: 3_000_000, cards: [{ ...saisonCard, feeRules: Array.from({ length: 11 }, (_, i) => ({ spendAboveJpy: i, annualFeeJpy: 0 })) }] },
      path: "cards.0.feeRules",
    },
    { label: "a card that is a number", body: { yearlySpendJpy: 3_000_000, cards: [42] }, path: "cards.0" },
    { label: "spending as a string", body: { yearlySpendJpy: "3000000", cards: [SAISON] }, path: "yearlySpendJpy" },
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
    const res = await request.post(URL, { data: "yearlySpendJpy=3000000", headers: { "Content-Type": "application/json" } });
    expect(res.status()).toBe(400);
    expect((await res.json()).issues[0].path).toBe("");
  });
});

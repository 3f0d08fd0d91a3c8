// The Saison preset as stored in the real, migrated, seeded database compares exactly as
// facts §2 (seed 2) and the api.md example say. The preset is read through the query
// module the API and /cards use, so an admin's change to the row would show here.
import { afterAll, describe, expect, it, test } from "vitest";
import { compareCards, resolveCardEntries } from "@/lib/calculators/cards";
import { getCardPresets, listCardPresets } from "@/lib/db/queries/cards";

const SEED_DAY = "2023-07-15";
const getCardPresetMap = async (codes: string[], db: Parameters<typeof getCardPresets>[2], date = SEED_DAY) =>
  new Map((await getCardPresets(codes, date, db)).map((p) => [p.code, p.card]));
import { dbTarget, testDb } from "./setup/db";

const SAISON = "saison-platinum-business-amex";

describe(`card presets from the database (${dbTarget()})`, () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it("lists the Saison preset with its source, date, confidence and caveat", async () => {
    const presets = await listCardPresets(SEED_DAY, db);
    const saison = presets.find((p) => p.code === SAISON);
    expect(saison).toBeDefined();
    expect(saison?.card).toMatchObject({ annualFeeJpy: 22_000, feeRules: [{ spendAboveJpy: 2_000_000, annualFeeJpy: 11_000 }] });
    expect(saison?.source).toMatch(/^Blog post 「永久不滅ポイント、JALマイル交換でレートアップ\(2023年7月1日~2023年7月31日\)」 \(July 2023\)$/);
    expect(saison?.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(["H", "M", "L"]).toContain(saison?.confidence);
    expect(saison?.note?.code).toBe("cards.saison.mileClubFeeUnknown");
  });

  test.each([
    {
      label: "facts §2 / api.md: 3,000,000 yen a year -> fee halved to 11,000, 43,500 miles, 1.45%, 0.25 yen per mile",
      spend: 3_000_000,
      expected: { feeJpy: 11_000, miles: 43_500, returnPercent: 1.45, costPerMileJpy: 0.25 },
    },
    {
      label: "facts §2: exactly 2,000,000 yen is not above the threshold -> full 22,000 fee",
      spend: 2_000_000,
      expected: { feeJpy: 22_000, miles: 29_000, returnPercent: 1.45 },
    },
    {
      label: "facts §2: 2,000,001 yen is above the threshold -> 11,000 fee",
      spend: 2_000_001,
      expected: { feeJpy: 11_000, miles: 29_000 },
    },
  ])("$label", async ({ spend, expected }) => {
    const presets = await getCardPresetMap([SAISON], db);
    const resolved = resolveCardEntries([{ preset: SAISON }], presets);
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    const [card] = compareCards(resolved.cards, spend).cards;
    expect(card).toMatchObject({ preset: SAISON, ...expected });
  });

  it("an unknown code is absent from the map, so the request error names it at cards.N.preset", async () => {
    const presets = await getCardPresetMap([SAISON, "no-such-card"], db);
    expect([...presets.keys()]).toEqual([SAISON]);
    const resolved = resolveCardEntries([{ preset: SAISON }, { preset: "no-such-card" }], presets);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.issues.map((i) => i.path)).toEqual(["cards.1.preset"]);
  });

  it("an empty code list reads nothing and returns an empty map", async () => {
    expect((await getCardPresetMap([], db)).size).toBe(0);
  });
});

describe(`card presets by date (${dbTarget()})`, () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  test.each([
    { label: "seed 2 terms until 2023-10-31: fee halved above 2,000,000 yen", date: "2023-10-31", expected: { feeJpy: 11_000, miles: 43_500 } },
    { label: "from 2023-11-01 no halving, SAISON MILE CLUB 1.125% at 5,500 yen", date: "2023-11-01", expected: { feeJpy: 27_500, miles: 33_750, returnPercent: 1.13 } },
    { label: "2025 terms: 33,000-yen fee (confidence L) + 5,500", date: "2026-12-02", expected: { feeJpy: 38_500, miles: 33_750 } },
  ])("Saison at 3,000,000 yen, $label", async ({ date, expected }) => {
    const presets = await getCardPresetMap([SAISON], db, date);
    const resolved = resolveCardEntries([{ preset: SAISON }], presets);
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(compareCards(resolved.cards, 3_000_000).cards[0]).toMatchObject(expected);
  });

  it("today's list has at least four presets, each with a URL source, a verification date and its version's terms", async () => {
    const presets = await listCardPresets("2026-12-02", db);
    expect(presets.length).toBeGreaterThanOrEqual(4);
    expect(new Set(presets.map((p) => p.code)).size).toBe(presets.length);
    for (const p of presets) {
      expect(p.source).toMatch(/https?:\/\//);
      expect(p.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["H", "M", "L"]).toContain(p.confidence);
    }
    const saison = presets.find((p) => p.code === SAISON);
    expect(saison).toMatchObject({ effectiveFrom: "2025-01-01", confidence: "L", card: { annualFeeJpy: 33_000, feeRules: [] } });
    expect(saison?.note?.en).toMatch(/22,000/);
    const gold = presets.find((p) => p.code === "jal-card-club-a-gold");
    expect(gold?.card).toMatchObject({ annualFeeJpy: 17_600, milesPerJpy: 0.005, extraMilesPerJpy: 0.005, optionFeeJpy: 0 });
  });

  it("no version is in force before a card's first terms", async () => {
    expect(await getCardPresets(["jal-card-club-a-gold"], "2023-05-31", db)).toEqual([]);
  });
});

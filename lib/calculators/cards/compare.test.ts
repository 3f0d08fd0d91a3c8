import { describe, expect, it, test } from "vitest";
import { cardPresetSeedRows } from "@/lib/data/seed/cards";
import { cardPresetMap } from "./from-rows";
import { annualFeeForSpend, compareCards, resolveCardEntries, ZCardsCompareRequest, type TCardsCompareRequestInput } from "./index";

// The seed post's terms (version from 2023-07-01): its examples must still reproduce.
const presets = cardPresetMap(cardPresetSeedRows.filter((r) => r.effectiveFrom === "2023-07-01"));

/** What the route handler does: parse, resolve presets, compare. */
function compare(input: TCardsCompareRequestInput) {
  const req = ZCardsCompareRequest.parse(input);
  const resolved = resolveCardEntries(req.cards, presets);
  if (!resolved.ok) throw new Error(resolved.issues[0].message);
  return compareCards(resolved.cards, req.yearlySpendJpy);
}
const saison = (yearlySpendJpy: number) => compare({ yearlySpendJpy, cards: [{ preset: "saison-platinum-business-amex" }] }).cards[0];

describe("Saison Platinum Business Amex preset (facts §2, seed 2)", () => {
  test.each([
    { label: "facts §2: 1,999,999 yen a year -> full fee 22,000", spend: 1_999_999, expected: { feeJpy: 22_000 } },
    { label: "facts §2: exactly 2,000,000 yen is not 'over 2,000,000' -> still 22,000", spend: 2_000_000, expected: { feeJpy: 22_000, miles: 29_000, returnPercent: 1.45, costPerMileJpy: 0.76 } },
    { label: "facts §2: 2,000,001 yen exceeds 2,000,000 -> fee halved to 11,000", spend: 2_000_001, expected: { feeJpy: 11_000, miles: 29_000 } },
    {
      label: "api.md example: 3,000,000 yen -> fee 11,000, 43,500 miles, 1.45%, 0.25 yen per mile (11,000 / 43,500 = 0.2529)",
      spend: 3_000_000,
      expected: { name: "Saison Platinum Business American Express Card", cardFeeJpy: 11_000, optionFeeJpy: 0, feeJpy: 11_000, miles: 43_500, returnPercent: 1.45, costPerMileJpy: 0.25 },
    },
    { label: "facts §2 1.45% return: 1,000,000 yen -> 14,500 miles, 22,000 / 14,500 = 1.52 yen per mile", spend: 1_000_000, expected: { feeJpy: 22_000, miles: 14_500, costPerMileJpy: 1.52 } },
    { label: "floor: 999 yen at 1.45% = 14.48 -> 14 miles", spend: 999, expected: { miles: 14 } },
    { label: "no spending -> no miles, no cost per mile, full fee", spend: 0, expected: { feeJpy: 22_000, miles: 0, returnPercent: 0, costPerMileJpy: null } },
  ])("$label", ({ spend, expected }) => {
    expect(saison(spend)).toMatchObject(expected);
  });

  it("api.md example card written out in full gives the same result as the preset", () => {
    const inline = compare({
      yearlySpendJpy: 3_000_000,
      cards: [{ name: "Saison Platinum Business American Express Card", annualFeeJpy: 22_000, feeRules: [{ spendAboveJpy: 2_000_000, annualFeeJpy: 11_000 }], milesPerJpy: 0.01, extraMilesPerJpy: 0.0045, optionFeeJpy: 0 }],
    }).cards[0];
    const { preset: _p, nameJa: _n, ...fromPreset } = saison(3_000_000);
    expect(inline).toEqual(fromPreset);
  });
});

describe("fee rules", () => {
  const card = {
    annualFeeJpy: 30_000,
    feeRules: [
      { spendAboveJpy: 3_000_000, annualFeeJpy: 0 },
      { spendAboveJpy: 1_000_000, annualFeeJpy: 15_000 },
    ],
  };
  test.each([
    { label: "no threshold exceeded -> base fee", spend: 1_000_000, expected: 30_000 },
    { label: "only the lower threshold exceeded -> its fee", spend: 3_000_000, expected: 15_000 },
    { label: "both exceeded -> the highest threshold wins, whatever the rule order", spend: 3_000_001, expected: 0 },
    { label: "no rules -> base fee", spend: 9_999_999, expected: 30_000, rules: [] },
  ])("$label", ({ spend, expected, rules }) => {
    expect(annualFeeForSpend({ ...card, feeRules: rules ?? card.feeRules }, spend)).toBe(expected);
  });
});

describe("ranking (best first)", () => {
  // Made-up cards for ordering only; not facts.
  const a = { name: "A 1% no fee", annualFeeJpy: 0, milesPerJpy: 0.01 };
  const b = { name: "B 1% + 0.5% option 5,500", annualFeeJpy: 2_200, milesPerJpy: 0.01, extraMilesPerJpy: 0.005, optionFeeJpy: 5_500 };
  const c = { name: "C 1.5% fee 11,000", annualFeeJpy: 11_000, milesPerJpy: 0.015 };
  test.each([
    { label: "most miles first", cards: [a, { preset: "saison-platinum-business-amex" }], expected: ["Saison Platinum Business American Express Card", "A 1% no fee"] },
    { label: "equal miles -> lower cost per mile first (B 7,700 yen beats C 11,000 yen)", cards: [c, b], expected: [b.name, c.name] },
    { label: "equal miles and cost -> input order kept", cards: [{ ...a, name: "A2" }, a], expected: ["A2", a.name] },
  ])("$label", ({ cards, expected }) => {
    expect(compare({ yearlySpendJpy: 3_000_000, cards }).cards.map((r) => r.name)).toEqual(expected);
  });

  it("option fee counts in the yearly cost: B pays 2,200 + 5,500 = 7,700 yen", () => {
    expect(compare({ yearlySpendJpy: 3_000_000, cards: [b] }).cards[0]).toMatchObject({ cardFeeJpy: 2_200, optionFeeJpy: 5_500, feeJpy: 7_700, miles: 45_000, costPerMileJpy: 0.17 });
  });
});

describe("presets", () => {
  it("an unknown preset is a request error at its path, in English and Japanese", () => {
    const req = ZCardsCompareRequest.parse({ yearlySpendJpy: 1, cards: [{ preset: "saison-platinum-business-amex" }, { preset: "no-such-card" }] });
    const r = resolveCardEntries(req.cards, presets);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([expect.objectContaining({ path: "cards.1.preset", code: "cards.unknownPreset", ja: expect.stringContaining("no-such-card") })]);
  });

  it("preset codes are case- and space-insensitive", () => {
    expect(compare({ yearlySpendJpy: 3_000_000, cards: [{ preset: "  Saison-Platinum-Business-AMEX " }] }).cards[0]).toMatchObject({ preset: "saison-platinum-business-amex", miles: 43_500 });
  });
});

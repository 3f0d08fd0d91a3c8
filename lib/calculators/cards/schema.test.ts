import { describe, expect, test } from "vitest";
import * as z from "zod";
import { ZCardsCompareRequest } from "./schema";

const card = { name: "X", annualFeeJpy: 22_000, feeRules: [{ spendAboveJpy: 2_000_000, annualFeeJpy: 11_000 }], milesPerJpy: 0.01, extraMilesPerJpy: 0.0045, optionFeeJpy: 0 };

describe("ZCardsCompareRequest", () => {
  test("api.md example request accepted", () => {
    expect(ZCardsCompareRequest.parse({ yearlySpendJpy: 3_000_000, cards: [card] })).toEqual({ yearlySpendJpy: 3_000_000, cards: [card] });
  });

  test("defaults: feeRules [], extraMilesPerJpy 0, optionFeeJpy 0", () => {
    const r = ZCardsCompareRequest.parse({ yearlySpendJpy: 1, cards: [{ name: "Y", annualFeeJpy: 0, milesPerJpy: 0.005 }] });
    expect(r.cards[0]).toEqual({ name: "Y", annualFeeJpy: 0, milesPerJpy: 0.005, feeRules: [], extraMilesPerJpy: 0, optionFeeJpy: 0 });
  });

  test.each([
    { label: "a preset in place of a card", body: { yearlySpendJpy: 1, cards: [{ preset: "saison-platinum-business-amex" }] }, ok: true },
    { label: "preset and card mixed", body: { yearlySpendJpy: 1, cards: [card, { preset: "saison-platinum-business-amex" }] }, ok: true },
    { label: "no cards", body: { yearlySpendJpy: 1, cards: [] }, ok: false, path: "cards", msg: /at least one/ },
    { label: "11 cards", body: { yearlySpendJpy: 1, cards: Array(11).fill(card) }, ok: false, path: "cards", msg: /at most 10/ },
    { label: "negative spend", body: { yearlySpendJpy: -1, cards: [card] }, ok: false, path: "yearlySpendJpy", msg: /negative/ },
    { label: "spend over 1,000,000,000 yen", body: { yearlySpendJpy: 1_000_000_001, cards: [card] }, ok: false, path: "yearlySpendJpy", msg: /at most/ },
    { label: "fractional yen", body: { yearlySpendJpy: 1.5, cards: [card] }, ok: false, path: "yearlySpendJpy", msg: /whole/ },
    { label: "card without name: message names the field", body: { yearlySpendJpy: 1, cards: [{ ...card, name: "" }] }, ok: false, path: "cards.0.name", msg: /name is required/ },
    { label: "card with a wrong type: message names the field", body: { yearlySpendJpy: 1, cards: [{ ...card, milesPerJpy: "1%" }] }, ok: false, path: "cards.0.milesPerJpy", msg: /must be a number/ },
    { label: "preset with spaces inside", body: { yearlySpendJpy: 1, cards: [{ preset: "saison platinum" }] }, ok: false, path: "cards.0.preset", msg: /preset code/ },
    { label: "a number in place of a card", body: { yearlySpendJpy: 1, cards: [5] }, ok: false, path: "cards.0", msg: /card definition or/ },
    { label: "name over 120 characters", body: { yearlySpendJpy: 1, cards: [{ ...card, name: "x".repeat(121) }] }, ok: false, path: "cards.0.name", msg: /120/ },
    { label: "11 fee rules", body: { yearlySpendJpy: 1, cards: [{ ...card, feeRules: Array(11).fill(card.feeRules[0]) }] }, ok: false, path: "cards.0.feeRules", msg: /10 fee rules/ },
    { label: "fractional annual fee: the issue keeps its path", body: { yearlySpendJpy: 1, cards: [{ ...card, annualFeeJpy: 100.5 }] }, ok: false, path: "cards.0.annualFeeJpy", msg: /whole number/ },
    { label: "a preset reference with a wrong type", body: { yearlySpendJpy: 1, cards: [{ preset: 5 }] }, ok: false, path: "cards.0.preset", msg: /preset must be text/ },
    { label: "an array in place of a card", body: { yearlySpendJpy: 1, cards: [[card]] }, ok: false, path: "cards.0", msg: /card definition or/ },
  ])("$label", ({ body, ok, path, msg }) => {
    const r = ZCardsCompareRequest.safeParse(body);
    expect(r.success).toBe(ok);
    if (!r.success) {
      const issue = r.error.issues.find((i) => i.path.join(".") === path);
      expect(issue?.message).toMatch(msg!);
    }
  });

  test("converts to JSON Schema for the OpenAPI document", () => {
    const js = JSON.stringify(z.toJSONSchema(ZCardsCompareRequest, { io: "input" }));
    expect(js).toContain("spendAboveJpy");
    expect(js).toContain("preset");
  });
});

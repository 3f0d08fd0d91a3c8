import { describe, expect, it } from "vitest";
import { cardPresetSeedRows } from "@/lib/data/seed/cards";
import { cardPresetMap, cardPresetsFromRows } from "./from-rows";

describe("cardPresetsFromRows", () => {
  it("seed row: Saison preset with the facts §2 fees and 1.45% split 1.0% + 0.45%, names from the row", () => {
    const [p] = cardPresetsFromRows(cardPresetSeedRows);
    expect(p).toMatchObject({
      code: "saison-platinum-business-amex",
      effectiveFrom: "2023-07-01",
      confidence: "M",
      source: expect.stringMatching(/^Blog post 「永久不滅ポイント、JALマイル交換でレートアップ\(2023年7月1日~2023年7月31日\)」 \(July 2023\)$/),
      card: {
        name: "Saison Platinum Business American Express Card",
        nameJa: "セゾンプラチナ・ビジネス・アメリカン・エキスプレス・カード",
        annualFeeJpy: 22_000,
        feeRules: [{ spendAboveJpy: 2_000_000, annualFeeJpy: 11_000 }],
        milesPerJpy: 0.01,
        extraMilesPerJpy: 0.0045,
        optionFeeJpy: 0,
      },
    });
    expect(p.note?.code).toBe("cards.saison.mileClubFeeUnknown");
    expect(cardPresetMap(cardPresetSeedRows).has("saison-platinum-business-amex")).toBe(true);
  });

  it("a row with broken JSON fails loudly, naming the preset", () => {
    expect(() => cardPresetsFromRows([{ ...cardPresetSeedRows[0], data: "{" }])).toThrow(/saison-platinum-business-amex.*JSON/);
  });

  it("a row with an invalid definition fails, naming the field", () => {
    const data = JSON.stringify({ ...JSON.parse(cardPresetSeedRows[0].data), milesPerJpy: -1 });
    expect(() => cardPresetsFromRows([{ ...cardPresetSeedRows[0], data }])).toThrow(/milesPerJpy/);
  });
});

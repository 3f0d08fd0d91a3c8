import { describe, expect, test } from "vitest";
import { awardCharts, awardPrograms, awardRules, awardSectorMileages, awardValuations } from "@/lib/data/seed/awards";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("award seed rows (lib/data/seed/awards.ts)", () => {
  test("every chart, rule and mileage row has a source, a confidence and an effective date", () => {
    for (const row of [...awardCharts, ...awardRules, ...awardSectorMileages, ...awardValuations]) {
      expect(row.source.length).toBeGreaterThan(3);
      expect(["H", "M", "L"]).toContain(row.confidence);
      expect(row.effectiveFrom).toMatch(DATE);
    }
  });

  test("rule values are JSON text (Prisma AwardRule.value)", () => {
    for (const r of awardRules) expect(() => JSON.parse(r.value)).not.toThrow();
  });

  test("rule keys are unique per program, award and date (the Prisma unique key)", () => {
    const keys = awardRules.map((r) => `${r.program}|${r.award}|${r.key}|${r.effectiveFrom}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("chart bands are contiguous and prices never fall as distance grows", () => {
    for (const chart of awardCharts) {
      const groups = new Map<string, typeof chart.rows>();
      for (const r of chart.rows) {
        const k = `${r.cabin}|${r.season}|${r.region}`;
        groups.set(k, [...(groups.get(k) ?? []), r]);
      }
      for (const [k, rows] of groups) {
        if (k.endsWith("|null") === false) continue; // regional exceptions hold a single band
        const sorted = [...rows].sort((a, b) => a.minMiles - b.minMiles);
        sorted.slice(1).forEach((r, i) => {
          const prev = sorted[i];
          expect(r.minMiles, `${chart.key} ${k}`).toBe((prev.maxMiles ?? Infinity) + 1);
          // An unpublished cell has no price (0) and is not compared.
          if (r.kind !== "unpublished" && prev.kind !== "unpublished") expect(r.price, `${chart.key} ${k}`).toBeGreaterThanOrEqual(prev.price);
        });
      }
    }
  });

  test.each([
    { label: "facts §7 JAL oneworld: 4,001-8,000 Y 40,000 / C 80,000 / F 100,000", key: "jal.oneworld.roundtrip", min: 4001, prices: { economy: 40000, business: 80000, first: 100000 } },
    { label: "facts §7 JAL oneworld: 34,001-50,000 Y 160,000 / C 220,000 / F 330,000", key: "jal.oneworld.roundtrip", min: 34001, prices: { economy: 160000, business: 220000, first: 330000 } },
    { label: "facts §7 JAL partner: 1-1,000 Y 12,000 / W 17,000 / C 24,000 / F 36,000", key: "jal.partner", min: 1, prices: { economy: 12000, premium: 17000, business: 24000, first: 36000 } },
    { label: "facts §7 JAL partner: 14,001-20,000 Y 70,000 / W 94,000 / C 130,000 / F 190,000", key: "jal.partner", min: 14001, prices: { economy: 70000, premium: 94000, business: 130000, first: 190000 } },
    { label: "facts §7 BA partner zone 9: 51,500 / 103,000 / 154,500 / 206,000", key: "ba.perSegment.partner", min: 7001, prices: { economy: 51500, premium: 103000, business: 154500, first: 206000 } },
  ])("$label", ({ key, min, prices }) => {
    const rows = awardCharts.find((c) => c.key === key)!.rows.filter((r) => r.minMiles === min && r.region === null);
    expect(Object.fromEntries(rows.map((r) => [r.cabin, r.price]))).toEqual(prices);
  });

  test("BA's charts before the rise end on 2025-12-15; from that day every cell is an estimate (8-14%) or derived from a published figure, confidence L (facts §8)", () => {
    const ba = awardCharts.filter((c) => c.program === "BA");
    const before = ba.filter((c) => c.effectiveFrom < "2025-12-15");
    const after = ba.filter((c) => c.effectiveFrom === "2025-12-15");
    expect(before.map((c) => c.effectiveTo)).toEqual(before.map(() => "2025-12-15"));
    expect(after.map((c) => [c.key, c.effectiveTo, c.confidence])).toEqual([
      ["ba.perSegment.ba-operated", null, "L"],
      ["ba.perSegment.partner", null, "L"],
      ["ba.perSegment.jal-cx", null, "L"],
      ["ba.multiCarrier", null, "L"],
    ]);
    for (const c of after) {
      for (const r of c.rows) {
        expect(["estimate", "derived"], `${c.key} ${r.cabin} ${r.minMiles}`).toContain(r.kind);
        if (r.kind === "estimate") expect(r.priceMin! <= r.price && r.price <= r.priceMax!).toBe(true);
      }
    }
    // The one published post-change cell: LHR-JFK off-peak First return 150,000 (charts-2026 §1.2).
    const z5f = after[0].rows.find((r) => r.zone === "5" && r.cabin === "first" && r.season === "offpeak")!;
    expect(z5f).toMatchObject({ kind: "derived", price: 75000 });
  });

  test("the BA multi-carrier chart holds only the confirmed band, confidence L, and says the table is unconfirmed", () => {
    const mc = awardCharts.find((c) => c.key === "ba.multiCarrier" && c.effectiveFrom < "2025-12-15")!;
    expect(mc.confidence).toBe("L");
    expect(mc.rows).toEqual([{ zone: null, region: null, minMiles: 0, maxMiles: 1500, cabin: "economy", season: "any", price: 30000 }]);
    expect(mc.notes).toMatch(/NOT confirmed/);
  });

  test("programs and currencies", () => {
    expect(awardPrograms.map((p) => [p.code, p.currency])).toEqual([["JAL", "JAL miles"], ["BA", "Avios"], ["AS", "Atmos points"], ["CX", "Asia Miles"]]);
  });
});

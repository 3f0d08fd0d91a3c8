import { describe, expect, test } from "vitest";
import { ihgPriceSeries } from "./series";
import { ZIhgSeriesRequest } from "./schema";
import { seedRule } from "./test-data";

const at = (series: ReturnType<typeof ihgPriceSeries>, points: number) => series.find((p) => p.points === points)?.effectiveCentsPerPoint;

describe("plot series: effective cents per point against quantity", () => {
  test("100% bonus: from 1,000 to the 150,000 cap in 1,000 steps", () => {
    const s = ihgPriceSeries(seedRule, ZIhgSeriesRequest.parse({ bonusPercent: 100 }));
    expect(s).toHaveLength(150);
    expect([s[0].points, s.at(-1)!.points]).toEqual([1_000, 150_000]);
  });

  test.each([
    { label: "10,000 (no bonus yet) -> 1.35", points: 10_000, expected: 1.35 },
    { label: "11,000 (bonus threshold, tier 2) -> 0.575", points: 11_000, expected: 0.575 },
    { label: "25,000 (tier 2) -> 0.575", points: 25_000, expected: 0.575 },
    { label: "26,000 (tier 3) -> 0.5", points: 26_000, expected: 0.5 },
  ])("facts §3 with a 100% bonus: $label", ({ points, expected }) => {
    expect(at(ihgPriceSeries(seedRule, ZIhgSeriesRequest.parse({ bonusPercent: 100 })), points)).toBe(expected);
  });

  test("no bonus: the tier steps 1.35 -> 1.15 -> 1.0 and never rise", () => {
    const s = ihgPriceSeries(seedRule, ZIhgSeriesRequest.parse({ bonusPercent: 0 }));
    expect([...new Set(s.map((p) => p.effectiveCentsPerPoint))]).toEqual([1.35, 1.15, 1.0]);
  });

  test("a raised cap extends the series", () => {
    expect(ihgPriceSeries(seedRule, ZIhgSeriesRequest.parse({ bonusPercent: 100, annualCap: 250_000 }))).toHaveLength(250);
  });
});

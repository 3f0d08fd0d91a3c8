import { describe, expect, test } from "vitest";
import { aviosCostSeries } from "./series";
import { ZAviosSeriesRequest } from "./schema";
import { seedPlans } from "./test-data";

describe("plot series: cost against Avios per plan and billing", () => {
  const series = aviosCostSeries(seedPlans, ZAviosSeriesRequest.parse({ maxAvios: 20_000 }));

  test("one line per plan and billing (4 x 2)", () => {
    expect(series.map((s) => `${s.plan} ${s.billing}`)).toHaveLength(8);
  });

  test.each([
    { label: "Voyager monthly: 12 months reach 20,004 Avios for $348", plan: "Voyager", billing: "monthly", last: { periods: 12, avios: 20_004, costUsd: 348 } },
    { label: "Voyager yearly: one year, 20,000 Avios for $315", plan: "Voyager", billing: "yearly", last: { periods: 1, avios: 20_000, costUsd: 315 } },
    { label: "Adventurer monthly: 2 months, 33,334 Avios for $598", plan: "Adventurer", billing: "monthly", last: { periods: 2, avios: 33_334, costUsd: 598 } },
  ])("$label", ({ plan, billing, last }) => {
    expect(series.find((s) => s.plan === plan && s.billing === billing)?.points.at(-1)).toEqual(last);
  });
});

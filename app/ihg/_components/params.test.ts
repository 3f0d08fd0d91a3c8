import { describe, expect, test } from "vitest";
import { ihgBuyPointsRequestFor } from "@/lib/calculators/ihg";
import { seedRule } from "@/lib/calculators/ihg/test-data";
import { ihgFormFrom, ihgRequest } from "./params";

const parse = (query: Record<string, string>) => ihgBuyPointsRequestFor(seedRule).safeParse(ihgRequest(ihgFormFrom(query, 150_000)));

describe("the /ihg form's request", () => {
  test("typed-in price left empty -> an issue at centsPerPoint, not a silent tier price", () => {
    const r = parse({ points: "20000", bonus: "100", price: "typed", cents: "" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["centsPerPoint"]);
  });

  test.each([
    { label: "typed 0.8 cents -> sent as 0.8", query: { points: "20000", price: "typed", cents: "0.8" }, cents: 0.8 },
    { label: "price from the tiers -> no centsPerPoint, the API picks the tier", query: { points: "20000", price: "tier", cents: "" }, cents: undefined },
  ])("$label", ({ query, cents }) => {
    const r = parse(query);
    expect(r.success).toBe(true);
    expect(r.data!.centsPerPoint).toBe(cents);
  });
});

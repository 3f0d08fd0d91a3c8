import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { quoteConversion } from "./quote";
import { ZConversionQuoteRequest, type TConversionQuoteInput } from "./schema";
import { seedData } from "./test-data";

const TODAY = "2023-07-15";
const quote = (input: Omit<TConversionQuoteInput, "route"> & { route: string }) => quoteConversion(ZConversionQuoteRequest.parse(input), seedData, TODAY);

describe("facts §2 acceptance", () => {
  test.each([
    {
      label: "facts §2 Ponta: 10,001 points on 2023-07-15 -> 10,000 used, 1 left, 5,000 base + 1,000 bonus",
      input: { route: "ponta-jal", points: 10_001, date: "2023-07-15" },
      expected: { pointsUsed: 10_000, pointsLeft: 1, baseMiles: 5_000, bonusMiles: 1_000, totalMiles: 6_000, applied: true },
    },
    {
      label: "facts §2 Ponta: 2023-07-02, the day before the campaign -> no bonus, no campaign",
      input: { route: "ponta-jal", points: 10_000, date: "2023-07-02" },
      expected: { pointsUsed: 10_000, pointsLeft: 0, baseMiles: 5_000, bonusMiles: 0, totalMiles: 5_000, applied: null },
    },
    {
      label: "facts §2 Ponta: 2023-08-01, the day after the campaign -> no bonus, no campaign",
      input: { route: "ponta-jal", points: 10_000, date: "2023-08-01" },
      expected: { pointsUsed: 10_000, pointsLeft: 0, baseMiles: 5_000, bonusMiles: 0, totalMiles: 5_000, applied: null },
    },
    {
      label: "facts §2 Ponta: first day 2023-07-03 is inside the campaign -> +20% bonus",
      input: { route: "ponta-jal", points: 10_000, date: "2023-07-03" },
      expected: { pointsUsed: 10_000, pointsLeft: 0, baseMiles: 5_000, bonusMiles: 1_000, totalMiles: 6_000, applied: true },
    },
    {
      label: "facts §2 Ponta: last day 2023-07-31 is inside the campaign (end inclusive) -> +20% bonus",
      input: { route: "ponta-jal", points: 10_000, date: "2023-07-31" },
      expected: { pointsUsed: 10_000, pointsLeft: 0, baseMiles: 5_000, bonusMiles: 1_000, totalMiles: 6_000, applied: true },
    },
    {
      label: "facts §2 Ponta: fractions dropped: 9 points -> 4 miles (1 point left), floor(4 x 20%) = 0 bonus",
      input: { route: "ponta-jal", points: 9, date: "2023-07-15" },
      expected: { pointsUsed: 8, pointsLeft: 1, baseMiles: 4, bonusMiles: 0, totalMiles: 4, applied: true },
    },
    {
      label: "facts §2 Ponta: floor of the bonus: 13 points -> 6 miles, floor(6 x 20%) = 1 bonus",
      input: { route: "ponta-jal", points: 13, date: "2023-07-15" },
      expected: { pointsUsed: 12, pointsLeft: 1, baseMiles: 6, bonusMiles: 1, totalMiles: 7, applied: true },
    },
    {
      label: "facts §2 Ponta: not eligible (not a JMB×Ponta Japan-region member) -> no bonus",
      input: { route: "ponta-jal", points: 10_000, date: "2023-07-15", eligible: false },
      expected: { pointsUsed: 10_000, pointsLeft: 0, baseMiles: 5_000, bonusMiles: 0, totalMiles: 5_000, applied: false },
    },
    {
      label: "facts §2 Saison: 1,000 points in July 2023 with entry -> 5 units, 2,500 base + 500 bonus",
      input: { route: "saison-jal", points: 1_000, date: "2023-07-10", campaignEntry: true },
      expected: { pointsUsed: 1_000, pointsLeft: 0, baseMiles: 2_500, bonusMiles: 500, totalMiles: 3_000, applied: true },
    },
    {
      label: "facts §2 Saison: 1,000 points in July 2023 without entry -> 2,500 base, no bonus (entry required)",
      input: { route: "saison-jal", points: 1_000, date: "2023-07-10" },
      expected: { pointsUsed: 1_000, pointsLeft: 0, baseMiles: 2_500, bonusMiles: 0, totalMiles: 2_500, applied: false },
    },
    {
      label: "facts §2 Saison: 199 points are less than one 200-point unit -> nothing exchanged",
      input: { route: "saison-jal", points: 199, date: "2023-07-10", campaignEntry: true },
      expected: { pointsUsed: 0, pointsLeft: 199, baseMiles: 0, bonusMiles: 0, totalMiles: 0, applied: false },
    },
    {
      label: "facts §2 Saison: entered but not eligible -> no bonus",
      input: { route: "saison-jal", points: 1_000, date: "2023-07-10", campaignEntry: true, eligible: false },
      expected: { pointsUsed: 1_000, pointsLeft: 0, baseMiles: 2_500, bonusMiles: 0, totalMiles: 2_500, applied: false },
    },
    {
      label: "facts §2 Saison: campaign starts 2023-07-01 (two days before Ponta's)",
      input: { route: "saison-jal", points: 400, date: "2023-07-01", campaignEntry: true },
      expected: { pointsUsed: 400, pointsLeft: 0, baseMiles: 1_000, bonusMiles: 200, totalMiles: 1_200, applied: true },
    },
  ])("$label", ({ input, expected }) => {
    const q = quote(input);
    const { applied, ...counts } = expected;
    expect({
      pointsUsed: q.pointsUsed,
      pointsLeft: q.pointsLeft,
      baseMiles: q.baseMiles,
      bonusMiles: q.bonusMiles,
      totalMiles: q.totalMiles,
    }).toEqual(counts);
    expect(q.campaign === null ? null : q.campaign.applied).toBe(applied);
  });
});

describe("reasons and notes", () => {
  test.each([
    { label: "Saison without entry: reason campaign.noEntry", input: { route: "saison-jal", points: 1_000, date: "2023-07-10" }, code: "campaign.noEntry" },
    { label: "Ponta not eligible: reason campaign.notEligible", input: { route: "ponta-jal", points: 100, date: "2023-07-10", eligible: false }, code: "campaign.notEligible" },
    { label: "Saison 199 points: reason campaign.nothingExchanged", input: { route: "saison-jal", points: 199, date: "2023-07-10", campaignEntry: true }, code: "campaign.nothingExchanged" },
  ])("$label", ({ input, code }) => {
    const reason = quote(input).campaign?.reason;
    expect(reason?.code).toBe(code);
    expect(reason?.en.length).toBeGreaterThan(10);
    expect(reason?.ja.length).toBeGreaterThan(5);
  });

  test("an applied campaign has no reason and reports its source and dates", () => {
    const c = quote({ route: "ponta-jal", points: 10_001, date: "2023-07-15" }).campaign;
    expect(c).toMatchObject({ start: "2023-07-03", end: "2023-07-31", applied: true, reason: null });
    expect(c?.source).toMatch(/^Blog post 「PontaポイントからJALのマイル交換で20%のレートアップキャンペーンを実施:2023年7月3日\(月\)~7月31日\(月\)」 \(July 2023\)/);
  });

  test("199 Saison points: the note says nothing is exchanged", () => {
    expect(quote({ route: "saison-jal", points: 199, date: "2023-08-10" }).notes.map((n) => n.code)).toEqual(["conversion.belowUnit"]);
  });

  test.each([
    { label: "1 Saison point: singular ('1 point is fewer')", points: 1, en: "1 point is fewer than one exchange unit" },
    { label: "199 Saison points: plural", points: 199, en: "199 points are fewer than one exchange unit" },
  ])("$label", ({ points, en }) => {
    expect(quote({ route: "saison-jal", points, date: "2023-08-10" }).notes[0].en).toContain(en);
  });

  test("9 Ponta points: notes the bonus rounded to zero and the point left over", () => {
    const codes = quote({ route: "ponta-jal", points: 9, date: "2023-07-15" }).notes.map((n) => n.code);
    expect(codes).toEqual(["campaign.bonusRoundedToZero", "conversion.pointsLeft"]);
  });

  test("without a date the quote uses the given today", () => {
    expect(quote({ route: "ponta-jal", points: 10 }).date).toBe(TODAY);
  });
});

describe("credit timing (facts §2)", () => {
  test.each([
    {
      label: "Ponta: base miles about 1 week after the exchange (public, H)",
      input: { route: "ponta-jal", points: 100, date: "2023-07-15" },
      expected: { earliest: "2023-07-22", latest: "2023-07-22" },
    },
    {
      label: "Saison: base miles 3 to 4 weeks after the exchange (seed 2)",
      input: { route: "saison-jal", points: 200, date: "2023-07-10" },
      expected: { earliest: "2023-07-31", latest: "2023-08-07" },
    },
    {
      label: "nothing exchanged: no credit dates",
      input: { route: "saison-jal", points: 199, date: "2023-07-10" },
      expected: { earliest: null, latest: null },
    },
  ])("$label", ({ input, expected }) => {
    expect(quote(input).credit.base).toMatchObject(expected);
  });

  test("bonus miles: credited separately, and no invented date (the campaign published none)", () => {
    const bonus = quote({ route: "ponta-jal", points: 10_000, date: "2023-07-15" }).credit.bonus;
    expect(bonus?.date).toBeNull();
    expect(bonus?.note.code).toBe("credit.bonusUnknown");
  });

  test("no bonus miles: no bonus credit entry", () => {
    expect(quote({ route: "ponta-jal", points: 10_000, date: "2023-08-15" }).credit.bonus).toBeNull();
  });
});

describe("properties", () => {
  const arbRequest = fc.record({
    route: fc.constantFrom("ponta-jal", "saison-jal"),
    date: fc.constantFrom("2023-06-30", "2023-07-01", "2023-07-03", "2023-07-20", "2023-07-31", "2023-08-01"),
    campaignEntry: fc.boolean(),
    eligible: fc.boolean(),
  });
  const arbPoints = fc.integer({ min: 0, max: 100_000_000 });

  test("more points never yield fewer miles", () => {
    fc.assert(
      fc.property(arbRequest, arbPoints, arbPoints, (req, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(quote({ ...req, points: lo }).totalMiles).toBeLessThanOrEqual(quote({ ...req, points: hi }).totalMiles);
      }),
    );
  });

  test("total = base + bonus, and points used + left = points", () => {
    fc.assert(
      fc.property(arbRequest, arbPoints, (req, points) => {
        const q = quote({ ...req, points });
        expect(q.totalMiles).toBe(q.baseMiles + q.bonusMiles);
        expect(q.pointsUsed + q.pointsLeft).toBe(points);
        expect(q.pointsLeft).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(q.bonusMiles)).toBe(true);
      }),
    );
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { dataAsOf, isStale, oldestOf } from "./index";

describe("dataAsOf (api.md Data age)", () => {
  test.each([
    { label: "exactly 12 months old is still fresh", rows: ["2025-12-02"], today: "2026-12-02", expected: { verifiedOn: "2025-12-02", stale: false } },
    { label: "one day past the 12-month limit is stale", rows: ["2025-12-01"], today: "2026-12-02", expected: { verifiedOn: "2025-12-01", stale: true } },
    { label: "the oldest row decides", rows: ["2026-12-02", "2024-02-01", "2026-01-01"], today: "2026-12-02", expected: { verifiedOn: "2024-02-01", stale: true } },
    { label: "a row never verified makes the answer stale", rows: ["2026-12-02", null], today: "2026-12-02", expected: { verifiedOn: null, stale: true } },
    { label: "Dates from the database count as their UTC day", rows: [new Date("2026-06-30T00:00:00Z")], today: "2026-12-02", expected: { verifiedOn: "2026-06-30", stale: false } },
  ])("$label", ({ rows, today, expected }) => {
    expect(dataAsOf(rows, today, 12)).toEqual(expected);
  });

  test("no rows used: nothing to date", () => {
    expect(dataAsOf([], "2026-12-02", 12)).toBeNull();
  });

  test("a shorter limit flips sooner (6 months)", () => {
    expect(isStale("2026-06-02", "2026-12-02", 6)).toBe(false);
    expect(isStale("2026-06-01", "2026-12-02", 6)).toBe(true);
  });

  test("oldestOf combines parts and ignores the empty ones", () => {
    expect(oldestOf([null, { verifiedOn: "2026-01-01", stale: false }, { verifiedOn: "2025-01-01", stale: true }])).toEqual({ verifiedOn: "2025-01-01", stale: true });
    expect(oldestOf([null])).toBeNull();
  });

  test("property: stale is monotone in the verification date", () => {
    const day = fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 60 }), (a, b, months) => {
        const [older, newer] = a <= b ? [a, b] : [b, a];
        if (!isStale(older, "2031-01-01", months)) expect(isStale(newer, "2031-01-01", months)).toBe(false);
      }),
    );
  });
});

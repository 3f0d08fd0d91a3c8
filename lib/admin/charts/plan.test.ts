import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { planPublish, planRollback, type VersionSpan } from "./plan";

const v = (id: number, effectiveFrom: string, effectiveTo: string | null = null): VersionSpan => ({ id, effectiveFrom, effectiveTo });

describe("planPublish", () => {
  test.each([
    { label: "after an open version: it ends on the new date, the new one is open", versions: [v(1, "2024-01-01")], from: "2027-01-01", expected: { effectiveTo: null, predecessor: { id: 1, newEffectiveTo: "2027-01-01" } } },
    { label: "after a version that already ended (BA 2025-12-15): it is left alone", versions: [v(1, "2021-08-01", "2025-12-15")], from: "2027-01-01", expected: { effectiveTo: null, predecessor: null } },
    { label: "inside a version's interval: takes over the rest of it", versions: [v(1, "2024-01-01", "2028-01-01"), v(2, "2028-01-01")], from: "2026-01-01", expected: { effectiveTo: "2028-01-01", predecessor: { id: 1, newEffectiveTo: "2026-01-01" } } },
    { label: "before every version: runs until the first one starts", versions: [v(1, "2024-01-01")], from: "2020-01-01", expected: { effectiveTo: "2024-01-01", predecessor: null } },
  ])("$label", ({ versions, from, expected }) => {
    expect(planPublish(versions, from)).toMatchObject({ ok: true, ...expected });
  });

  test("a date a published version already starts on is refused", () => {
    expect(planPublish([v(1, "2024-01-01")], "2024-01-01")).toMatchObject({ ok: false, message: expect.stringMatching(/already starts on 2024-01-01/) });
  });
});

describe("planRollback", () => {
  test("retires the latest publish (highest id) and gives the version before it its end back", () => {
    expect(planRollback([v(1, "2024-01-01", "2027-01-01"), v(2, "2027-01-01")])).toMatchObject({ ok: true, target: { id: 2 }, restored: { id: 1, newEffectiveTo: null } });
  });
  test("a gap before the rolled-back version stays a gap", () => {
    expect(planRollback([v(1, "2021-08-01", "2025-12-15"), v(2, "2027-01-01")])).toMatchObject({ ok: true, restored: { id: 1, newEffectiveTo: "2025-12-15" } });
  });
  test("the only version cannot be rolled back", () => {
    expect(planRollback([v(1, "2024-01-01")])).toMatchObject({ ok: false });
  });

  test("property: publish then rollback restores every interval exactly", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 1, maxLength: 5 }), day, fc.boolean(), (starts, from, endLast) => {
        fc.pre(!starts.includes(from) && starts.some((s) => s < from));
        // A valid history: sorted, each ends where the next starts; the last open or ended.
        const sorted = [...starts].sort();
        const versions = sorted.map((s, i) => v(i + 1, s, sorted[i + 1] ?? (endLast ? "2031-01-01" : null)));
        fc.pre(versions.every((x) => x.effectiveTo === null || x.effectiveFrom < x.effectiveTo));
        const plan = planPublish(versions, from);
        if (!plan.ok) throw new Error(plan.message);
        const after = versions.map((x) => (plan.predecessor?.id === x.id ? { ...x, effectiveTo: plan.predecessor.newEffectiveTo } : x));
        after.push(v(99, from, plan.effectiveTo));
        // Intervals never overlap after publishing.
        const byStart = [...after].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
        for (let i = 1; i < byStart.length; i++) expect(byStart[i - 1].effectiveTo === null || byStart[i - 1].effectiveTo! <= byStart[i].effectiveFrom).toBe(true);
        const back = planRollback(after);
        if (!back.ok) throw new Error(back.message);
        expect(back.target.id).toBe(99);
        const restored = after.filter((x) => x.id !== 99).map((x) => (x.id === back.restored.id ? { ...x, effectiveTo: back.restored.newEffectiveTo } : x));
        expect(restored).toEqual(versions);
      }),
    );
  });
});

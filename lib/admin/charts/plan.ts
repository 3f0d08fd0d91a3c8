// How publishing and rolling back change the effective intervals of a chart's versions.
// Pure, on "YYYY-MM-DD" strings (which sort as dates). The engine picks the version
// with effectiveFrom <= day < effectiveTo, so intervals are kept explicit:
//  - publish from F: the version before F (if it was still in force on F) now ends on
//    F, and the new version runs until the next version starts (or as long as the one
//    before would have run, or open-ended);
//  - rollback of the latest publish: that version is retired (kept, with its rows) and
//    the version before it gets back the end date it had before (the retired version's).
import { problem, type Problem } from "../problems";

export type VersionSpan = { id: number; effectiveFrom: string; effectiveTo: string | null };

export type PublishPlan =
  | { ok: true; effectiveTo: string | null; predecessor: (VersionSpan & { newEffectiveTo: string }) | null; base: VersionSpan | null }
  | ({ ok: false } & Problem);

const before = (a: string, b: string | null) => b === null || a < b;

export function planPublish(published: readonly VersionSpan[], from: string): PublishPlan {
  if (published.some((v) => v.effectiveFrom === from)) {
    return { ok: false, ...problem("dateTaken", { date: from }) };
  }
  const sorted = [...published].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const pred = [...sorted].reverse().find((v) => v.effectiveFrom < from) ?? null;
  const next = sorted.find((v) => v.effectiveFrom > from) ?? null;
  const predInForce = pred !== null && before(from, pred.effectiveTo);
  const ends = [next?.effectiveFrom ?? null, predInForce ? pred!.effectiveTo : null].filter((d): d is string => d !== null).sort();
  return {
    ok: true,
    effectiveTo: ends[0] ?? null,
    predecessor: predInForce ? { ...pred!, newEffectiveTo: from } : null,
    base: pred,
  };
}

export type RollbackPlan =
  | { ok: true; target: VersionSpan; restored: VersionSpan & { newEffectiveTo: string | null } }
  | ({ ok: false } & Problem);

/** Rolls back the most recently published version (highest id). */
export function planRollback(published: readonly VersionSpan[]): RollbackPlan {
  if (!published.length) return { ok: false, ...problem("noPublished") };
  const target = [...published].sort((a, b) => b.id - a.id)[0];
  const pred = published
    .filter((v) => v.id !== target.id && v.effectiveFrom < target.effectiveFrom)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (!pred) return { ok: false, ...problem("noEarlier", { from: target.effectiveFrom }) };
  const newEffectiveTo = pred.effectiveTo === target.effectiveFrom ? target.effectiveTo : pred.effectiveTo;
  return { ok: true, target, restored: { ...pred, newEffectiveTo } };
}

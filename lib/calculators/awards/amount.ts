/**
 * A price with its honesty attached (api.md "How sure a price is"): the value,
 * the range it may really be in, and whether it is a published chart cell,
 * derived from published figures, or an estimate. Sums and multiples keep the
 * worst kind, and an estimate's range always contains its price.
 */
import type { CompiledRow } from "./prepare";
import type { Confidence, PriceKind } from "./types";

export interface Amount {
  price: number;
  min: number;
  max: number;
  kind: PriceKind;
}

const KIND_RANK: Record<PriceKind, number> = { chart: 0, derived: 1, estimate: 2 };

export function worseKind(a: PriceKind, b: PriceKind): PriceKind {
  return KIND_RANK[a] >= KIND_RANK[b] ? a : b;
}

export const ZERO: Amount = { price: 0, min: 0, max: 0, kind: "chart" };

/** The amount of a published row (callers skip "unpublished" rows first: see `unpublished`). */
export function fromRow(r: CompiledRow): Amount {
  return { price: r.price, min: r.min, max: r.max, kind: r.kind === "unpublished" ? "estimate" : r.kind };
}

/** A chart cell that exists but was never published: no price (the note names it). */
export function unpublished(r: CompiledRow | null): boolean {
  return r !== null && r.kind === "unpublished";
}

export function addAmount(a: Amount, b: Amount): Amount {
  return { price: a.price + b.price, min: a.min + b.min, max: a.max + b.max, kind: worseKind(a.kind, b.kind) };
}

/** Multiply (cabin multiplier, "twice the longer direction"); rounding named by the caller. */
export function scaleAmount(a: Amount, k: number, round: (x: number) => number, kind: PriceKind = a.kind): Amount {
  const price = round(a.price * k);
  return { price, min: Math.min(price, round(a.min * k)), max: Math.max(price, round(a.max * k)), kind: worseKind(a.kind, kind) };
}

const CONF_RANK: Record<Confidence, number> = { H: 2, M: 1, L: 0 };

/** The lowest confidence of the charts used, capped by the kind: derived at most M, an estimate L (facts §8). */
export function confidenceOf(charts: readonly string[], kind: PriceKind): Confidence {
  let c: Confidence = "H";
  for (const x of charts) {
    const v = (x === "H" || x === "M" || x === "L" ? x : "L") as Confidence;
    if (CONF_RANK[v] < CONF_RANK[c]) c = v;
  }
  if (kind === "estimate") return "L";
  if (kind === "derived" && c === "H") return "M";
  return c;
}

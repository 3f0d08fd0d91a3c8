/**
 * The rules of one award type on one date: every limit and flag the rule code
 * reads, taken from `AwardRule` rows (program, award, key, JSON value). A key
 * that is absent switches its check off, so an admin can retire a rule.
 */
import type { Cabin } from "../types";

export interface RuleValueMeta {
  source: string;
  confidence: string;
  notes: string | null;
  effectiveFrom: number;
}

export interface RuleSummary {
  key: string;
  value: unknown;
  source: string;
  confidence: string;
  notes: string | null;
}

export class RuleSet {
  constructor(
    readonly program: string,
    readonly award: string,
    private readonly values: ReadonlyMap<string, unknown>,
    readonly meta: ReadonlyMap<string, RuleValueMeta>,
    /** Keys read from a version that starts after the quote date (none in force yet). */
    readonly fallbackKeys: readonly string[] = [],
  ) {}

  has(key: string): boolean {
    return this.values.has(key);
  }

  raw(key: string): unknown {
    return this.values.get(key);
  }

  /** A finite number, or undefined when absent or malformed. */
  num(key: string): number | undefined {
    const v = this.values.get(key);
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
  }

  bool(key: string): boolean | undefined {
    const v = this.values.get(key);
    return typeof v === "boolean" ? v : undefined;
  }

  str(key: string): string | undefined {
    const v = this.values.get(key);
    return typeof v === "string" ? v : undefined;
  }

  strings(key: string): string[] | undefined {
    // Memoised like `withPrefix`: checked once per key, not per ticket.
    if (this.checked.has(key)) return this.checked.get(key) as string[] | undefined;
    const v = this.values.get(key);
    const out = Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined;
    this.checked.set(key, out);
    return out;
  }

  /** An object of numbers, e.g. { "JP": 2 }. */
  numbers(key: string): Record<string, number> | undefined {
    if (this.checkedNumbers.has(key)) return this.checkedNumbers.get(key);
    const v = this.values.get(key);
    let out: Record<string, number> | undefined;
    if (v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "number")) out = v as Record<string, number>;
    this.checkedNumbers.set(key, out);
    return out;
  }

  private readonly checked = new Map<string, string[] | undefined>();
  private readonly checkedNumbers = new Map<string, Record<string, number> | undefined>();

  /** Any JSON object (shape checked by the caller). */
  object<T extends object>(key: string): T | undefined {
    const v = this.values.get(key);
    return v && typeof v === "object" ? (v as T) : undefined;
  }

  /** Cabin multipliers such as { economy: 1, premium: 1.5, business: 2, first: 3 }. */
  cabinNumbers(key: string): Partial<Record<Cabin, number>> | undefined {
    return this.numbers(key) as Partial<Record<Cabin, number>> | undefined;
  }

  /** Keys with this prefix, e.g. "carrierException." -> { "KE": {...} }. */
  withPrefix(prefix: string): ReadonlyMap<string, unknown> {
    // Memoised: a RuleSet is cached per program, award and date.
    let out = this.prefixed.get(prefix);
    if (!out) {
      out = new Map<string, unknown>();
      for (const [k, v] of this.values) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), v);
      this.prefixed.set(prefix, out);
    }
    return out;
  }

  private readonly prefixed = new Map<string, Map<string, unknown>>();
  private summaryMemo: RuleSummary[] | null = null;

  /** Every rule in force with its value and source, for showing in a quote. */
  summary(): RuleSummary[] {
    if (!this.summaryMemo) {
      this.summaryMemo = [...this.values.keys()].sort().map((key) => {
        const m = this.meta.get(key);
        return { key, value: this.values.get(key), source: m?.source ?? "", confidence: m?.confidence ?? "", notes: m?.notes ?? null };
      });
    }
    return this.summaryMemo;
  }
}

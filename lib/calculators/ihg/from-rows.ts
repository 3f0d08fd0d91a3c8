import * as z from "zod";
import { toIsoDate } from "@/lib/calculators/conversions/dates";
import type { IhgPurchaseRuleData } from "./types";

/** An `IhgPurchaseRule` row with its `tiers` relation, as Prisma returns it or as seeded. */
export interface IhgPurchaseRuleRow {
  effectiveFrom: Date | string;
  annualCap: number;
  raisedCaps: string;
  bonusRules: string;
  minPurchase: number;
  maxPurchase: number;
  step: number;
  source: string;
  confidence: string;
  notes: string | null;
  tiers: readonly { minPoints: number; maxPoints: number | null; centsPerPoint: number }[];
}

// The JSON columns are admin-editable text: validate them instead of trusting a cast.
const ZRaisedCaps = z.array(z.number().int().positive()).max(20);
const ZBonusRules = z
  .array(z.object({ bonusPercent: z.number().int().min(1).max(100), minPoints: z.number().int().min(0) }))
  .max(20);

function parseJson<T>(schema: z.ZodType<T>, text: string, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RangeError(`IhgPurchaseRule.${column} is not valid JSON.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RangeError(`IhgPurchaseRule.${column}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export function ihgRuleFromRow(row: IhgPurchaseRuleRow): IhgPurchaseRuleData {
  if (row.tiers.length === 0) throw new RangeError("IhgPurchaseRule has no price tiers.");
  if (row.step <= 0) throw new RangeError("IhgPurchaseRule.step must be positive.");
  return {
    effectiveFrom: toIsoDate(row.effectiveFrom),
    annualCap: row.annualCap,
    raisedCaps: parseJson(ZRaisedCaps, row.raisedCaps, "raisedCaps"),
    bonusRules: parseJson(ZBonusRules, row.bonusRules, "bonusRules"),
    minPurchase: row.minPurchase,
    maxPurchase: row.maxPurchase,
    step: row.step,
    tiers: row.tiers.map((t) => ({ minPoints: t.minPoints, maxPoints: t.maxPoints, centsPerPoint: t.centsPerPoint })),
    source: row.source,
    confidence: row.confidence,
    notes: row.notes,
  };
}

/** The rule in force on `date`: the latest effectiveFrom on or before it (null if none). */
export function ihgRuleOn(rules: readonly IhgPurchaseRuleData[], date: string): IhgPurchaseRuleData | null {
  return [...rules].filter((r) => r.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

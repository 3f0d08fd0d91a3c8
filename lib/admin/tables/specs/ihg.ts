// IhgPurchaseRule with its IhgPriceTier rows: one CSV row per price tier, the rule's
// columns repeated on each (and required to agree). One version per effectiveFrom.
import "server-only";
import { decimal, int, jsonCell, text } from "../../cells";
import { csvIssue, type CsvIssue } from "../../csv";
import type { Item, RowProblem, Sourced, TableSpec } from "../spec";
import { confidenceColumn, dbDay, effectiveFromColumn, positiveInt, sourceColumn, storedDay } from "./common";

const RULE = ["effectiveFrom", "annualCap", "raisedCaps", "bonusRules", "minPurchase", "maxPurchase", "step", "source", "confidence", "notes"] as const;
type Tier = { minPoints: number; maxPoints: number | null; centsPerPoint: number };

const intArray = (v: unknown) => (Array.isArray(v) && v.length <= 20 && v.every((n) => Number.isInteger(n) && n > 0 && n <= 10_000_000) ? null : { code: "jsonIntList" as const, params: { example: "[250000,300000]" } });
const bonusList = (v: unknown) =>
  Array.isArray(v) && v.length <= 20 && v.every((b) => b && typeof b === "object" && Number.isInteger(b.bonusPercent) && b.bonusPercent >= 0 && b.bonusPercent <= 1000 && Number.isInteger(b.minPoints) && b.minPoints >= 0 && Object.keys(b).length === 2)
    ? null
    : { code: "jsonBonusList" as const, params: { example: '[{"bonusPercent":100,"minPoints":11000}]' } };
const canonical = (text: string) => JSON.stringify(JSON.parse(text));

export const ihgRulesTable: TableSpec = {
  name: "ihg-rules",
  entity: "IhgPurchaseRule",
  keyColumns: ["effectiveFrom"],
  versioned: true,
  columns: [
    effectiveFromColumn,
    positiveInt("annualCap", 10_000_000),
    { name: "raisedCaps", parse: jsonCell<number[]>(intArray) },
    { name: "bonusRules", parse: jsonCell<unknown[]>(bonusList) },
    positiveInt("minPurchase", 10_000_000),
    positiveInt("maxPurchase", 10_000_000),
    positiveInt("step", 1_000_000),
    sourceColumn,
    confidenceColumn,
    { name: "notes", parse: text({ max: 2000 }) },
    { name: "tierMinPoints", parse: int({ min: 0, max: 10_000_000 }) },
    { name: "tierMaxPoints", parse: int({ min: 0, max: 10_000_000, required: false }) },
    { name: "tierCentsPerPoint", parse: decimal({ min: 0.01, max: 100 }) },
  ],
  check: (v) => {
    const out: RowProblem[] = [];
    if (Number(v.minPurchase) > Number(v.maxPurchase)) out.push({ column: "maxPurchase", code: "maxPurchaseBelowMin", params: { max: String(v.maxPurchase), min: String(v.minPurchase) } });
    if (v.tierMaxPoints !== null && Number(v.tierMaxPoints) < Number(v.tierMinPoints)) out.push({ column: "tierMaxPoints", code: "tierMaxBelowMin", params: { max: String(v.tierMaxPoints), min: String(v.tierMinPoints) } });
    return out;
  },
  group(records) {
    const issues: CsvIssue[] = [];
    const byDate = new Map<string, { row: number; values: Item }[]>();
    for (const r of records) byDate.set(String(r.values.effectiveFrom), [...(byDate.get(String(r.values.effectiveFrom)) ?? []), r]);
    const items: Sourced<Item>[] = [];
    for (const [date, rows] of byDate) {
      const [first] = rows;
      let ok = true;
      for (const r of rows.slice(1)) {
        for (const c of RULE) {
          if (JSON.stringify(r.values[c]) !== JSON.stringify(first.values[c])) {
            issues.push(csvIssue(r.row, c, "ruleDiffers", { row: first.row, date, column: c }));
            ok = false;
          }
        }
      }
      const tiers = rows
        .map((r) => ({ row: r.row, minPoints: Number(r.values.tierMinPoints), maxPoints: r.values.tierMaxPoints === null ? null : Number(r.values.tierMaxPoints), centsPerPoint: Number(r.values.tierCentsPerPoint) }))
        .sort((a, b) => a.minPoints - b.minPoints);
      const step = Number(first.values.step);
      for (let i = 1; i < tiers.length; i++) {
        const prev = tiers[i - 1];
        const cur = tiers[i];
        if (prev.maxPoints === null || cur.minPoints <= prev.maxPoints) issues.push(csvIssue(cur.row, "tierMinPoints", "tierOverlap", { row: prev.row }));
        else if (cur.minPoints !== prev.maxPoints + step) issues.push(csvIssue(cur.row, "tierMinPoints", "tierStep", { step, expected: prev.maxPoints + step, row: prev.row }));
      }
      if (!ok) continue;
      items.push({
        ...Object.fromEntries(RULE.map((c) => [c, first.values[c]])),
        raisedCaps: JSON.stringify(first.values.raisedCaps),
        bonusRules: JSON.stringify(first.values.bonusRules),
        tiers: tiers.map(({ row: _row, ...t }) => t),
        _rows: rows.map((r) => r.row),
      });
    }
    return { items, issues };
  },
  toRows: (item) =>
    (item.tiers as Tier[]).map((t) => ({ ...item, tierMinPoints: t.minPoints, tierMaxPoints: t.maxPoints, tierCentsPerPoint: t.centsPerPoint })),
  async load(client) {
    const rules = await client.ihgPurchaseRule.findMany({ include: { tiers: { orderBy: { minPoints: "asc" } } }, orderBy: { effectiveFrom: "asc" } });
    return rules.map(({ id: _id, effectiveFrom, raisedCaps, bonusRules, tiers, ...r }) => ({
      ...r,
      effectiveFrom: storedDay(effectiveFrom),
      raisedCaps: canonical(raisedCaps),
      bonusRules: canonical(bonusRules),
      tiers: tiers.map((t) => ({ minPoints: t.minPoints, maxPoints: t.maxPoints, centsPerPoint: t.centsPerPoint })),
    }));
  },
  async create(tx, i) {
    await tx.ihgPurchaseRule.create({
      data: {
        effectiveFrom: dbDay(i.effectiveFrom),
        annualCap: Number(i.annualCap),
        raisedCaps: String(i.raisedCaps),
        bonusRules: String(i.bonusRules),
        minPurchase: Number(i.minPurchase),
        maxPurchase: Number(i.maxPurchase),
        step: Number(i.step),
        source: String(i.source),
        confidence: String(i.confidence),
        notes: i.notes === null ? null : String(i.notes),
        tiers: { create: i.tiers as Tier[] },
      },
    });
  },
  async remove(tx, i) {
    const where = { effectiveFrom: dbDay(i.effectiveFrom) };
    await tx.ihgPriceTier.deleteMany({ where: { rule: where } });
    await tx.ihgPurchaseRule.delete({ where });
  },
};

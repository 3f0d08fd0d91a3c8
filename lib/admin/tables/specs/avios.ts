// AviosPlan: BA's Avios subscription plans, one version per name and effectiveFrom.
import "server-only";
import { text } from "../../cells";
import type { TableSpec } from "../spec";
import { confidenceColumn, dbDay, effectiveFromColumn, positiveInt, sourceColumn, storedDay } from "./common";

export const aviosPlansTable: TableSpec = {
  name: "avios-plans",
  entity: "AviosPlan",
  keyColumns: ["name", "effectiveFrom"],
  versioned: true,
  columns: [
    { name: "name", parse: text({ max: 60, required: true }) },
    effectiveFromColumn,
    positiveInt("monthlyUsdCents", 10_000_000),
    positiveInt("yearlyUsdCents", 100_000_000),
    positiveInt("aviosPerMonth", 10_000_000),
    positiveInt("aviosPerYear", 100_000_000),
    sourceColumn,
    confidenceColumn,
  ],
  async load(client) {
    const rows = await client.aviosPlan.findMany({ orderBy: [{ name: "asc" }, { effectiveFrom: "asc" }] });
    return rows.map(({ id: _id, effectiveFrom, ...r }) => ({ ...r, effectiveFrom: storedDay(effectiveFrom) }));
  },
  async create(tx, i) {
    await tx.aviosPlan.create({
      data: {
        name: String(i.name),
        effectiveFrom: dbDay(i.effectiveFrom),
        monthlyUsdCents: Number(i.monthlyUsdCents),
        yearlyUsdCents: Number(i.yearlyUsdCents),
        aviosPerMonth: Number(i.aviosPerMonth),
        aviosPerYear: Number(i.aviosPerYear),
        source: String(i.source),
        confidence: String(i.confidence),
      },
    });
  },
  async remove(tx, i) {
    await tx.aviosPlan.delete({ where: { name_effectiveFrom: { name: String(i.name), effectiveFrom: dbDay(i.effectiveFrom) } } });
  },
};

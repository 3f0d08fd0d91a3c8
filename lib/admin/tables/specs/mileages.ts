// SectorMileage (published TPM) and RouteOverride (BA's per-route distances): one
// version per program, route and effectiveFrom. The award engine reads both.
import "server-only";
import { text } from "../../cells";
import type { TableSpec } from "../spec";
import { airportCode, confidenceColumn, dbDay, effectiveFromColumn, positiveInt, programColumn, sourceColumn, storedDay, unknownCodes } from "./common";
import type { Db } from "@/lib/db/connect";
import type { Item, Sourced } from "../spec";

const routeColumns = [programColumn, airportCode("fromCode"), airportCode("toCode"), positiveInt("miles", 20_000), effectiveFromColumn];

async function programs(client: Db, items: Sourced<Item>[]) {
  const known = new Set((await client.program.findMany({ select: { code: true } })).map((p) => p.code));
  return unknownCodes(items, "program", known, "unknownProgram");
}

const routeKey = (i: Item) => ({ program: String(i.program), fromCode: String(i.fromCode), toCode: String(i.toCode), effectiveFrom: dbDay(i.effectiveFrom) });

const sameRoute = (v: Item) => (v.fromCode === v.toCode ? [{ column: "toCode", code: "sameCodes" as const }] : []);

export const sectorMileagesTable: TableSpec = {
  name: "sector-mileages",
  entity: "SectorMileage",
  keyColumns: ["program", "fromCode", "toCode", "effectiveFrom"],
  versioned: true,
  columns: [...routeColumns, sourceColumn, confidenceColumn],
  check: sameRoute,
  references: programs,
  async load(client) {
    const rows = await client.sectorMileage.findMany();
    return rows.map(({ id: _id, effectiveFrom, ...r }) => ({ ...r, effectiveFrom: storedDay(effectiveFrom) }));
  },
  async create(tx, i) {
    await tx.sectorMileage.create({
      data: { program: String(i.program), fromCode: String(i.fromCode), toCode: String(i.toCode), miles: Number(i.miles), effectiveFrom: dbDay(i.effectiveFrom), source: String(i.source), confidence: String(i.confidence) },
    });
  },
  async remove(tx, i) {
    await tx.sectorMileage.delete({ where: { program_fromCode_toCode_effectiveFrom: routeKey(i) } });
  },
};

export const routeOverridesTable: TableSpec = {
  name: "route-overrides",
  entity: "RouteOverride",
  keyColumns: ["program", "fromCode", "toCode", "effectiveFrom"],
  versioned: true,
  columns: [...routeColumns, { name: "note", parse: text({ max: 500 }) }, sourceColumn, confidenceColumn],
  check: sameRoute,
  references: programs,
  async load(client) {
    const rows = await client.routeOverride.findMany();
    return rows.map(({ id: _id, effectiveFrom, ...r }) => ({ ...r, effectiveFrom: storedDay(effectiveFrom) }));
  },
  async create(tx, i) {
    await tx.routeOverride.create({
      data: {
        program: String(i.program), fromCode: String(i.fromCode), toCode: String(i.toCode), miles: Number(i.miles), effectiveFrom: dbDay(i.effectiveFrom),
        note: i.note === null ? null : String(i.note), source: String(i.source), confidence: String(i.confidence),
      },
    });
  },
  async remove(tx, i) {
    await tx.routeOverride.delete({ where: { program_fromCode_toCode_effectiveFrom: routeKey(i) } });
  },
};

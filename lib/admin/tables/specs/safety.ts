// SafetyRating: one rating per airline and year (the year is the version). A year's
// rating is corrected in place (audited); a new year is a new row.
import "server-only";
import { bool, int, oneOf, text } from "../../cells";
import type { TableSpec } from "../spec";
import { confidenceColumn, sourceColumn, unknownCodes } from "./common";

export const safetyRatingsTable: TableSpec = {
  name: "safety-ratings",
  entity: "SafetyRating",
  keyColumns: ["airlineCode", "year"],
  versioned: false,
  columns: [
    { name: "airlineCode", parse: text({ max: 3, required: true, pattern: /^[A-Z0-9]{2,3}$/, patternHint: "must be an airline code in capitals (2 or 3 characters)" }) },
    { name: "year", parse: int({ min: 1990, max: 2100 }) },
    { name: "status", parse: oneOf(["rated", "unrated"] as const) },
    { name: "stars", parse: int({ min: 1, max: 7, required: false }) },
    { name: "top25", parse: bool },
    { name: "note", parse: text({ max: 1000 }) },
    { name: "noteJa", parse: text({ max: 1000 }) },
    sourceColumn,
    confidenceColumn,
  ],
  check: (v) => {
    if (v.status === "rated" && v.stars === null) return [{ column: "stars", message: "A rated airline needs stars from 1 to 7." }];
    if (v.status === "unrated" && v.stars !== null) return [{ column: "stars", message: "An unrated airline has no stars: leave the cell empty." }];
    if (v.status === "unrated" && v.top25) return [{ column: "top25", message: "An unrated airline cannot be in the top 25." }];
    return [];
  },
  async references(client, items) {
    const airlines = new Set((await client.airline.findMany({ select: { code: true } })).map((a) => a.code));
    return unknownCodes(items, "airlineCode", airlines, "airline code");
  },
  async load(client) {
    const rows = await client.safetyRating.findMany({ orderBy: [{ airlineCode: "asc" }, { year: "asc" }] });
    return rows.map(({ id: _id, ...r }) => r);
  },
  async create(tx, i) {
    await tx.safetyRating.create({ data: toData(i) });
  },
  async update(tx, _before, after) {
    const data = toData(after);
    await tx.safetyRating.update({ where: { airlineCode_year: { airlineCode: data.airlineCode, year: data.year } }, data });
  },
};

function toData(i: Record<string, unknown>) {
  return {
    airlineCode: String(i.airlineCode),
    year: Number(i.year),
    status: String(i.status),
    stars: i.stars === null ? null : Number(i.stars),
    top25: Boolean(i.top25),
    note: i.note === null ? null : String(i.note),
    noteJa: i.noteJa === null ? null : String(i.noteJa),
    source: String(i.source),
    confidence: String(i.confidence),
  };
}

// SafetyRating: one rating per airline and year (the year is the version). A year's
// rating is corrected in place (audited); a new year is a new row.
import "server-only";
import { bool, int, oneOf, optionalOneOf, text } from "../../cells";
import type { RowProblem, TableSpec } from "../spec";
import { confidenceColumn, sourceColumn, unknownCodes } from "./common";

export const safetyRatingsTable: TableSpec = {
  name: "safety-ratings",
  entity: "SafetyRating",
  keyColumns: ["airlineCode", "year"],
  versioned: false,
  columns: [
    { name: "airlineCode", parse: text({ max: 3, required: true, pattern: /^[A-Z0-9]{2,3}$/, patternCode: "patternAirline" }) },
    { name: "year", parse: int({ min: 1990, max: 2100 }) },
    { name: "status", parse: oneOf(["rated", "unrated"] as const) },
    { name: "stars", parse: int({ min: 1, max: 7, required: false }) },
    { name: "top25", parse: bool },
    { name: "rank", parse: int({ min: 1, max: 25, required: false }) },
    { name: "rankList", parse: optionalOneOf(["fullService", "lowCost"] as const) },
    { name: "note", parse: text({ max: 1000 }) },
    { name: "noteJa", parse: text({ max: 1000 }) },
    sourceColumn,
    confidenceColumn,
  ],
  check: (v): RowProblem[] => {
    // A ranked airline may be "rated" without stars: the ranking pages publish no stars.
    if (v.status === "rated" && v.stars === null && v.rankList === null) return [{ column: "stars", code: "ratedNeedsStars" }];
    if (v.rank !== null && v.rankList === null) return [{ column: "rankList", code: "rankNeedsList" }];
    if (v.status === "unrated" && v.stars !== null) return [{ column: "stars", code: "unratedNoStars" }];
    if (v.status === "unrated" && v.top25) return [{ column: "top25", code: "unratedNotTop25" }];
    return [];
  },
  async references(client, items) {
    const airlines = new Set((await client.airline.findMany({ select: { code: true } })).map((a) => a.code));
    return unknownCodes(items, "airlineCode", airlines, "unknownAirline");
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
  async remove(tx, i) {
    await tx.safetyRating.delete({ where: { airlineCode_year: { airlineCode: String(i.airlineCode), year: Number(i.year) } } });
  },
};

function toData(i: Record<string, unknown>) {
  return {
    airlineCode: String(i.airlineCode),
    year: Number(i.year),
    status: String(i.status),
    stars: i.stars === null ? null : Number(i.stars),
    top25: Boolean(i.top25),
    rank: i.rank === null || i.rank === undefined ? null : Number(i.rank),
    rankList: i.rankList === null || i.rankList === undefined ? null : String(i.rankList),
    note: i.note === null ? null : String(i.note),
    noteJa: i.noteJa === null ? null : String(i.noteJa),
    source: String(i.source),
    confidence: String(i.confidence),
  };
}

// Campaign: bonus campaigns of the points-to-miles routes, one per code. A campaign
// is corrected in place (audited); its dates are its effective period.
import "server-only";
import { bool, day, decimal, oneOf, text } from "../../cells";
import type { RowProblem, TableSpec } from "../spec";
import { confidenceColumn, dbDay, sourceColumn, storedDay, unknownCodes } from "./common";

export const campaignsTable: TableSpec = {
  name: "campaigns",
  entity: "Campaign",
  keyColumns: ["code"],
  versioned: false,
  columns: [
    { name: "code", parse: text({ max: 80, required: true, pattern: /^[a-z0-9-]+$/, patternCode: "patternCampaignCode" }) },
    { name: "route", parse: text({ max: 40, required: true }) },
    { name: "name", parse: text({ max: 200, required: true }) },
    { name: "nameJa", parse: text({ max: 200, required: true }) },
    { name: "startDate", parse: day() },
    { name: "endDate", parse: day() },
    { name: "bonusKind", parse: oneOf(["percent", "perUnit"] as const) },
    { name: "bonusValue", parse: decimal({ min: 0, max: 1_000_000 }) },
    { name: "entryRequired", parse: bool },
    { name: "eligibility", parse: text({ max: 2000, required: true }) },
    { name: "eligibilityJa", parse: text({ max: 2000, required: true }) },
    sourceColumn,
    confidenceColumn,
  ],
  check: (v) => {
    const out: RowProblem[] = [];
    if (String(v.endDate) < String(v.startDate)) out.push({ column: "endDate", code: "endBeforeStart", params: { end: String(v.endDate), start: String(v.startDate) } });
    if (v.bonusKind === "percent" && Number(v.bonusValue) > 1000) out.push({ column: "bonusValue", code: "percentTooHigh" });
    return out;
  },
  async references(client, items) {
    const routes = new Set((await client.conversionRoute.findMany({ select: { code: true } })).map((r) => r.code));
    return unknownCodes(items, "route", routes, "unknownRoute");
  },
  async load(client) {
    const rows = await client.campaign.findMany({ orderBy: { code: "asc" } });
    return rows.map(({ id: _id, startDate, endDate, ...r }) => ({ ...r, startDate: storedDay(startDate), endDate: storedDay(endDate) }));
  },
  async create(tx, item) {
    await tx.campaign.create({ data: toData(item) });
  },
  async update(tx, _before, after) {
    await tx.campaign.update({ where: { code: String(after.code) }, data: toData(after) });
  },
  async remove(tx, item) {
    await tx.campaign.delete({ where: { code: String(item.code) } });
  },
};

function toData(i: Record<string, unknown>) {
  return {
    code: String(i.code),
    route: String(i.route),
    name: String(i.name),
    nameJa: String(i.nameJa),
    startDate: dbDay(i.startDate),
    endDate: dbDay(i.endDate),
    bonusKind: String(i.bonusKind),
    bonusValue: Number(i.bonusValue),
    entryRequired: Boolean(i.entryRequired),
    eligibility: String(i.eligibility),
    eligibilityJa: String(i.eligibilityJa),
    source: String(i.source),
    confidence: String(i.confidence),
  };
}

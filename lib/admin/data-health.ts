// /admin/data-health: every stored reference row that needs a person's attention: stale
// (verified longer ago than the limit, or never), low confidence, or with a recorded
// conflict between sources; plus the known gaps. Each row links to where it is edited.
// "Mark re-verified" sets verifiedOn to today, in one transaction with its audit entry.
import "server-only";
import * as z from "zod";
import { defaultDeps, type AdminDeps, type Tx } from "./deps";
import { actorOf, requireAdmin, type AdminAuth } from "./authorize";
import { writeAudit } from "./audit";
import { bumpDataVersion, invalidateReferenceData } from "@/lib/db/reference-data";
import { issue, zodIssues, type AdminIssue } from "./issues";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { isStale } from "@/lib/calculators/data-age";
import { env } from "@/lib/env";
import { KNOWN_GAPS, type KnownGap } from "@/lib/data/seed/known-gaps";
import type { Db } from "@/lib/db/connect";

export type HealthRow = {
  entity: string;
  /** Row id within its entity (the primary key, as text). */
  id: string;
  label: string;
  verifiedOn: string | null;
  confidence: string | null;
  stale: boolean;
  lowConfidence: boolean;
  conflict: boolean;
  /** Where the row is edited in the admin area. */
  editor: string;
};

export type DataHealth = {
  staleAfterMonths: number;
  today: string;
  stale: HealthRow[];
  lowConfidence: HealthRow[];
  conflicts: HealthRow[];
  gaps: readonly KnownGap[];
};

type Raw = { id: string; label: string; verifiedOn: Date | null; confidence: string | null; text: string; editor: string };
type Source = { entity: string; load: (db: Db) => Promise<Raw[]>; verify: (tx: Tx, id: string, day: Date) => Promise<Date | null | undefined> };

const TABLE = (name: string) => `/admin/tables/${name}`;
const CONFLICT = /conflict/i;
const n = (id: string) => Number(id);
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Reads the old verifiedOn and writes the new one; undefined when the row does not exist. */
async function bump<T extends { verifiedOn: Date | null }>(find: () => Promise<T | null>, update: () => Promise<unknown>): Promise<Date | null | undefined> {
  const row = await find();
  if (!row) return undefined;
  await update();
  return row.verifiedOn;
}

const SOURCES: Source[] = [
  {
    entity: "SafetyRating",
    load: async (db) => (await db.safetyRating.findMany({ orderBy: [{ year: "desc" }, { airlineCode: "asc" }] })).map((r) => ({
      id: String(r.id), label: `${r.airlineCode} ${r.year}`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: `${r.note ?? ""} ${r.source}`, editor: TABLE("safety-ratings"),
    })),
    verify: (tx, id, d) => bump(() => tx.safetyRating.findUnique({ where: { id: n(id) } }), () => tx.safetyRating.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "Campaign",
    load: async (db) => (await db.campaign.findMany({ orderBy: { startDate: "desc" } })).map((r) => ({
      id: String(r.id), label: r.code, verifiedOn: r.verifiedOn, confidence: r.confidence, text: r.source, editor: TABLE("campaigns"),
    })),
    verify: (tx, id, d) => bump(() => tx.campaign.findUnique({ where: { id: n(id) } }), () => tx.campaign.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "ConversionRoute",
    load: async (db) => (await db.conversionRoute.findMany()).map((r) => ({
      id: r.code, label: r.code, verifiedOn: r.verifiedOn, confidence: r.confidence, text: r.source, editor: TABLE("campaigns"),
    })),
    verify: (tx, id, d) => bump(() => tx.conversionRoute.findUnique({ where: { code: id } }), () => tx.conversionRoute.update({ where: { code: id }, data: { verifiedOn: d } })),
  },
  {
    entity: "IhgPurchaseRule",
    load: async (db) => (await db.ihgPurchaseRule.findMany({ orderBy: { effectiveFrom: "desc" } })).map((r) => ({
      id: String(r.id), label: `IHG ${day(r.effectiveFrom)}`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: `${r.notes ?? ""} ${r.source}`, editor: TABLE("ihg-rules"),
    })),
    verify: (tx, id, d) => bump(() => tx.ihgPurchaseRule.findUnique({ where: { id: n(id) } }), () => tx.ihgPurchaseRule.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "AviosPlan",
    load: async (db) => (await db.aviosPlan.findMany({ orderBy: [{ effectiveFrom: "desc" }, { name: "asc" }] })).map((r) => ({
      id: String(r.id), label: `${r.name} ${day(r.effectiveFrom)}`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: r.source, editor: TABLE("avios-plans"),
    })),
    verify: (tx, id, d) => bump(() => tx.aviosPlan.findUnique({ where: { id: n(id) } }), () => tx.aviosPlan.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "CardPreset",
    load: async (db) => (await db.cardPreset.findMany({ orderBy: [{ code: "asc" }, { effectiveFrom: "desc" }] })).map((r) => ({
      id: String(r.id), label: `${r.code} ${day(r.effectiveFrom)}`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: `${r.data} ${r.source}`, editor: TABLE("card-presets"),
    })),
    verify: (tx, id, d) => bump(() => tx.cardPreset.findUnique({ where: { id: n(id) } }), () => tx.cardPreset.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "ReferenceValue",
    load: async (db) => (await db.referenceValue.findMany({ orderBy: { key: "asc" } })).map((r) => ({
      id: String(r.id), label: `${r.key} = ${r.value}`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: `${r.note ?? ""} ${r.source}`, editor: TABLE("reference-values"),
    })),
    verify: (tx, id, d) => bump(() => tx.referenceValue.findUnique({ where: { id: n(id) } }), () => tx.referenceValue.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "ExchangeRate",
    load: async (db) => (await db.exchangeRate.findMany({ orderBy: { asOf: "desc" } })).map((r) => ({
      id: String(r.id), label: `${r.base}/${r.quote} ${r.rate} (${day(r.asOf)})`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: r.source, editor: TABLE("exchange-rates"),
    })),
    verify: (tx, id, d) => bump(() => tx.exchangeRate.findUnique({ where: { id: n(id) } }), () => tx.exchangeRate.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "Valuation",
    load: async (db) => (await db.valuation.findMany()).map((r) => ({
      id: r.currency, label: `${r.currency} ${r.centsPerPoint}¢`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: r.source, editor: "/admin/charts",
    })),
    verify: (tx, id, d) => bump(() => tx.valuation.findUnique({ where: { currency: id } }), () => tx.valuation.update({ where: { currency: id }, data: { verifiedOn: d } })),
  },
  {
    entity: "AwardChart",
    load: async (db) => (await db.awardChart.findMany({ where: { status: "published" }, orderBy: [{ key: "asc" }, { effectiveFrom: "desc" }] })).map((r) => ({
      id: String(r.id), label: `${r.key} ${day(r.effectiveFrom)}`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: `${r.notes ?? ""} ${r.source}`, editor: `/admin/charts/${encodeURIComponent(r.key)}`,
    })),
    verify: (tx, id, d) => bump(() => tx.awardChart.findUnique({ where: { id: n(id) } }), () => tx.awardChart.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
  {
    entity: "AwardRule",
    load: async (db) => (await db.awardRule.findMany({ orderBy: [{ program: "asc" }, { key: "asc" }] })).map((r) => ({
      id: String(r.id), label: `${r.program} ${r.award} ${r.key}`, verifiedOn: r.verifiedOn, confidence: r.confidence, text: `${r.notes ?? ""} ${r.source}`, editor: "/admin/charts",
    })),
    verify: (tx, id, d) => bump(() => tx.awardRule.findUnique({ where: { id: n(id) } }), () => tx.awardRule.update({ where: { id: n(id) }, data: { verifiedOn: d } })),
  },
];

export const ENTITIES = SOURCES.map((s) => s.entity);

export async function dataHealth(auth: AdminAuth, deps: AdminDeps = defaultDeps()): Promise<DataHealth> {
  await requireAdmin(auth, deps);
  const months = env().TABIJI_STALE_AFTER_MONTHS;
  const today = todayInJapan(deps.now());
  const rows: HealthRow[] = [];
  for (const source of SOURCES) {
    for (const r of await source.load(deps.db)) {
      rows.push({
        entity: source.entity, id: r.id, label: r.label, editor: r.editor,
        verifiedOn: r.verifiedOn ? day(r.verifiedOn) : null,
        confidence: r.confidence,
        stale: isStale(r.verifiedOn, today, months),
        lowConfidence: r.confidence === "L",
        conflict: CONFLICT.test(r.text),
      });
    }
  }
  return {
    staleAfterMonths: months,
    today,
    stale: rows.filter((r) => r.stale),
    lowConfidence: rows.filter((r) => r.lowConfidence),
    conflicts: rows.filter((r) => r.conflict),
    gaps: KNOWN_GAPS,
  };
}

export const ZMarkVerified = z.object({
  entity: z.enum(ENTITIES as [string, ...string[]]),
  id: z.string().trim().min(1).max(64),
});

export type MarkVerifiedResult = { ok: true; entity: string; id: string; verifiedOn: string } | { ok: false; status: 400 | 404; issues: AdminIssue[] };

/** Sets a row's verifiedOn to today (Japan's calendar day of deps.now()), audited as "data.verify". */
export async function markVerified(auth: AdminAuth, raw: unknown, deps: AdminDeps = defaultDeps()): Promise<MarkVerifiedResult> {
  const who = await requireAdmin(auth, deps);
  const parsed = ZMarkVerified.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 400, issues: zodIssues(parsed.error) };
  const source = SOURCES.find((s) => s.entity === parsed.data.entity)!;
  const now = deps.now();
  const today = todayInJapan(now);
  const stamp = new Date(`${today}T00:00:00.000Z`);
  const done = await deps.db.$transaction(async (tx) => {
    const before = await source.verify(tx, parsed.data.id, stamp);
    if (before === undefined) return false;
    // verifiedOn is shown with every figure, so held datasets must be re-read.
    await bumpDataVersion(tx, now);
    await writeAudit(tx, actorOf(who), {
      action: "data.verify",
      entity: source.entity,
      entityKey: parsed.data.id,
      before: { verifiedOn: before ? day(before) : null },
      after: { verifiedOn: today },
    }, now);
    return true;
  });
  if (!done) return { ok: false, status: 404, issues: [issue("id", "rowNotFound")] };
  invalidateReferenceData();
  return { ok: true, entity: source.entity, id: parsed.data.id, verifiedOn: today };
}

// Award chart versions as stored: the queries and the mapping to what the admin area
// shows. Internal to the data layer: only read.ts and write.ts call these, after
// requireAdmin (app/** may not import this file; lib/admin/boundary.test.ts checks).
import "server-only";
import { maybeDay, toDay } from "../dates";
import type { ChartRow } from "./rows";
import type { Db } from "@/lib/db/connect";

/** Retired versions keep their rows; one moved aside to free its date is stored under this key. */
export const retiredKey = (key: string, id: number) => `${key}@retired:${id}`;
export const baseKey = (storedKey: string) => storedKey.replace(/@retired:\d+$/, "");

export type ChartVersion = {
  id: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: "published" | "retired";
  source: string;
  confidence: string;
  notes: string | null;
  name: string;
  createdAt: string;
  rowCount: number;
};

export type ChartSummary = {
  key: string;
  program: string;
  award: string;
  variant: string;
  name: string;
  nameJa: string | null;
  basis: string;
  versions: ChartVersion[]; // newest effectiveFrom first
  inForce: ChartVersion | null; // on `today`
  latestPublishId: number | null; // what a rollback would retire
};

const versionSelect = {
  id: true, key: true, program: true, award: true, variant: true, name: true, nameJa: true, basis: true,
  effectiveFrom: true, effectiveTo: true, status: true, source: true, confidence: true, notes: true, createdAt: true,
  _count: { select: { rows: true } },
} as const;

export type VersionRow = Awaited<ReturnType<typeof loadVersions>>[number];

/** Every stored version of every chart (or of one key), retired ones included. */
export async function loadVersions(client: Db, key?: string) {
  const rows = await client.awardChart.findMany({
    where: key ? { OR: [{ key }, { key: { startsWith: `${key}@retired:` } }] } : undefined,
    select: versionSelect,
    orderBy: { id: "asc" },
  });
  // startsWith may be case-insensitive (SQLite LIKE): compare exactly here.
  return key ? rows.filter((r) => baseKey(r.key) === key) : rows;
}

function toVersion(r: VersionRow): ChartVersion {
  return {
    id: r.id,
    effectiveFrom: toDay(r.effectiveFrom),
    effectiveTo: maybeDay(r.effectiveTo),
    status: r.status === "retired" ? "retired" : "published",
    source: r.source,
    confidence: r.confidence,
    notes: r.notes,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    rowCount: r._count.rows,
  };
}

export function summarise(rows: VersionRow[], today: string): ChartSummary[] {
  const byKey = new Map<string, VersionRow[]>();
  for (const r of rows) byKey.set(baseKey(r.key), [...(byKey.get(baseKey(r.key)) ?? []), r]);
  return [...byKey.entries()]
    .map(([key, list]) => {
      const versions = list.map(toVersion).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.id - a.id);
      const published = versions.filter((v) => v.status === "published");
      const head = list.find((r) => r.status !== "retired") ?? list[0];
      return {
        key,
        program: head.program,
        award: head.award,
        variant: head.variant,
        name: head.name,
        nameJa: head.nameJa,
        basis: head.basis,
        versions,
        inForce: published.find((v) => v.effectiveFrom <= today && (v.effectiveTo === null || today < v.effectiveTo)) ?? null,
        latestPublishId: published.length ? Math.max(...published.map((v) => v.id)) : null,
      };
    })
    .sort((a, b) => a.program.localeCompare(b.program) || a.key.localeCompare(b.key));
}

export async function loadRows(client: Db, chartId: number): Promise<ChartRow[]> {
  const rows = await client.awardChartRow.findMany({
    where: { chartId },
    select: { zone: true, region: true, minMiles: true, maxMiles: true, cabin: true, season: true, price: true, kind: true, priceMin: true, priceMax: true, note: true },
    orderBy: { id: "asc" },
  });
  return rows as ChartRow[];
}

// Publishing a new award chart version and rolling the latest one back. A version is
// never edited in place: publish adds a version (and ends the one before it on the new
// version's first day), rollback retires the latest version (rows kept) and gives the
// version before it its old end date back. Each runs in one transaction together with
// its audit entry; afterwards the award engine's cache is dropped so quotes see it at once.
import "server-only";
import { defaultDeps, type AdminDeps, type Tx } from "../deps";
import { actorOf, requireAdmin, type AdminAuth } from "../authorize";
import { writeAudit } from "../audit";
import { fromDay, maybeDay, toDay } from "../dates";
import { csvIssues, issue, zodIssues, type AdminIssue } from "../issues";
import { problem, type Problem } from "../problems";
import { ZChartVersionInput, ZRollback, type TChartVersionInput } from "../schemas";
import { bumpDataVersion, invalidateReferenceData } from "@/lib/db/reference-data";
import { diffChartRows, type ChartDiff } from "./diff";
import { planPublish, planRollback, type VersionSpan } from "./plan";
import { loadRows, loadVersions, retiredKey } from "./store";
import { parseChartCsv, type ChartRow } from "./rows";
import type { Db } from "@/lib/db/connect";

export type Failure = { ok: false; status: 400 | 404 | 409; issues: AdminIssue[] };
export type ChartPreview = {
  key: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  base: { id: number; effectiveFrom: string; effectiveTo: string | null } | null;
  /** The version before, whose end date publishing sets to effectiveFrom. */
  closes: { id: number; effectiveTo: string | null; newEffectiveTo: string } | null;
  rowCount: number;
  diff: ChartDiff;
  warnings: Problem[];
};

const notFound = (): Failure => ({ ok: false, status: 404, issues: [issue("key", "chartNotFound")] });

const span = (v: { id: number; effectiveFrom: Date; effectiveTo: Date | null }): VersionSpan => ({ id: v.id, effectiveFrom: toDay(v.effectiveFrom), effectiveTo: maybeDay(v.effectiveTo) });

type Checked = { ok: true; input: TChartVersionInput; rows: ChartRow[]; preview: ChartPreview; versions: Awaited<ReturnType<typeof loadVersions>> };

async function check(client: Db, key: string, raw: unknown, today: string): Promise<Checked | Failure> {
  const versions = await loadVersions(client, key);
  if (!versions.length) return notFound();
  // The fields and the CSV are checked separately so that one answer lists every problem.
  const parsed = ZChartVersionInput.safeParse(raw);
  const issues: AdminIssue[] = parsed.success ? [] : zodIssues(parsed.error);
  const csv = (raw as { csv?: unknown } | null)?.csv;
  const csvOk = typeof csv === "string" && !issues.some((i) => i.path === "csv");
  const { rows, issues: rowIssues } = csvOk ? parseChartCsv(csv) : { rows: [], issues: [] };
  issues.push(...csvIssues(rowIssues));
  if (!parsed.success) return { ok: false, status: 400, issues };
  const input = parsed.data;
  const published = versions.filter((v) => v.status !== "retired").map(span);
  const plan = planPublish(published, input.effectiveFrom);
  if (!plan.ok) issues.unshift({ path: "effectiveFrom", code: plan.code, params: plan.params, message: plan.message });
  if (issues.length || !plan.ok) return { ok: false, status: 400, issues };
  const baseRows = plan.base ? await loadRows(client, plan.base.id) : [];
  const warnings: Problem[] = [];
  if (input.effectiveFrom <= today) warnings.push(problem("warnNotFuture", { date: input.effectiveFrom }));
  if (!plan.base) warnings.push(problem("warnNoBase"));
  return {
    ok: true,
    input,
    rows,
    versions,
    preview: {
      key,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: plan.effectiveTo,
      base: plan.base,
      closes: plan.predecessor ? { id: plan.predecessor.id, effectiveTo: plan.predecessor.effectiveTo, newEffectiveTo: plan.predecessor.newEffectiveTo } : null,
      rowCount: rows.length,
      diff: diffChartRows(baseRows, rows),
      warnings,
    },
  };
}

/** Validates a new version and shows what publishing it would change. Writes nothing. */
export async function previewChartVersion(auth: AdminAuth, key: string, raw: unknown, deps: AdminDeps = defaultDeps()): Promise<{ ok: true; preview: ChartPreview } | Failure> {
  await requireAdmin(auth, deps);
  const checked = await check(deps.db, key, raw, toDay(deps.now()));
  return checked.ok ? { ok: true, preview: checked.preview } : checked;
}

const versionRecord = (v: { id: number; effectiveFrom: string; effectiveTo: string | null }, extra: Record<string, unknown> = {}) => ({ id: v.id, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo, ...extra });

/** Publishes a new version in one transaction with its audit entry. */
export async function publishChartVersion(auth: AdminAuth, key: string, raw: unknown, deps: AdminDeps = defaultDeps()): Promise<{ ok: true; id: number; preview: ChartPreview } | Failure> {
  const who = await requireAdmin(auth, deps);
  const now = deps.now();
  const result = await deps.db.$transaction(async (tx) => {
    // Checked again inside the transaction: what was previewed may have changed since.
    const checked = await check(tx as unknown as Db, key, raw, toDay(now));
    if (!checked.ok) return checked;
    const { input, rows, preview, versions } = checked;
    const template = versions.find((v) => v.id === preview.base?.id) ?? versions.find((v) => v.status !== "retired") ?? versions[0];
    const from = fromDay(input.effectiveFrom);
    // A retired version on the same date keeps its rows under another key, freeing the date.
    for (const old of versions.filter((v) => v.status === "retired" && v.key === key && toDay(v.effectiveFrom) === input.effectiveFrom)) {
      await tx.awardChart.update({ where: { id: old.id }, data: { key: retiredKey(key, old.id) } });
    }
    const created = await tx.awardChart.create({
      data: {
        key,
        program: template.program,
        award: template.award,
        variant: template.variant,
        name: template.name,
        nameJa: template.nameJa,
        basis: template.basis,
        effectiveFrom: from,
        effectiveTo: preview.effectiveTo ? fromDay(preview.effectiveTo) : null,
        source: input.source,
        confidence: input.confidence,
        notes: input.notes || null,
        status: "published",
        createdAt: now,
        rows: { create: rows },
      },
      select: { id: true },
    });
    if (preview.closes) await tx.awardChart.update({ where: { id: preview.closes.id }, data: { effectiveTo: from } });
    await bumpDataVersion(tx, now);
    await writeAudit(tx, actorOf(who), {
      action: "chart.publish",
      entity: "AwardChart",
      entityKey: key,
      before: {
        base: preview.base ? versionRecord(preview.base, { rows: await loadRows(tx as unknown as Db, preview.base.id) }) : null,
        ...(preview.closes ? { predecessor: { id: preview.closes.id, effectiveTo: preview.closes.effectiveTo } } : {}),
      },
      after: {
        version: versionRecord({ id: created.id, effectiveFrom: preview.effectiveFrom, effectiveTo: preview.effectiveTo }, { source: input.source, confidence: input.confidence, notes: input.notes || null, rows }),
        ...(preview.closes ? { predecessor: { id: preview.closes.id, effectiveTo: preview.closes.newEffectiveTo } } : {}),
        diff: { added: preview.diff.added.length, removed: preview.diff.removed.length, changed: preview.diff.changed.length, unchanged: preview.diff.unchanged },
      },
    }, now);
    return { ok: true as const, id: created.id, preview };
  });
  if (result.ok) invalidateReferenceData();
  return result;
}

export type RollbackResult = { ok: true; retired: VersionSpan; restored: VersionSpan & { newEffectiveTo: string | null } } | Failure;

/** Retires the latest published version (rows kept) and gives the version before it its end date back. */
export async function rollbackChart(auth: AdminAuth, key: string, raw: unknown, deps: AdminDeps = defaultDeps()): Promise<RollbackResult> {
  const who = await requireAdmin(auth, deps);
  const parsed = ZRollback.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 400, issues: zodIssues(parsed.error) };
  const now = deps.now();
  const result = await deps.db.$transaction(async (tx: Tx): Promise<RollbackResult> => {
    const versions = await loadVersions(tx as unknown as Db, key);
    if (!versions.length) return notFound();
    const plan = planRollback(versions.filter((v) => v.status !== "retired").map(span));
    if (!plan.ok) return { ok: false, status: 409, issues: [{ path: "versionId", code: plan.code, params: plan.params, message: plan.message }] };
    if (plan.target.id !== parsed.data.versionId) {
      return { ok: false, status: 409, issues: [issue("versionId", "notLatest", { id: parsed.data.versionId, latest: plan.target.id })] };
    }
    await tx.awardChart.update({ where: { id: plan.target.id }, data: { status: "retired" } });
    await tx.awardChart.update({ where: { id: plan.restored.id }, data: { effectiveTo: plan.restored.newEffectiveTo ? fromDay(plan.restored.newEffectiveTo) : null } });
    await bumpDataVersion(tx, now);
    await writeAudit(tx, actorOf(who), {
      action: "chart.rollback",
      entity: "AwardChart",
      entityKey: key,
      before: { retired: { ...plan.target, status: "published" }, restored: { id: plan.restored.id, effectiveFrom: plan.restored.effectiveFrom, effectiveTo: plan.restored.effectiveTo } },
      after: { retired: { ...plan.target, status: "retired" }, restored: { id: plan.restored.id, effectiveFrom: plan.restored.effectiveFrom, effectiveTo: plan.restored.newEffectiveTo } },
    }, now);
    return { ok: true, retired: plan.target, restored: plan.restored };
  });
  if (result.ok) invalidateReferenceData();
  return result;
}

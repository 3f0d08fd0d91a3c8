// Reading award charts for the admin area: every chart (a key) with its versions, and
// one version's rows as CSV. Each function checks the admin session first.
import "server-only";
import { defaultDeps, type AdminDeps } from "../deps";
import { requireAdmin, type AdminAuth } from "../authorize";
import { toDay } from "../dates";
import { chartRowsToCsv } from "./rows";
import { baseKey, loadRows, loadVersions, summarise, type ChartSummary } from "./store";

export type { ChartSummary, ChartVersion } from "./store";

export async function listCharts(auth: AdminAuth, deps: AdminDeps = defaultDeps()): Promise<ChartSummary[]> {
  await requireAdmin(auth, deps);
  return summarise(await loadVersions(deps.db), toDay(deps.now()));
}

export async function getChart(auth: AdminAuth, key: string, deps: AdminDeps = defaultDeps()): Promise<ChartSummary | null> {
  await requireAdmin(auth, deps);
  const rows = await loadVersions(deps.db, key);
  return rows.length ? summarise(rows, toDay(deps.now()))[0] : null;
}

/** One version's rows as CSV (the same columns an import takes), or null if there is no such version of `key`. */
export async function exportChartVersion(auth: AdminAuth, key: string, versionId: number, deps: AdminDeps = defaultDeps()): Promise<{ filename: string; csv: string } | null> {
  await requireAdmin(auth, deps);
  const version = await deps.db.awardChart.findUnique({ where: { id: versionId }, select: { key: true, effectiveFrom: true } });
  if (!version || baseKey(version.key) !== key) return null;
  const rows = await loadRows(deps.db, versionId);
  return { filename: `${key}_${toDay(version.effectiveFrom)}_v${versionId}.csv`, csv: chartRowsToCsv(rows) };
}

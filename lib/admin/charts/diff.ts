// What a new chart version changes against the version it follows: rows added,
// removed, and rows whose band stays but whose price (or zone label) changes. Pure.
import { bandText, sortRows, type ChartRow } from "./rows";

export type RowChange = { band: string; cabin: string; season: string; region: string | null; before: ChartRow | null; after: ChartRow | null };
export type ChartDiff = { added: RowChange[]; removed: RowChange[]; changed: RowChange[]; unchanged: number };

const identity = (r: ChartRow) => `${r.cabin}|${r.season}|${r.region ?? ""}|${r.minMiles}|${r.maxMiles ?? ""}`;
const change = (before: ChartRow | null, after: ChartRow | null): RowChange => {
  const r = (after ?? before)!;
  return { band: bandText(r), cabin: r.cabin, season: r.season, region: r.region, before, after };
};

export function diffChartRows(before: readonly ChartRow[], after: readonly ChartRow[]): ChartDiff {
  const old = new Map(before.map((r) => [identity(r), r]));
  const out: ChartDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const r of sortRows(after)) {
    const id = identity(r);
    seen.add(id);
    const o = old.get(id);
    if (!o) out.added.push(change(null, r));
    else if (o.price !== r.price || (o.zone ?? null) !== (r.zone ?? null) || (o.kind ?? "chart") !== (r.kind ?? "chart") || (o.priceMin ?? null) !== (r.priceMin ?? null) || (o.priceMax ?? null) !== (r.priceMax ?? null)) out.changed.push(change(o, r));
    else out.unchanged++;
  }
  for (const r of sortRows(before)) if (!seen.has(identity(r))) out.removed.push(change(r, null));
  return out;
}

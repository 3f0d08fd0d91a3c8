// An award chart version's rows as CSV: reading with every problem listed (row,
// column, problem), band checks, and writing back. Pure.
//
// Band rules, per cabin x season x region (how the engine looks a price up): miles are
// whole numbers, each band is minMiles..maxMiles inclusive, bands follow each other
// without a gap (next minMiles = previous maxMiles + 1) and never overlap, and only the
// last band may be open (empty maxMiles). Within one cabin and region, prices are
// either for "any" season or split into seasons (offpeak / peak, low / regular / high), not both.
//
// How sure a cell is (optional columns, api.md): `kind` chart (default) | derived |
// estimate | unpublished; an estimate needs priceMin <= price <= priceMax; an unpublished
// cell (the band exists, nobody published its price) has price 0; `note` is its basis.
import { csvIssue, parseCsv, toCsv, type CsvIssue } from "../csv";
import { int, oneOf, readRows, text, type Column } from "../cells";

export const CABINS = ["economy", "premium", "business", "first"] as const;
export const SEASONS = ["any", "offpeak", "peak", "low", "regular", "high"] as const;
export const KINDS = ["chart", "derived", "estimate", "unpublished"] as const;
export const CHART_COLUMNS = ["zone", "region", "minMiles", "maxMiles", "cabin", "season", "price", "kind", "priceMin", "priceMax", "note"] as const;
/** Columns a file may leave out (older exports): their cells default to a plain chart cell. */
const OPTIONAL_COLUMNS = ["kind", "priceMin", "priceMax", "note"];
const MAX_MILES = 100_000;
const MAX_PRICE = 10_000_000;

export type ChartRow = {
  zone: string | null;
  region: string | null;
  minMiles: number;
  maxMiles: number | null;
  cabin: (typeof CABINS)[number];
  season: (typeof SEASONS)[number];
  price: number;
  kind?: (typeof KINDS)[number];
  priceMin?: number | null;
  priceMax?: number | null;
  note?: string | null;
};

const columns: Column[] = [
  { name: "zone", parse: text({ max: 20, pattern: /^[A-Za-z0-9 ._-]+$/, patternCode: "patternZone" }) },
  { name: "region", parse: text({ max: 40, pattern: /^[a-z0-9:-]+$|^carrier:[A-Z0-9]{2}$/, patternCode: "patternRegion" }) },
  { name: "minMiles", parse: int({ min: 0, max: MAX_MILES }) },
  { name: "maxMiles", parse: int({ min: 0, max: MAX_MILES, required: false }) },
  { name: "cabin", parse: oneOf(CABINS) },
  { name: "season", parse: oneOf(SEASONS, { emptyAs: "any" }) },
  { name: "price", parse: int({ min: 0, max: MAX_PRICE }) },
  { name: "kind", parse: oneOf(KINDS, { emptyAs: "chart" }) },
  { name: "priceMin", parse: int({ min: 1, max: MAX_PRICE, required: false }) },
  { name: "priceMax", parse: int({ min: 1, max: MAX_PRICE, required: false }) },
  { name: "note", parse: text({ max: 400 }) },
];

/** Price 0 only on an unpublished cell; an estimate's range holds its price. */
function kindIssues(rows: readonly (ChartRow & { row: number })[]): CsvIssue[] {
  const issues: CsvIssue[] = [];
  for (const r of rows) {
    const kind = r.kind ?? "chart";
    if ((r.price === 0) !== (kind === "unpublished")) issues.push(csvIssue(r.row, "price", "unpublishedPrice", { price: fmt(r.price), kind }));
    if (kind === "estimate" && !(typeof r.priceMin === "number" && typeof r.priceMax === "number" && r.priceMin <= r.price && r.price <= r.priceMax)) {
      issues.push(csvIssue(r.row, "priceMin", "estimateRange", { price: fmt(r.price) }));
    }
  }
  return issues;
}

const fmt = (n: number) => n.toLocaleString("en-US");
export const bandText = (r: { minMiles: number; maxMiles: number | null }) => (r.maxMiles === null ? `${fmt(r.minMiles)}+` : `${fmt(r.minMiles)}-${fmt(r.maxMiles)}`);
const groupText = (r: ChartRow) => `${r.cabin} · ${r.season}${r.region ? ` · ${r.region}` : ""}`;

/** Gaps, overlaps, misplaced open bands and mixed season kinds. */
export function bandIssues(rows: readonly (ChartRow & { row: number })[]): CsvIssue[] {
  const issues: CsvIssue[] = [];
  const groups = new Map<string, (ChartRow & { row: number })[]>();
  for (const r of rows) {
    const key = `${r.cabin}|${r.season}|${r.region ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.minMiles - b.minMiles || a.row - b.row);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const cur = list[i];
      if (prev.maxMiles === null || cur.minMiles <= prev.maxMiles) {
        issues.push(csvIssue(cur.row, "minMiles", "bandOverlap", { band: bandText(cur), other: bandText(prev), otherRow: prev.row, group: groupText(cur) }));
      } else if (cur.minMiles > prev.maxMiles + 1) {
        issues.push(csvIssue(cur.row, "minMiles", "bandGap", { from: fmt(prev.maxMiles + 1), to: fmt(cur.minMiles - 1), otherRow: prev.row, group: groupText(cur) }));
      }
    }
  }
  // "any" and "offpeak"/"peak" in one cabin and region would make the price ambiguous.
  const kinds = new Map<string, { any?: number; split?: number }>();
  for (const r of rows) {
    const key = `${r.cabin}|${r.region ?? ""}`;
    const k = kinds.get(key) ?? {};
    if (r.season === "any") k.any ??= r.row;
    else k.split ??= r.row;
    kinds.set(key, k);
  }
  for (const [key, k] of kinds) {
    if (k.any !== undefined && k.split !== undefined) {
      const [cabin, region] = key.split("|");
      issues.push(csvIssue(Math.max(k.any, k.split), "season", "mixedSeasons", { group: `${cabin}${region ? ` · ${region}` : ""}`, anyRow: k.any, splitRow: k.split }));
    }
  }
  return issues;
}

export function parseChartCsv(csv: string): { rows: ChartRow[]; issues: CsvIssue[] } {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { rows: [], issues: parsed.issues };
  const header = parsed.table.header;
  const used = columns.filter((c) => !OPTIONAL_COLUMNS.includes(c.name) || header.includes(c.name));
  const { records, partial, issues } = readRows(parsed.table, used);
  const complete = new Set(records.map((r) => r.row));
  // Bands are checked on every row whose band cells could be read, even when another
  // cell of the row (or the header) is wrong: one pass lists every problem.
  const banded: (ChartRow & { row: number })[] = [];
  for (const { row, values } of partial) {
    const r = { row, ...(values as ChartRow) };
    if (typeof r.minMiles !== "number" || r.maxMiles === undefined || !r.cabin || !r.season) continue;
    if (r.maxMiles !== null && r.maxMiles < r.minMiles) {
      issues.push(csvIssue(row, "maxMiles", "maxBelowMin", { max: fmt(r.maxMiles), min: fmt(r.minMiles) }));
      complete.delete(row);
    } else banded.push(r);
  }
  issues.push(...bandIssues(banded));
  issues.push(...kindIssues(banded.filter((r) => complete.has(r.row))));
  const valid = banded.filter((r) => complete.has(r.row));
  if (!parsed.table.rows.length) issues.push(csvIssue(2, null, "noRows"));
  issues.sort((a, b) => a.row - b.row);
  return { rows: valid.map(({ row: _row, ...r }) => ({ ...r, kind: r.kind ?? "chart", priceMin: r.priceMin ?? null, priceMax: r.priceMax ?? null, note: r.note ?? null })), issues };
}

export function sortRows<T extends ChartRow>(rows: readonly T[]): T[] {
  const rank = (r: ChartRow) => [r.region ?? "", CABINS.indexOf(r.cabin), SEASONS.indexOf(r.season)] as const;
  return [...rows].sort((a, b) => {
    const [ra, ca, sa] = rank(a);
    const [rb, cb, sb] = rank(b);
    return ra.localeCompare(rb) || a.minMiles - b.minMiles || ca - cb || sa - sb;
  });
}

export function chartRowsToCsv(rows: readonly ChartRow[]): string {
  return toCsv(
    CHART_COLUMNS,
    sortRows(rows).map((r) => [
      r.zone ?? "", r.region ?? "", String(r.minMiles), r.maxMiles === null ? "" : String(r.maxMiles), r.cabin, r.season, String(r.price),
      r.kind ?? "chart", r.priceMin == null ? "" : String(r.priceMin), r.priceMax == null ? "" : String(r.priceMax), r.note ?? "",
    ]),
  );
}

/**
 * Compiles the plain data (database rows) once into lookup structures: airport
 * and airline maps, chart versions per program/award/variant, rule versions,
 * mileage tables and a distance cache. `prepareAwardData` memoises on the data
 * object, so a caller that keeps its data object pays this once.
 */
import { MileageTable, PairMap, wgs84Miles } from "./distance";
import { RuleSet, type RuleValueMeta } from "./rules/ruleset";
import { formatDay, toDayMs } from "./time";
import { SEASONS } from "./types";
import type {
  AwardChartRowInput,
  PriceKind,
  Season,
  AirlineInput,
  AirportInput,
  AwardData,
  ChartMeta,
  ProgramInput,
} from "./types";

export interface CompiledRow {
  zone: string | null;
  region: string | null;
  minMiles: number;
  maxMiles: number; // Infinity when the row has no upper edge
  cabin: string;
  season: string; // "any" | one of SEASONS
  price: number;
  /** "unpublished": the cell exists in the chart but nobody published it (no price). */
  kind: PriceKind | "unpublished";
  min: number; // = price unless an estimate
  max: number;
  /** Basis of a derived or estimated cell (JSON code + params), else null. */
  note: string | null;
}

export interface CompiledChart {
  program: string;
  award: string;
  variant: string;
  basis: string;
  fromDay: number;
  toDay: number; // Infinity when open-ended
  meta: ChartMeta;
  rows: CompiledRow[]; // by minMiles ascending
  /** The same rows by cabin, in the same order. */
  byCabin: Map<string, CompiledRow[]>;
  /** The highest `maxMiles` of any row (0 without rows): no trip beyond it can be priced. */
  ceiling: number;
  /** Some rows are for one season only (BA off-peak / peak, JAL First low / regular / high). */
  seasonal: boolean;
  /** The seasons the rows name, in SEASONS order (empty when not seasonal). */
  seasons: Season[];
}

interface RuleVersion extends RuleValueMeta {
  toDay: number;
  value: unknown;
}

export interface PreparedAwardData {
  readonly kind: "prepared-award-data";
  airports: Map<string, AirportInput>;
  airlines: Map<string, AirlineInput>;
  programs: Map<string, ProgramInput>;
  /** "program|award|variant" -> versions, newest first. */
  charts: Map<string, CompiledChart[]>;
  /** The same lists by program, award, then variant (looked up per segment without building a key). */
  chartIndex: Map<string, Map<string, Map<string, CompiledChart[]>>>;
  /** "program|award" -> key -> versions, newest first. */
  rules: Map<string, Map<string, RuleVersion[]>>;
  tpm: MileageTable;
  overrides: MileageTable;
  /** iata -> city codes that contain it (airport metroCode, programs' `cityGroups`). */
  cityCodes: Map<string, string[]>;
  valuations: Map<string, number>;
  distanceCache: PairMap<number>;
  /** program -> award -> rule sets by interval of `ruleBreaks` (see `rulesFor`). */
  ruleSetCache: Map<string, Map<string, RuleSet[]>>;
  /** Every rule effectiveFrom/effectiveTo day, sorted: rule sets are constant between two of them. */
  ruleBreaks: number[];
}

const cache = new WeakMap<object, PreparedAwardData>();

/** program -> award -> variant -> versions (the same arrays as `charts`). */
function indexCharts(charts: Map<string, CompiledChart[]>): PreparedAwardData["chartIndex"] {
  const index: PreparedAwardData["chartIndex"] = new Map();
  for (const list of charts.values()) {
    const { program, award, variant } = list[0];
    let byAward = index.get(program);
    if (!byAward) index.set(program, (byAward = new Map()));
    let byVariant = byAward.get(award);
    if (!byVariant) byAward.set(award, (byVariant = new Map()));
    byVariant.set(variant, list);
  }
  return index;
}

export function isPrepared(x: AwardData | PreparedAwardData): x is PreparedAwardData {
  return (x as PreparedAwardData).kind === "prepared-award-data";
}

/** Compile `data` (memoised per data object). Pure apart from that memo. */
export function prepareAwardData(data: AwardData | PreparedAwardData): PreparedAwardData {
  if (isPrepared(data)) return data;
  const hit = cache.get(data);
  if (hit) return hit;
  const prepared = compile(data);
  cache.set(data, prepared);
  return prepared;
}

function toMap<T>(src: Record<string, T> | Map<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  const entries = src instanceof Map ? src.entries() : Object.entries(src);
  for (const [k, v] of entries) out.set(k.toUpperCase(), v);
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // a bare string value stored without quotes
  }
}

/** A row's kind and range: an estimate keeps its stored range (its price is clamped into it); other kinds are exact. */
function rowKind(r: AwardChartRowInput): { kind: PriceKind | "unpublished"; min: number; max: number; note: string | null } {
  const kind = r.kind === "estimate" || r.kind === "derived" || r.kind === "unpublished" ? r.kind : "chart";
  if (kind !== "estimate") return { kind, min: r.price, max: r.price, note: r.note ?? null };
  const min = Math.min(r.priceMin ?? r.price, r.price);
  const max = Math.max(r.priceMax ?? r.price, r.price);
  return { kind, min, max, note: r.note ?? null };
}

function compile(data: AwardData): PreparedAwardData {
  const charts = new Map<string, CompiledChart[]>();
  for (const c of data.charts) {
    if (c.status === "retired") continue;
    const variant = c.variant ?? "default";
    const fromDay = toDayMs(c.effectiveFrom);
    const toDay = c.effectiveTo ? toDayMs(c.effectiveTo) : Infinity;
    const compiled: CompiledChart = {
      program: c.program,
      award: c.award,
      variant,
      basis: c.basis,
      fromDay,
      toDay,
      meta: {
        key: c.key,
        name: c.name,
        nameJa: c.nameJa ?? c.name,
        effectiveFrom: formatDay(fromDay),
        effectiveTo: toDay === Infinity ? null : formatDay(toDay),
        source: c.source,
        confidence: c.confidence,
        notes: c.notes ?? null,
      },
      rows: c.rows
        .map((r) => ({
          zone: r.zone ?? null,
          region: r.region ?? null,
          minMiles: r.minMiles,
          maxMiles: r.maxMiles ?? Infinity,
          cabin: r.cabin,
          season: r.season ?? "any",
          price: r.price,
          ...rowKind(r),
        }))
        .sort((a, b) => a.minMiles - b.minMiles),
      byCabin: new Map(),
      ceiling: 0,
      seasonal: c.rows.some((r) => (r.season ?? "any") !== "any"),
      seasons: SEASONS.filter((x) => c.rows.some((r) => r.season === x)),
    };
    for (const r of compiled.rows) {
      if (r.maxMiles > compiled.ceiling) compiled.ceiling = r.maxMiles;
      const same = compiled.byCabin.get(r.cabin);
      if (same) same.push(r);
      else compiled.byCabin.set(r.cabin, [r]);
    }
    const key = `${c.program}|${c.award}|${variant}`;
    const list = charts.get(key) ?? [];
    list.push(compiled);
    list.sort((a, b) => b.fromDay - a.fromDay);
    charts.set(key, list);
  }

  const rules = new Map<string, Map<string, RuleVersion[]>>();
  const cityCodes = new Map<string, string[]>();
  const airports = toMap(data.airports);
  for (const a of airports.values()) {
    if (a.metroCode && a.metroCode !== a.iata) cityCodes.set(a.iata, [a.metroCode.toUpperCase()]);
  }
  for (const r of data.rules) {
    const value = parseJson(r.value);
    const group = `${r.program}|${r.award}`;
    let byKey = rules.get(group);
    if (!byKey) rules.set(group, (byKey = new Map()));
    const list = byKey.get(r.key) ?? [];
    list.push({
      value,
      effectiveFrom: toDayMs(r.effectiveFrom),
      toDay: r.effectiveTo ? toDayMs(r.effectiveTo) : Infinity,
      source: r.source,
      confidence: r.confidence,
      notes: r.notes ?? null,
    });
    list.sort((a, b) => b.effectiveFrom - a.effectiveFrom);
    byKey.set(r.key, list);
    // City groups (e.g. JAL's TYO = HND + NRT) also let TPM rows name a city.
    if (r.key === "cityGroups" && value && typeof value === "object") {
      for (const [city, members] of Object.entries(value as Record<string, unknown>)) {
        if (!Array.isArray(members)) continue;
        for (const m of members) {
          if (typeof m !== "string" || m === city) continue;
          const codes = cityCodes.get(m) ?? [];
          if (!codes.includes(city)) codes.push(city);
          cityCodes.set(m, codes);
        }
      }
    }
  }

  const mileageRows = (rows: AwardData["sectorMileages"]) =>
    rows.map((r) => ({ program: r.program, fromCode: r.fromCode, toCode: r.toCode, miles: r.miles, effectiveFrom: toDayMs(r.effectiveFrom) }));

  return {
    kind: "prepared-award-data",
    airports,
    airlines: toMap(data.airlines),
    programs: new Map(data.programs.map((p) => [p.code, p])),
    charts,
    chartIndex: indexCharts(charts),
    rules,
    tpm: new MileageTable(mileageRows(data.sectorMileages)),
    overrides: new MileageTable(mileageRows(data.routeOverrides)),
    cityCodes,
    valuations: new Map((data.valuations ?? []).map((v) => [v.currency, v.centsPerPoint])),
    distanceCache: new PairMap(),
    ruleSetCache: new Map(),
    ruleBreaks: [...new Set(data.rules.flatMap((r) => [toDayMs(r.effectiveFrom), ...(r.effectiveTo ? [toDayMs(r.effectiveTo)] : [])]))].sort((a, b) => a - b),
  };
}

/** WGS84 miles between two airports, cached by unordered pair (so A-B == B-A exactly). */
export function airportDistance(p: PreparedAwardData, a: AirportInput, b: AirportInput): number {
  let d = p.distanceCache.get(a.iata, b.iata);
  if (d === undefined) {
    d = wgs84Miles(a, b);
    if (p.distanceCache.size > 100_000) p.distanceCache.clear();
    p.distanceCache.set(a.iata, b.iata, d);
  }
  return d;
}

/** Codes to try for an airport in mileage tables: the airport, then its cities. */
export function codesOf(p: PreparedAwardData, iata: string): readonly string[] {
  let codes = codesMemo.get(p)?.get(iata);
  if (codes) return codes;
  codes = [iata, ...(p.cityCodes.get(iata) ?? [])];
  let m = codesMemo.get(p);
  if (!m) codesMemo.set(p, (m = new Map()));
  m.set(iata, codes);
  return codes;
}
const codesMemo = new WeakMap<PreparedAwardData, Map<string, readonly string[]>>();

function pickVersion(list: RuleVersion[], day: number): { v: RuleVersion; fallback: boolean } | null {
  for (const v of list) if (v.effectiveFrom <= day && day < v.toDay) return { v, fallback: false };
  // Nothing in force: if every version starts later, use the earliest one
  // (and say so); if versions ended before `day`, the rule no longer applies.
  const earliest = list[list.length - 1];
  return earliest.effectiveFrom > day ? { v: earliest, fallback: true } : null;
}

/**
 * Rules in force on `day` for one award, merging three levels (later wins):
 * ("*", "*") for every program, (program, "*") and (program, award).
 */
export function rulesFor(p: PreparedAwardData, program: string, award: string, day: number): RuleSet {
  // Cached per interval between rule dates, not per day: new dates cost nothing.
  const interval = intervalOf(p.ruleBreaks, day);
  let byAward = p.ruleSetCache.get(program);
  if (!byAward) {
    if (p.ruleSetCache.size > 100) p.ruleSetCache.clear();
    p.ruleSetCache.set(program, (byAward = new Map()));
  }
  let sets = byAward.get(award);
  if (!sets) {
    // Program and award codes are the engine's own (a handful), intervals are bounded by the data.
    if (byAward.size > 100) byAward.clear();
    byAward.set(award, (sets = []));
  }
  const hit = sets[interval];
  if (hit) return hit;
  const values = new Map<string, unknown>();
  const meta = new Map<string, RuleValueMeta>();
  const fallbackKeys: string[] = [];
  for (const group of ["*|*", `${program}|*`, `${program}|${award}`]) {
    const byKey = p.rules.get(group);
    if (!byKey) continue;
    for (const [key, list] of byKey) {
      const picked = pickVersion(list, day);
      if (!picked) continue;
      values.set(key, picked.v.value);
      meta.set(key, picked.v);
      if (picked.fallback) fallbackKeys.push(key);
    }
  }
  const set = new RuleSet(program, award, values, meta, fallbackKeys);
  sets[interval] = set;
  return set;
}

/** How many of the sorted `breaks` are on or before `day` (binary search). */
export function intervalOf(breaks: readonly number[], day: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface ChartPick {
  chart: CompiledChart | null;
  /** The newest version that ended on or before `day`, for the "no chart" note. */
  lastEnded: CompiledChart | null;
}

const NO_CHART: ChartPick = Object.freeze({ chart: null, lastEnded: null });

/** The chart version in force on `day`: effectiveFrom <= day < effectiveTo, latest effectiveFrom wins. */
export function chartFor(p: PreparedAwardData, program: string, award: string, variant: string, day: number): ChartPick {
  const list = p.chartIndex.get(program)?.get(award)?.get(variant);
  if (!list) return NO_CHART;
  let lastEnded: CompiledChart | null = null;
  for (const c of list) {
    if (c.fromDay <= day && day < c.toDay) return { chart: c, lastEnded: null };
    if (c.toDay <= day && (!lastEnded || c.toDay > lastEnded.toDay)) lastEnded = c;
  }
  return { chart: null, lastEnded };
}

/**
 * The per-direction basis: a trip is split at its turnaround into one-way
 * directions, and each direction is priced on its own row, chosen by data:
 *   - `directionDistance`: "flown" (sum of the direction's flights, Atmos),
 *     "origin-destination" (Asia Miles) or "none" (a route chart: JAL's own award);
 *   - `regionBy`: "itinerary" (the first region of `regionOrder` whose
 *     `regionCountries` the trip touches, else the last: Atmos) or "farEnd"
 *     (`farEndRegions` looked up by the far airport, its city, then its
 *     country: JAL's routes from Japan, Asia Miles' short-haul categories);
 *   - `roundTripPricing`: "sum" of the directions, or "twiceLonger" (the
 *     longer direction twice: Asia Miles);
 *   - `chartCarriers` / `chartExcludedCarriers`: which operating carriers the
 *     chart is for (a flight on another carrier leaves the trip unpriced, said in the note).
 * The cabin of a direction is its highest cabin.
 */
import { addAmount, fromRow, scaleAmount, unpublished, ZERO, type Amount } from "./amount";
import { coded } from "./messages";
import { airportDistance, codesOf, type CompiledChart } from "./prepare";
import {
  addBasis,
  addSeason,
  bandEdgeWarnings,
  emptyPriced,
  highestCabin,
  milesList,
  noChartNote,
  roundPoints,
  rowFor,
  unpublishedNote,
  type Priced,
  type PricingInput,
} from "./pricing";
import type { ResolvedSegment, Season } from "./types";

interface Direction {
  segs: readonly ResolvedSegment[];
  miles: number;
  region: string | null;
  farEnd: string;
}

/** Split at the turnaround stop (journey indexes: the stop lies after segment `index`). */
function directions(input: PricingInput): ResolvedSegment[][] {
  const segs = input.segments;
  const turn = input.stops?.find((st) => st.kind === "turnaround");
  if (!turn) return [segs.slice()];
  const out = segs.filter((s) => s.index <= turn.index);
  const back = segs.filter((s) => s.index > turn.index);
  return back.length ? [out, back] : [out];
}

const countrySets = new WeakMap<object, Map<string, Set<string>>>();

/** `regionCountries` as sets (memoised on the parsed rule value: the optimizer asks per ticket). */
function regionSets(raw: Record<string, string[]>): Map<string, Set<string>> {
  let sets = countrySets.get(raw);
  if (!sets) {
    sets = new Map();
    for (const [region, list] of Object.entries(raw)) if (Array.isArray(list)) sets.set(region, new Set(list));
    countrySets.set(raw, sets);
  }
  return sets;
}

function regionOfItinerary(input: PricingInput): string | null {
  const order = input.rules.strings("regionOrder");
  const raw = input.rules.object<Record<string, string[]>>("regionCountries");
  if (!order?.length) return null;
  const sets = raw ? regionSets(raw) : new Map<string, Set<string>>();
  for (const region of order) {
    const set = sets.get(region);
    if (!set) continue;
    if (input.segments.some((s) => set.has(s.from.country) || set.has(s.to.country))) return region;
  }
  return order[order.length - 1];
}

function regionOfPlace(input: PricingInput, s: ResolvedSegment["from"]): string | null {
  const map = input.rules.object<Record<string, string>>("farEndRegions") ?? {};
  for (const code of codesOf(input.p, s.iata)) if (typeof map[code] === "string") return map[code];
  return typeof map[s.country] === "string" ? map[s.country] : null;
}

export function priceByDirection(input: PricingInput, basis: string, chart: CompiledChart | null, lastEnded: CompiledChart | null, season: Season | null): Priced {
  const { rules, p } = input;
  const flown = input.segments.filter((s) => !s.surface);
  const out = emptyPriced(basis);
  out.cabin = highestCabin(input.segments);
  out.season = chart?.seasonal ? season : null;
  out.chart = chart?.meta ?? null;
  if (chart) out.charts.push(chart.meta);
  const miles = milesList(input, basis);
  for (const s of flown) out.totalMiles += miles[s.index];
  if (!chart) {
    out.note = noChartNote(input, "default", lastEnded);
    return out;
  }
  const only = rules.strings("chartCarriers");
  const excluded = rules.strings("chartExcludedCarriers") ?? [];
  const off = flown.find((s) => !s.carrier || (only && !only.includes(s.carrier.code)) || excluded.includes(s.carrier.code));
  if (off) {
    out.note = coded("note.carrierNotCharted", { chart: chart.meta.name, chartJa: chart.meta.nameJa, carrier: off.carrier?.code ?? "?", segment: off.index + 1, from: off.from.iata, to: off.to.iata });
    return out;
  }
  const how = rules.str("directionDistance") ?? "flown";
  const regionBy = rules.str("regionBy");
  const home = rules.strings("homeCountries") ?? [];
  const itineraryRegion = regionBy === "itinerary" ? regionOfItinerary(input) : null;
  const dirs: Direction[] = directions(input).map((segs, i, all) => {
    const first = segs[0];
    const last = segs[segs.length - 1];
    let d = 0;
    if (how === "origin-destination") d = airportDistance(p, first.from, last.to);
    else if (how === "flown") for (const s of segs) if (!s.surface) d += miles[s.index];
    // The far end: the turnaround on a round trip; on a one-way, the end that is not "home".
    const farPlace = all.length === 2 ? (i === 0 ? last.to : first.from) : home.includes(last.to.country) && !home.includes(first.from.country) ? first.from : last.to;
    const region = regionBy === "itinerary" ? itineraryRegion : regionBy === "farEnd" ? regionOfPlace(input, farPlace) : null;
    return { segs, miles: d, region, farEnd: farPlace.iata };
  });
  const twiceLonger = rules.str("roundTripPricing") === "twiceLonger" && dirs.length === 2;
  const priced = twiceLonger ? [dirs[0].miles >= dirs[1].miles ? dirs[0] : dirs[1]] : dirs;
  let sum: Amount = ZERO;
  const percent = rules.num("bandEdgeWarningPercent");
  for (const d of priced) {
    const cabin = highestCabin(d.segs);
    const row = rowFor(chart, cabin, season, d.miles, (r) => r === d.region);
    if (row && unpublished(row)) {
      out.note = unpublishedNote(chart, row, cabin, d.miles);
      return out;
    }
    if (!row || (row.region && row.region !== d.region)) {
      out.note = coded("note.noDirectionPrice", {
        chart: chart.meta.name,
        chartJa: chart.meta.nameJa,
        cabin,
        from: d.segs[0].from.iata,
        to: d.segs[d.segs.length - 1].to.iata,
        routeChart: how === "none",
        miles: d.miles,
        noRoute: !d.region,
        farEnd: d.farEnd,
      });
      out.amount = null;
      return out;
    }
    sum = addAmount(sum, fromRow(row));
    addBasis(out, row);
    addSeason(out, chart, row);
    if (how !== "none") out.warnings.push(...bandEdgeWarnings(chart, row, d.miles, percent, { scope: "direction", from: d.segs[0].from.iata, to: d.segs[d.segs.length - 1].to.iata }));
  }
  // A round trip priced as twice its longer direction (named rounding: exact doubling).
  if (twiceLonger) sum = scaleAmount(sum, 2, roundPoints);
  out.price = sum.price;
  out.amount = sum;
  return out;
}

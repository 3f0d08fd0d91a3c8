/**
 * Checks shared by several award types. Each reads its limit from the rule set
 * (data) and reports violations with a stable code `<prefix>.<check>`.
 */
import { segmentParams, stopItem, surfaceItem, violation, withWho } from "../messages";
import { toDayMs } from "../time";
import type { AirlineInput, MessageParams, ResolvedSegment, Stop, Violation } from "../types";
import type { RuleSet } from "./ruleset";

export interface RuleContext {
  segments: readonly ResolvedSegment[];
  /** Segments flown (surface sectors removed). */
  flown: readonly ResolvedSegment[];
  /** Stops as this program sees them (airport or city level). */
  stops: readonly Stop[];
  rules: RuleSet;
  airlines: ReadonlyMap<string, AirlineInput>;
  /** Violation code prefix, e.g. "partner" -> "partner.maxSegments". */
  prefix: string;
  /** The award as messages name it: `{ award: "JAL.partner" }`, plus `onCarrier`/`onCarrierName` for a carrier's exception. */
  who: MessageParams;
  /** Does the trip end in the country it started from? */
  returnsToOriginCountry: boolean;
  /** First departure and last arrival as points of this program (airport or city). */
  originCity: string;
  destinationCity: string;
}

export function isAllianceMember(airline: AirlineInput | null, alliance: string, roles: readonly string[], day: number): boolean {
  if (!airline) return false;
  for (const m of membershipsOf(airline)) {
    if (m.alliance !== alliance) continue;
    if (roles.length && !roles.includes(m.role)) continue;
    if (m.joinedDay > day || m.leftDay <= day) continue;
    return true;
  }
  return false;
}

interface CompiledMembership {
  alliance: string;
  role: string;
  joinedDay: number; // -Infinity when unknown
  leftDay: number; // Infinity while a member
}

const memberships = new WeakMap<AirlineInput, CompiledMembership[]>();

/** Alliance memberships with dates as day numbers, computed once per airline object. */
function membershipsOf(airline: AirlineInput): CompiledMembership[] {
  let list = memberships.get(airline);
  if (!list) {
    list = airline.alliances.map((m) => ({
      alliance: m.alliance,
      role: m.role ?? "member",
      joinedDay: m.joined ? toDayMs(m.joined) : -Infinity,
      leftDay: m.left ? toDayMs(m.left) : Infinity,
    }));
    memberships.set(airline, list);
  }
  return list;
}

/** Distinct operating carriers of the flown segments, in order of appearance. */
export function carrierCodes(flown: readonly ResolvedSegment[]): string[] {
  const out: string[] = [];
  for (const s of flown) if (s.carrier && !out.includes(s.carrier.code)) out.push(s.carrier.code);
  return out;
}

/** Flown segments beyond the limit in `key` (default "maxSegments"). */
export function checkMaxSegments(ctx: RuleContext, out: Violation[], limit = ctx.rules.num("maxSegments"), code = `${ctx.prefix}.maxSegments`, who = ctx.who): void {
  if (limit === undefined) return;
  for (let i = limit; i < ctx.flown.length; i++) {
    const s = ctx.flown[i];
    out.push(violation(code, "violation.maxSegments", withWho(segmentParams(s, { limit }), who), { segment: s }));
  }
}

export interface StopoverItem {
  pos: number;
  stop?: Stop;
  segment?: ResolvedSegment;
  /** The stop or surface sector as messages name it. */
  item: MessageParams;
}

/**
 * What counts as a stopover: stays longer than the transfer limit and, when
 * `surfaceCounts`, each surface sector (a surface segment or an open-jaw gap);
 * the stays at either end of a surface segment are then part of that sector.
 */
export function stopoverItems(ctx: Pick<RuleContext, "stops" | "segments">, surfaceCounts: boolean): StopoverItem[] {
  const items: StopoverItem[] = [];
  for (const st of ctx.stops) {
    if (st.kind === "stopover" && !(surfaceCounts && st.surface)) {
      items.push({ pos: st.index + 0.5, stop: st, item: stopItem(st) });
    } else if (surfaceCounts && st.openJaw) {
      items.push({ pos: st.index + 0.5, stop: st, item: surfaceItem(st.airport, st.departsFrom, "/") });
    }
  }
  if (surfaceCounts) {
    let surfaces = false;
    for (const s of ctx.segments) {
      if (!s.surface) continue;
      items.push({ pos: s.index, segment: s, item: surfaceItem(s.from.iata, s.to.iata, "-") });
      surfaces = true;
    }
    // The stops' items are in order already: only surface segments need placing.
    if (surfaces) items.sort((a, b) => a.pos - b.pos);
  }
  return items;
}

/** Stopovers beyond `limit`; with limit 0 every stopover is reported. */
export function checkMaxStopovers(ctx: RuleContext, out: Violation[], limit: number | undefined, code: string, surfaceCounts = false): void {
  if (limit === undefined) return;
  const items = stopoverItems(ctx, surfaceCounts);
  for (let i = limit; i < items.length; i++) {
    const it = items[i];
    out.push(violation(code, "violation.maxStopovers", withWho({ item: it.item, n: i + 1, limit }, ctx.who), { stop: it.stop, segment: it.segment }));
  }
}

/** "must return to the origin country" (facts §1: a per-award flag, data). */
export function checkReturnToOriginCountry(ctx: RuleContext, out: Violation[]): void {
  if (ctx.rules.bool("mustReturnToOriginCountry") !== true || ctx.returnsToOriginCountry) return;
  const first = ctx.segments[0];
  const last = ctx.segments[ctx.segments.length - 1];
  out.push(
    violation(
      `${ctx.prefix}.returnToOriginCountry`,
      "violation.returnToOriginCountry",
      withWho({ origin: first.from.country, country: last.to.country, airport: last.to.iata }, ctx.who),
      { segment: last },
    ),
  );
}

/** Flown segments whose carrier is not a member of `alliance` on the day it departs. */
export function checkAllianceMembers(ctx: RuleContext, out: Violation[], alliance: string, code: string): void {
  const roles = ctx.rules.strings("allianceRoles") ?? ["member"];
  for (const s of ctx.flown) {
    if (!isAllianceMember(s.carrier, alliance, roles, s.departsDay)) {
      out.push(violation(code, "violation.allianceMember", segmentParams(s, { carrier: s.carrier?.code ?? "?", alliance }), { segment: s }));
    }
  }
}

/** Minimum number of distinct alliance airlines (`minAirlines`, raised by `minAirlinesWith`). */
export function checkMinAllianceAirlines(ctx: RuleContext, out: Violation[], alliance: string, code: string): void {
  let min = ctx.rules.num("minAirlines");
  if (min === undefined) return;
  const roles = ctx.rules.strings("allianceRoles") ?? ["member"];
  const members = carrierCodes(ctx.flown.filter((s) => isAllianceMember(s.carrier, alliance, roles, s.departsDay)));
  const raised = ctx.rules.numbers("minAirlinesWith") ?? {};
  let because = "";
  for (const [code2, n] of Object.entries(raised)) {
    if (members.includes(code2) && n > min) {
      min = n;
      because = code2;
    }
  }
  if (members.length >= min) return;
  out.push(violation(code, "violation.minAllianceAirlines", withWho({ min, alliance, raised: because !== "", raisedBy: because, count: members.length, carriers: members }, ctx.who)));
}

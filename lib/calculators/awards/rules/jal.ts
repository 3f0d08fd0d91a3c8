/**
 * JAL Mileage Bank award rules (facts §1, seed 7 and jal.co.jp oneworld award
 * conditions). Every limit comes from the rule set; codes are stable:
 * jal.*, partner.*, oneworld.*.
 */
import { segmentParams, stopItem, violation, withWho } from "../messages";
import type { Violation } from "../types";
import {
  carrierCodes,
  checkAllianceMembers,
  checkMaxSegments,
  checkMaxStopovers,
  checkMinAllianceAirlines,
  checkReturnToOriginCountry,
  stopoverItems,
  type RuleContext,
} from "./common";

/** JAL award: JAL-operated flights only, no stopovers. */
export function checkJalAward(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  const allowed = ctx.rules.strings("allowedCarriers");
  if (allowed) {
    for (const s of ctx.flown) {
      const c = s.carrier?.code ?? "?";
      if (!allowed.includes(c)) {
        out.push(violation("jal.carrier", "violation.jalCarrier", segmentParams(s, { carrier: c, allowed }), { segment: s }));
      }
    }
  }
  checkMaxSegments(ctx, out);
  checkMaxStopovers(ctx, out, ctx.rules.num("maxStopovers"), "jal.noStopovers", ctx.rules.bool("surfaceCountsAsStopover") === true);
  checkReturnToOriginCountry(ctx, out);
  return out;
}

interface CarrierException {
  maxSegments?: number;
  maxStopovers?: number;
  noStopoverCountries?: string[];
}

/** Partner award: exactly one JAL partner airline, stopover and segment limits, per-carrier exceptions. */
export function checkJalPartner(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  const carriers = carrierCodes(ctx.flown);
  for (const s of ctx.flown) {
    if (!s.carrier?.jalPartner) {
      const c = s.carrier?.code ?? "?";
      out.push(violation("partner.notPartner", "violation.notJalPartner", segmentParams(s, { carrier: c }), { segment: s }));
    }
  }
  const exact = ctx.rules.num("exactAirlines");
  if (exact !== undefined && carriers.length !== exact) {
    out.push(violation("partner.carriers", "violation.partnerCarriers", { exact, count: carriers.length, carriers }));
  }
  checkMaxSegments(ctx, out);
  const surfaceCounts = ctx.rules.bool("surfaceCountsAsStopover") === true;
  checkMaxStopovers(ctx, out, ctx.rules.num("maxStopovers"), "partner.maxStopovers", surfaceCounts);

  const exceptions = ctx.rules.withPrefix("carrierException.");
  for (const code of carriers) {
    const ex = exceptions.get(code) as CarrierException | undefined;
    if (!ex) continue;
    const name = ctx.airlines.get(code)?.name ?? code;
    const who = { ...ctx.who, onCarrier: code, onCarrierName: name };
    if (typeof ex.maxSegments === "number") checkMaxSegments(ctx, out, ex.maxSegments, "partner.carrierMaxSegments", who);
    if (typeof ex.maxStopovers === "number") checkMaxStopovers({ ...ctx, who }, out, ex.maxStopovers, "partner.carrierMaxStopovers", surfaceCounts);
    if (Array.isArray(ex.noStopoverCountries)) {
      for (const st of ctx.stops) {
        if (st.kind === "stopover" && ex.noStopoverCountries.includes(st.country)) {
          out.push(violation("partner.carrierNoStopoverCountry", "violation.noStopoverInCountryOnCarrier", withWho({ country: st.country, item: stopItem(st) }, who), { stop: st }));
        }
      }
    }
  }
  checkReturnToOriginCountry(ctx, out);
  return out;
}

function countVisit(visits: Map<string, number>, city: string): void {
  visits.set(city, (visits.get(city) ?? 0) + 1);
}

/** oneworld award: 2+ oneworld airlines, stopover/segment limits, Japan limits, city limits, one surface sector. */
export function checkJalOneworld(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  const r = ctx.rules;
  checkAllianceMembers(ctx, out, "oneworld", "oneworld.member");
  checkMinAllianceAirlines(ctx, out, "oneworld", "oneworld.carriers");
  checkMaxSegments(ctx, out);
  const surfaceCounts = r.bool("surfaceCountsAsStopover") === true;
  checkMaxStopovers(ctx, out, r.num("maxStopovers"), "oneworld.maxStopovers", surfaceCounts);

  // At most N segments within a country (JP: 2).
  const within = r.numbers("maxSegmentsWithinCountry");
  if (within) {
    for (const [country, max] of Object.entries(within)) {
      let n = 0;
      for (const s of ctx.flown) {
        if (s.from.country !== country || s.to.country !== country) continue;
        n++;
        if (n > max) out.push(violation("oneworld.domesticSegments", "violation.domesticSegments", withWho(segmentParams(s, { n, country, max }), ctx.who), { segment: s }));
      }
    }
  }

  // No stopover in the origin country when the trip starts there (JP).
  const noStopHome = r.strings("noStopoverInOriginCountries");
  const origin = ctx.segments[0].from.country;
  if (noStopHome?.includes(origin)) {
    for (const it of stopoverItems(ctx, surfaceCounts)) {
      const country = it.stop ? it.stop.country : it.segment!.from.country;
      if (country !== origin) continue;
      out.push(violation("oneworld.noStopoverInOriginCountry", "violation.noStopoverInOriginCountry", { country: origin, item: it.item }, { stop: it.stop, segment: it.segment }));
    }
  }

  // A city at most N times, with at most M stopovers there.
  const maxVisits = r.num("maxCityVisits");
  const maxCityStops = r.num("maxStopoversPerCity");
  if (maxVisits !== undefined || maxCityStops !== undefined) {
    const visits = new Map<string, number>();
    countVisit(visits, ctx.originCity);
    const stopsAt = new Map<string, number>();
    for (const st of ctx.stops) {
      countVisit(visits, st.city);
      if (st.openJaw) countVisit(visits, st.departsFromCity);
      if (st.kind === "stopover" && maxCityStops !== undefined) {
        const n = (stopsAt.get(st.city) ?? 0) + 1;
        stopsAt.set(st.city, n);
        if (n > maxCityStops) out.push(violation("oneworld.cityStopovers", "violation.cityStopovers", withWho({ item: stopItem(st), n, city: st.city, max: maxCityStops }, ctx.who), { stop: st }));
      }
    }
    countVisit(visits, ctx.destinationCity);
    if (maxVisits !== undefined) {
      for (const [city, n] of visits) {
        if (n > maxVisits) out.push(violation("oneworld.cityVisits", "violation.cityVisits", withWho({ city, n, max: maxVisits }, ctx.who)));
      }
    }
  }

  // Surface sectors (surface segments and open-jaw gaps).
  const maxSurface = r.num("maxSurfaceSectors");
  if (maxSurface !== undefined) {
    const surfaces = stopoverItems(ctx, true).filter((it) => it.segment || it.stop?.openJaw);
    for (let i = maxSurface; i < surfaces.length; i++) {
      const it = surfaces[i];
      out.push(violation("oneworld.surfaceSectors", "violation.surfaceSectors", withWho({ item: it.item, n: i + 1, max: maxSurface }, ctx.who), { stop: it.stop, segment: it.segment }));
    }
  }
  checkReturnToOriginCountry(ctx, out);
  return out;
}


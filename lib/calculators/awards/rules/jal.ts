/**
 * JAL Mileage Bank award rules (facts §1, seed 7 and jal.co.jp oneworld award
 * conditions). Every limit comes from the rule set; codes are stable:
 * jal.*, partner.*, oneworld.*.
 */
import { capitalise as capital, segEn, segJa, stopEn, stopJa, violation } from "../messages";
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
        out.push(violation("jal.carrier", `${segEn(s)} is flown by ${c}; a JAL award covers flights of ${allowed.join(", ")} only.`, `${segJa(s)}の運航会社は${c}です。JAL特典航空券は${allowed.join("、")}の便のみ利用できます。`, { segment: s }));
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
      out.push(violation("partner.notPartner", `${segEn(s)} is flown by ${c}, not a JAL partner airline.`, `${segJa(s)}の運航会社${c}はJALの提携航空会社ではありません。`, { segment: s }));
    }
  }
  const exact = ctx.rules.num("exactAirlines");
  if (exact !== undefined && carriers.length !== exact) {
    out.push(violation("partner.carriers", `A JAL partner award uses exactly ${exact} partner airline; this trip uses ${carriers.length} (${carriers.join(", ")}).`, `提携航空会社特典航空券で利用できる提携航空会社は${exact}社のみです(この旅程は${carriers.length}社: ${carriers.join("、")})。`));
  }
  checkMaxSegments(ctx, out);
  const surfaceCounts = ctx.rules.bool("surfaceCountsAsStopover") === true;
  checkMaxStopovers(ctx, out, ctx.rules.num("maxStopovers"), "partner.maxStopovers", surfaceCounts);

  const exceptions = ctx.rules.withPrefix("carrierException.");
  for (const code of carriers) {
    const ex = exceptions.get(code) as CarrierException | undefined;
    if (!ex) continue;
    const name = ctx.airlines.get(code)?.name ?? code;
    const who = `a JAL partner award on ${name} (${code})`;
    const whoJa = `${name}(${code})の提携航空会社特典航空券`;
    if (typeof ex.maxSegments === "number") checkMaxSegments(ctx, out, ex.maxSegments, "partner.carrierMaxSegments", who, whoJa);
    if (typeof ex.maxStopovers === "number") checkMaxStopovers({ ...ctx, awardEn: who, awardJa: whoJa }, out, ex.maxStopovers, "partner.carrierMaxStopovers", surfaceCounts);
    if (Array.isArray(ex.noStopoverCountries)) {
      for (const st of ctx.stops) {
        if (st.kind === "stopover" && ex.noStopoverCountries.includes(st.country)) {
          out.push(violation("partner.carrierNoStopoverCountry", `No stopover in ${st.country} on ${who}: ${stopEn(st)} is one.`, `${whoJa}では${st.country}での途中降機はできません: ${stopJa(st)}は途中降機です。`, { stop: st }));
        }
      }
    }
  }
  checkReturnToOriginCountry(ctx, out);
  return out;
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
        if (n > max) out.push(violation("oneworld.domesticSegments", `${segEn(s)} is segment ${n} within ${country}; ${ctx.awardEn} allows at most ${max}.`, `${segJa(s)}は${country}国内の${n}区間目です。${ctx.awardJa}の${country}国内区間は${max}区間までです。`, { segment: s }));
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
      out.push(violation("oneworld.noStopoverInOriginCountry", `No stopover in ${origin} on a trip that starts in ${origin}: ${it.en} is one.`, `${origin}発の旅程では${origin}国内で途中降機できません: ${it.ja}は途中降機です。`, { stop: it.stop, segment: it.segment }));
    }
  }

  // A city at most N times, with at most M stopovers there.
  const maxVisits = r.num("maxCityVisits");
  const maxCityStops = r.num("maxStopoversPerCity");
  if (maxVisits !== undefined || maxCityStops !== undefined) {
    const visits = new Map<string, number>();
    const add = (city: string) => visits.set(city, (visits.get(city) ?? 0) + 1);
    add(ctx.originCity);
    const stopsAt = new Map<string, number>();
    for (const st of ctx.stops) {
      add(st.city);
      if (st.openJaw) add(st.departsFromCity);
      if (st.kind === "stopover" && maxCityStops !== undefined) {
        const n = (stopsAt.get(st.city) ?? 0) + 1;
        stopsAt.set(st.city, n);
        if (n > maxCityStops) out.push(violation("oneworld.cityStopovers", `${capital(stopEn(st))} is stopover ${n} in ${st.city}; ${ctx.awardEn} allows at most ${maxCityStops} per city.`, `${stopJa(st)}は${st.city}での${n}回目の途中降機です。${ctx.awardJa}では同じ都市での途中降機は${maxCityStops}回までです。`, { stop: st }));
      }
    }
    add(ctx.destinationCity);
    if (maxVisits !== undefined) {
      for (const [city, n] of visits) {
        if (n > maxVisits) out.push(violation("oneworld.cityVisits", `${city} appears ${n} times; ${ctx.awardEn} allows a city at most ${maxVisits} times.`, `${city}が${n}回出てきます。${ctx.awardJa}では同じ都市は${maxVisits}回までです。`));
      }
    }
  }

  // Surface sectors (surface segments and open-jaw gaps).
  const maxSurface = r.num("maxSurfaceSectors");
  if (maxSurface !== undefined) {
    const surfaces = stopoverItems(ctx, true).filter((it) => it.segment || it.stop?.openJaw);
    for (let i = maxSurface; i < surfaces.length; i++) {
      const it = surfaces[i];
      out.push(violation("oneworld.surfaceSectors", `${capital(it.en)} is surface sector ${i + 1}; ${ctx.awardEn} allows ${maxSurface}.`, `${it.ja}は${i + 1}つ目の地上移動区間です。${ctx.awardJa}の地上移動区間は${maxSurface}つまでです。`, { stop: it.stop, segment: it.segment }));
    }
  }
  checkReturnToOriginCountry(ctx, out);
  return out;
}


/**
 * Atmos Rewards (formerly Alaska Mileage Plan) partner award (charts-2026 §3.3,
 * seed 7): a stopover is allowed on a one-way award of an international
 * itinerary, so one per direction (two on a round trip); none on a domestic
 * partner itinerary (rule `stopoversInternationalOnly`). Codes: alaska.*.
 */
import { segmentParams, violation, withWho } from "../messages";
import type { Violation } from "../types";
import { checkMaxSegments, stopoverItems, type RuleContext } from "./common";

export function checkAlaskaPartner(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  checkMaxSegments(ctx, out);
  const partners = ctx.rules.strings("partnerCarriers");
  if (partners) {
    for (const s of ctx.flown) {
      const code = s.carrier?.code ?? "?";
      if (!partners.includes(code)) {
        out.push(violation("alaska.carrier", "violation.atmosCarrier", segmentParams(s, { carrier: code }), { segment: s }));
      }
    }
  }
  let perDirection = ctx.rules.num("maxStopoversPerDirection");
  if (perDirection !== undefined && ctx.rules.bool("stopoversInternationalOnly") === true) {
    const country = ctx.segments[0].from.country;
    if (ctx.segments.every((s) => s.from.country === country && s.to.country === country)) perDirection = 0;
  }
  if (perDirection !== undefined) {
    const turn = ctx.stops.find((s) => s.kind === "turnaround");
    const counts = [0, 0];
    for (const it of stopoverItems(ctx, false)) {
      const dir = turn && it.stop && it.stop.index > turn.index ? 1 : 0;
      counts[dir]++;
      if (counts[dir] > perDirection) {
        const direction = dir ? "return" : turn ? "outbound" : "oneWay";
        out.push(violation("alaska.stopoversPerDirection", "violation.stopoversPerDirection", withWho({ item: it.item, n: counts[dir], direction, max: perDirection }, ctx.who), { stop: it.stop }));
      }
    }
  }
  return out;
}

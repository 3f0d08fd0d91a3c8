/**
 * British Airways Executive Club (facts §1, §7). Per-segment awards have no
 * stopover limit (each segment is simply priced); the multi-carrier oneworld
 * award needs 2+ oneworld airlines (3+ if BA is one), at most 8 segments.
 * Codes: ba.*, multiCarrier.*.
 */
import { segmentParams, violation } from "../messages";
import type { ResolvedSegment, Violation } from "../types";
import {
  checkAllianceMembers,
  checkMaxSegments,
  checkMinAllianceAirlines,
  isAllianceMember,
  type RuleContext,
} from "./common";

/** Is the segment's carrier a member of one of `alliances` on its day? (A loop, not a closure per segment: this runs for every ticket the optimizer tries.) */
function inAnyAlliance(s: ResolvedSegment, alliances: readonly string[], roles: readonly string[]): boolean {
  for (const a of alliances) if (isAllianceMember(s.carrier, a, roles, s.departsDay)) return true;
  return false;
}

/** Per-segment award: each segment must be on an airline bookable with Avios. */
export function checkBaPerSegment(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  const alliances = ctx.rules.strings("eligibleAlliances");
  const extra = ctx.rules.strings("eligibleCarriers") ?? [];
  const roles = ctx.rules.strings("allianceRoles") ?? ["member"];
  if (alliances) {
    for (const s of ctx.flown) {
      const code = s.carrier?.code ?? "?";
      const ok = extra.includes(code) || inAnyAlliance(s, alliances, roles);
      if (!ok) {
        out.push(violation("ba.carrier", "violation.aviosCarrier", segmentParams(s, { carrier: code, alliances, hasExtra: extra.length > 0, extra }), { segment: s }));
      }
    }
  }
  checkMaxSegments(ctx, out);
  return out;
}

/** Multi-carrier oneworld award. */
export function checkBaMultiCarrier(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  checkAllianceMembers(ctx, out, "oneworld", "multiCarrier.member");
  checkMinAllianceAirlines(ctx, out, "oneworld", "multiCarrier.carriers");
  checkMaxSegments(ctx, out);
  return out;
}

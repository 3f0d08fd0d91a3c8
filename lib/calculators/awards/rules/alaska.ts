/**
 * Alaska Airlines Mileage Plan partner award (facts §1, seed 7): a stopover is
 * allowed on a one-way award, so one per direction (two on a round trip).
 * Codes: alaska.*.
 */
import { capitalise, violation } from "../messages";
import type { Violation } from "../types";
import { checkMaxSegments, stopoverItems, type RuleContext } from "./common";

export function checkAlaskaPartner(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  checkMaxSegments(ctx, out);
  const perDirection = ctx.rules.num("maxStopoversPerDirection");
  if (perDirection !== undefined) {
    const turn = ctx.stops.find((s) => s.kind === "turnaround");
    const counts = [0, 0];
    for (const it of stopoverItems(ctx, false)) {
      const dir = turn && it.stop && it.stop.index > turn.index ? 1 : 0;
      counts[dir]++;
      if (counts[dir] > perDirection) {
        const en = dir ? "return" : turn ? "outbound" : "one-way";
        const ja = dir ? "復路" : turn ? "往路" : "片道";
        out.push(violation("alaska.stopoversPerDirection", `${capitalise(it.en)} is stopover ${counts[dir]} on the ${en} journey; ${ctx.awardEn} allows ${perDirection} per direction.`, `${it.ja}は${ja}の${counts[dir]}回目の途中降機です。${ctx.awardJa}の途中降機は片道${perDirection}回までです。`, { stop: it.stop }));
      }
    }
  }
  return out;
}

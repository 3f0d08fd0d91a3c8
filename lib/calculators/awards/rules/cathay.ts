/**
 * Cathay Pacific Asia Miles standard award (asiamiles.com T&C, facts §1):
 * round trip: "two stopovers, two transfers or one open-jaw"; one way: one
 * en-route stopover. The round-trip allowance is stored as a list of
 * alternatives ({ stopovers, transfers, openJaws }); the trip must fit within
 * one of them. Codes: cathay.*.
 */
import { violation, withWho } from "../messages";
import type { Violation } from "../types";
import { checkMaxSegments, checkMaxStopovers, type RuleContext } from "./common";

interface Allowance {
  stopovers?: number;
  transfers?: number;
  openJaws?: number;
}

export function countCathay(ctx: RuleContext): { stopovers: number; transfers: number; openJaws: number } {
  let stopovers = 0;
  let transfers = 0;
  let openJaws = 0;
  for (const st of ctx.stops) {
    if (st.openJaw) openJaws++;
    else if (st.kind === "stopover") stopovers++;
    else if (st.kind === "transfer") transfers++;
  }
  // An open jaw at the origin: back to the origin country but another city.
  if (ctx.returnsToOriginCountry && ctx.originCity !== ctx.destinationCity) openJaws++;
  return { stopovers, transfers, openJaws };
}

export function checkCathayStandard(ctx: RuleContext): Violation[] {
  const out: Violation[] = [];
  checkMaxSegments(ctx, out);
  const roundTrip = ctx.stops.some((s) => s.kind === "turnaround");
  if (!roundTrip) {
    checkMaxStopovers(ctx, out, ctx.rules.num("oneWayMaxStopovers"), "cathay.oneWayStopovers");
    return out;
  }
  const allowances = ctx.rules.raw("roundTripAllowances");
  if (!Array.isArray(allowances)) return out;
  const c = countCathay(ctx);
  const fits = (allowances as Allowance[]).some(
    (a) => c.stopovers <= (a.stopovers ?? 0) && c.transfers <= (a.transfers ?? 0) && c.openJaws <= (a.openJaws ?? 0),
  );
  if (!fits) {
    out.push(
      violation(
        "cathay.roundTripAllowance",
        "violation.roundTripAllowance",
        withWho(
          {
            allowances: (allowances as Allowance[]).map((a) => ({ stopovers: a.stopovers ?? 0, transfers: a.transfers ?? 0, openJaws: a.openJaws ?? 0 })),
            stopovers: c.stopovers,
            transfers: c.transfers,
            openJaws: c.openJaws,
          },
          ctx.who,
        ),
      ),
    );
  }
  return out;
}

/**
 * "This connection could be a free stopover": on each ticket of the best plan,
 * a transfer whose stay, made longer than the transfer limit (the ticket's
 * later flights moved by the same time), leaves the ticket valid at the same
 * price. Checked by quoting the changed ticket, not assumed. Awards priced per
 * segment are skipped: there every stop is already "free" (the price is the
 * segments' sum), which is no news.
 */
import { DEFAULT_TRANSFER_MAX_HOURS } from "@/lib/calculators/awards";
import { renderCoded } from "@/lib/i18n/award-messages";
import { quoteAsOneTicket, requestSlice, shiftLocal } from "./requote";
import type { OptimizeRun } from "./run";
import type { TSuggestion } from "./schema";

/** The longer stay tried: the transfer limit plus one day (any stay over the limit is a stopover). */
const EXTRA_MINUTES = 24 * 60;
export const MAX_STOPOVER_SUGGESTIONS = 6;

export function freeStopovers(run: OptimizeRun): TSuggestion[] {
  const out: TSuggestion[] = [];
  if (!run.best) return out;
  run.best.tickets.forEach((c, t) => {
    const { tq, usage } = run.details.get(c);
    if (tq.quote.segmentPrices !== null) return;
    const allowed = usage.stopovers.allowed;
    if (allowed !== null && usage.stopovers.used >= allowed) return;
    const limitHours = tq.rules.num("transferMaxHours") ?? DEFAULT_TRANSFER_MAX_HOURS;
    for (const stop of tq.stops) {
      if (out.length >= MAX_STOPOVER_SUGGESTIONS) return;
      if (stop.kind !== "transfer" || stop.openJaw || stop.surface) continue;
      const shift = limitHours * 60 + EXTRA_MINUTES - stop.minutes;
      const segments = requestSlice(run, c.first, c.last).map((s, k) =>
        c.first + k > stop.index ? { ...s, departs: shiftLocal(s.departs, shift), arrives: shiftLocal(s.arrives, shift) } : s,
      );
      const r = quoteAsOneTicket(run, segments, c.program, c.award);
      if (!r || !r.quote.valid || r.quote.price !== c.price) continue;
      const used = usage.stopovers.used + 1;
      const m = {
        code: "suggestion.freeStopover",
        params: {
          ticket: { n: t + 1, awardName: `${c.program}.${c.award}` },
          hours: Number(stop.hours.toFixed(1)),
          airport: stop.airport,
          limit: limitHours,
          points: { amount: c.price, program: c.program, currency: c.currency },
          limited: allowed !== null,
          used,
          allowed,
        },
      };
      out.push({
        code: "stopover.free",
        en: renderCoded(m, "en"),
        ja: renderCoded(m, "ja"),
        stopIndex: stop.index,
        detail: { ticket: t + 1, airport: stop.airport, hours: stop.hours, program: c.program, award: c.award, price: c.price, currency: c.currency, stopoversUsed: used, stopoversAllowed: allowed },
      });
    }
  });
  return out;
}

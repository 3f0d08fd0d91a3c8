/**
 * "This connection could be a free stopover": on each ticket of the best plan,
 * a transfer whose stay, made longer than the transfer limit (the ticket's
 * later flights moved by the same time), leaves the ticket valid at the same
 * price. Checked by quoting the changed ticket, not assumed. Awards priced per
 * segment are skipped: there every stop is already "free" (the price is the
 * segments' sum), which is no news.
 */
import { DEFAULT_TRANSFER_MAX_HOURS } from "@/lib/calculators/awards";
import { hoursText, points, ticketName } from "./messages";
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
      const name = ticketName(t + 1, c.program, c.award);
      const h = hoursText(stop.hours);
      const used = usage.stopovers.used + 1;
      const price = points(c.price, c.currency);
      const en = allowed === null
        ? `${name.en}: the ${h.en} connection at ${stop.airport} could be a stopover of more than ${limitHours} h at no extra cost; the ticket stays valid at ${price}.`
        : `${name.en}: the ${h.en} connection at ${stop.airport} could be a stopover of more than ${limitHours} h at no extra cost; the ticket stays valid at ${price}, using ${used} of ${allowed} stopovers.`;
      const ja = allowed === null
        ? `${name.ja}: ${stop.airport}での${h.ja}の乗り継ぎは、必要マイル数を変えずに${limitHours}時間を超える途中降機にできます(${price}のまま有効)。`
        : `${name.ja}: ${stop.airport}での${h.ja}の乗り継ぎは、必要マイル数を変えずに${limitHours}時間を超える途中降機にできます(${price}のまま有効、途中降機は${allowed}回中${used}回)。`;
      out.push({
        code: "stopover.free",
        en,
        ja,
        stopIndex: stop.index,
        detail: { ticket: t + 1, airport: stop.airport, hours: stop.hours, program: c.program, award: c.award, price: c.price, currency: c.currency, stopoversUsed: used, stopoversAllowed: allowed },
      });
    }
  });
  return out;
}

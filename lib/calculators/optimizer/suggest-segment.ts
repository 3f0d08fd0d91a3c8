/**
 * "One segment stands in the way": an award type that cannot ticket the whole
 * journey because of rules broken at a single segment (a carrier outside the
 * alliance, one flight too many...). The journey is quoted again without that
 * segment, and with it flown by each other carrier of the journey; what becomes
 * a valid, priced single ticket cheaper than the best plan (at the user's
 * valuations) is suggested with its price. Also: flights no stored award
 * covers at all.
 */
import { AWARDS, hasChartOn, openTicket, quoteTicket, ticketDate, type AwardQuote, type ResolvedSegment } from "@/lib/calculators/awards";
import type { Coded, MessageParams } from "@/lib/calculators/awards";
import { renderCoded } from "@/lib/i18n/award-messages";
import { usd } from "./messages";
import { quoteAsOneTicket, requestSlice } from "./requote";
import type { OptimizeRun } from "./run";
import type { TSuggestion } from "./schema";
import { unitsToCents } from "./valuations";

/** Other carriers tried in place of the blocking one (the journey's own, first seen first). */
const MAX_REPLACEMENTS = 3;

/**
 * Whether a carrier could plausibly fly a segment: it is based in the country of one of
 * its ends. Tabiji stores no route network, so this only rules out the absurd (Finnair
 * on London-Tokyo); the suggestion still says the route is unchecked.
 */
function homeCarrierOf(seg: ResolvedSegment, carrier: { country?: string | null } | undefined): boolean {
  const home = carrier?.country;
  return !!home && (home === seg.from.country || home === seg.to.country);
}

function blockingSegment(q: AwardQuote): number | null {
  const idx = new Set<number>();
  for (const v of q.violations) if (v.segmentIndex !== undefined) idx.add(v.segmentIndex);
  return idx.size === 1 ? [...idx][0] : null;
}

/** How a single ticket's value compares with the best plan's (which may include cash-bought flights, not valued). */
function comparison(run: OptimizeRun, cents: number | null): MessageParams {
  if (cents === null || !run.best) return { compare: "none", usd: "" };
  const best = unitsToCents(run.best.cost);
  if (cents === best) return { compare: "same", usd: "" };
  return cents < best ? { compare: "less", usd: usd(best - cents) } : { compare: "more", usd: usd(cents - best) };
}

/** A flight as the suggestions name it: its number, airports and carrier (or a surface sector). */
function flight(s: ResolvedSegment): MessageParams {
  return { segment: s.index + 1, from: s.from.iata, to: s.to.iata, carrier: s.carrier?.code ?? "?", surface: s.surface };
}

/** The suggestion's sentences, from codes (messages/{en,ja}/award-rules.json "suggestion"). */
function words(parts: readonly Coded[]): { en: string; ja: string } {
  return { en: parts.map((m) => renderCoded(m, "en")).join(" "), ja: parts.map((m) => renderCoded(m, "ja")).join("") };
}

export function blockingSegments(run: OptimizeRun): TSuggestion[] {
  const { journey } = run;
  const segs = journey.segments;
  const n = segs.length;
  const out: TSuggestion[] = [];
  if (segs[0].surface || segs[n - 1].surface) return out;
  const { day } = ticketDate(journey, 0);
  const ctx = openTicket(journey, 0, n - 1);
  const carriers = [...new Set(segs.flatMap((s) => (s.carrier ? [s.carrier.code] : [])))];
  for (const program of journey.programs) {
    const currency = journey.p.programs.get(program)?.currency ?? program;
    const units = run.valuations.units.get(currency);
    for (const def of AWARDS[program]) {
      if (!hasChartOn(journey.p, program, def.award, day)) continue;
      const whole = quoteTicket(ctx, program, def, false).quote;
      if (whole.valid) continue;
      const k = blockingSegment(whole);
      if (k === null) continue;
      const seg = segs[k];
      const reason = whole.violations.find((v) => v.segmentIndex === k)!;
      const awardName = `${program}.${def.award}`;
      const all = requestSlice(run, 0, n - 1);
      const priced = (segments: typeof all) => {
        const r = quoteAsOneTicket(run, segments, program, def.award);
        return r && r.quote.valid && r.quote.price !== null ? r.quote.price : null;
      };
      // Flown by another carrier of the journey (the first that works), and without the segment.
      let replaced: { carrier: string; price: number } | null = null;
      if (!seg.surface) {
        const candidates = carriers.filter((c) => c !== seg.carrier?.code && homeCarrierOf(seg, journey.p.airlines.get(c)));
        for (const c of candidates.slice(0, MAX_REPLACEMENTS)) {
          const price = priced(all.map((s, i) => (i === k ? { ...s, carrier: c } : s)));
          if (price !== null) {
            replaced = { carrier: c, price };
            break;
          }
        }
      }
      const removed = n > 1 ? priced(all.filter((_, i) => i !== k)) : null;
      // Worth saying only when it beats the best plan at the user's valuations
      // (a removed segment still has to be bought: the rest alone must beat the whole plan).
      const beats = (price: number | null) => price !== null && units !== undefined && (!run.best || price * units < run.best.cost);
      if (!beats(replaced?.price ?? null) && !beats(removed)) continue;
      const parts: Coded[] = [{ code: "suggestion.blocksAward", params: { flight: flight(seg), awardName, reason: { code: reason.code, params: reason.params } } }];
      if (replaced) {
        const cmp = comparison(run, units === undefined ? null : unitsToCents(replaced.price * units));
        parts.push({ code: "suggestion.replaced", params: { carrier: replaced.carrier, awardName, points: { amount: replaced.price, program, currency }, ...cmp, from: seg.from.iata, to: seg.to.iata } });
      }
      if (removed !== null) parts.push({ code: "suggestion.removed", params: { awardName, points: { amount: removed, program, currency } } });
      out.push({
        code: "segment.blocksAward",
        ...words(parts),
        segmentIndex: k,
        detail: { program, award: def.award, rule: reason.rule, currency, replaceCarrier: replaced?.carrier ?? null, replacePrice: replaced?.price ?? null, removePrice: removed },
      });
    }
  }
  return out;
}

/** Flights that no valid, priced award ticket of any length covers. */
export function cashSegments(run: OptimizeRun): TSuggestion[] {
  return run.table.cash.map((k) => {
    const s: ResolvedSegment = run.journey.segments[k];
    return {
      code: "segment.noAward" as const,
      ...words([{ code: "suggestion.noAward", params: { flight: flight(s) } }]),
      segmentIndex: k,
      detail: { carrier: s.carrier?.code ?? null, from: s.from.iata, to: s.to.iata },
    };
  });
}

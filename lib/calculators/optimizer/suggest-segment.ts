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
import { renderCoded } from "@/lib/i18n/award-messages";
import { awardName, points, segmentName, usd } from "./messages";
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
function comparison(run: OptimizeRun, cents: number | null): { en: string; ja: string } {
  if (cents === null || !run.best) return { en: "", ja: "" };
  const best = unitsToCents(run.best.cost);
  if (cents === best) return { en: " That costs the same as the best plan, at your valuations.", ja: "評価額ではこのプランと同額です。" };
  if (cents < best) return { en: ` That is ${usd(best - cents)} less than the best plan, at your valuations.`, ja: `評価額ではこのプランより${usd(best - cents)}安くなります。` };
  return { en: ` That is ${usd(cents - best)} more than the best plan, at your valuations.`, ja: `評価額ではこのプランより${usd(cents - best)}高くなります。` };
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
      const award = awardName(program, def.award);
      const sn = segmentName(seg);
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
      const en: string[] = [`${capitalise(sn.en)} keeps the whole journey off one ${award.en}: ${renderCoded(reason, "en")}`];
      const ja: string[] = [`${sn.ja}のため、旅程全体を1枚の${award.ja}にできません: ${renderCoded(reason, "ja")}`];
      if (replaced) {
        const cmp = comparison(run, units === undefined ? null : unitsToCents(replaced.price * units));
        const route = `${seg.from.iata}-${seg.to.iata}`;
        en.push(`Flown by ${replaced.carrier} instead, the whole journey would be one valid ${award.en} for ${points(replaced.price, currency)}.${cmp.en} (Route not checked: make sure ${replaced.carrier} flies ${route}.)`);
        ja.push(`${replaced.carrier}の便に替えれば、旅程全体が${points(replaced.price, currency)}の${award.ja}1枚になります。${cmp.ja}（路線は未確認です。${replaced.carrier}が${route}を運航しているか確認してください。）`);
      }
      if (removed !== null) {
        en.push(`Without it, the rest would be one valid ${award.en} for ${points(removed, currency)} (that segment bought separately).`);
        ja.push(`この区間を外せば、残りの旅程が${points(removed, currency)}の${award.ja}1枚になります(この区間は別に手配)。`);
      }
      out.push({
        code: "segment.blocksAward",
        en: en.join(" "),
        ja: ja.join(""),
        segmentIndex: k,
        detail: { program, award: def.award, rule: reason.rule, currency, replaceCarrier: replaced?.carrier ?? null, replacePrice: replaced?.price ?? null, removePrice: removed },
      });
    }
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Flights that no valid, priced award ticket of any length covers. */
export function cashSegments(run: OptimizeRun): TSuggestion[] {
  return run.table.cash.map((k) => {
    const s: ResolvedSegment = run.journey.segments[k];
    const sn = segmentName(s);
    return {
      code: "segment.noAward" as const,
      en: `${capitalise(sn.en)} is not covered by any stored award of the programs checked, alone or with its neighbours: the plan leaves it out, to be bought with money or miles elsewhere.`,
      ja: `${sn.ja}は、確認したプログラムの登録済み特典(単独でも前後の区間と一緒でも)では発券できません。プランから外しているので、別途手配してください。`,
      segmentIndex: k,
      detail: { carrier: s.carrier?.code ?? null, from: s.from.iata, to: s.to.iata },
    };
  });
}

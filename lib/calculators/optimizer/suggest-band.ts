/**
 * "Just over a band edge": a ticket of the best plan (or one of its segments,
 * on a per-segment chart) whose distance lies a little above the lower edge of
 * its band — within the engine's band-edge warning (rule data, 2%) — with the
 * miles over the edge and what the band below would cost.
 */
import { ticketDate, type CompiledChart, type Warning } from "@/lib/calculators/awards";
import { renderCoded } from "@/lib/i18n/award-messages";
import type { OptimizeRun } from "./run";
import type { TSuggestion } from "./schema";

function compiledChart(run: OptimizeRun, key: string, day: number): CompiledChart | null {
  for (const versions of run.journey.p.charts.values()) {
    for (const c of versions) if (c.meta.key === key && c.fromDay <= day && day < c.toDay) return c;
  }
  return null;
}

/** The price of the band ending at `edge` (a general row, or a derived cabin from its base). */
function priceBelow(chart: CompiledChart, edge: number, cabin: string, season: string | null, multipliers: Record<string, number> | undefined, baseCabin: string): number | null {
  const rowPrice = (c: string) => chart.rows.find((r) => r.cabin === c && r.maxMiles === edge && !r.region && (r.season === "any" || r.season === season))?.price;
  const direct = rowPrice(cabin);
  if (direct !== undefined) return direct;
  const mult = multipliers?.[cabin];
  const base = mult === undefined ? undefined : rowPrice(baseCabin);
  // Named rounding as the engine's derived prices (pricing.ts roundPoints).
  return base === undefined || mult === undefined ? null : Math.round(base * mult);
}

export function bandEdges(run: OptimizeRun): TSuggestion[] {
  const out: TSuggestion[] = [];
  if (!run.best) return out;
  run.best.tickets.forEach((c, t) => {
    const { quote: q, tq } = run.details.get(c);
    const { day } = ticketDate(run.journey, c.first);
    const multipliers = tq.rules.cabinNumbers("cabinMultipliers") as Record<string, number> | undefined;
    const baseCabin = tq.rules.str("multiplierBaseCabin") ?? "economy";
    for (const w of q.warnings as Warning[]) {
      if (w.code !== "chart.bandEdge" || w.edgeMiles === undefined) continue;
      const perSegment = w.segmentIndex !== undefined && q.segmentPrices !== null;
      const sp = perSegment ? q.segmentPrices!.find((x) => x.segmentIndex === w.segmentIndex) : undefined;
      const miles = sp ? sp.miles : q.totalMiles;
      if (w.edgeMiles >= miles) continue; // under an upper edge: nothing to save
      const chartKey = sp ? sp.chart : q.chart?.key;
      const chart = chartKey ? compiledChart(run, chartKey, day) : null;
      if (!chart) continue;
      const over = miles - w.edgeMiles;
      const cabin = sp ? run.journey.segments[w.segmentIndex!].cabin : q.cabin;
      const below = cabin ? priceBelow(chart, w.edgeMiles, cabin, q.season, multipliers, baseCabin) : null;
      // On a per-segment chart the ticket saves the difference on that segment only.
      const newPrice = below === null ? null : sp ? c.price - (sp.price ?? 0) + below : below;
      const seg = sp ? run.journey.segments[w.segmentIndex!] : null;
      const pts = (amount: number) => ({ amount, program: c.program, currency: c.currency });
      const m = {
        code: "suggestion.overEdge",
        params: {
          ticket: { n: t + 1, awardName: `${c.program}.${c.award}` },
          scope: seg ? "segment" : "trip",
          flight: seg ? { segment: seg.index + 1, from: seg.from.iata, to: seg.to.iata, carrier: seg.carrier?.code ?? "?", surface: seg.surface } : null,
          miles,
          over,
          edge: w.edgeMiles,
          chart: chart.meta.name,
          chartJa: chart.meta.nameJa,
          cheaper: newPrice !== null && newPrice < c.price,
          points: pts(c.price),
          newPoints: newPrice === null ? null : pts(newPrice),
        },
      };
      const s: TSuggestion = {
        code: "band.overEdge",
        en: renderCoded(m, "en"),
        ja: renderCoded(m, "ja"),
        detail: { ticket: t + 1, program: c.program, award: c.award, miles, edgeMiles: w.edgeMiles, milesOver: over, price: c.price, priceBelow: newPrice, currency: c.currency, chart: chart.meta.key },
      };
      if (w.segmentIndex !== undefined) s.segmentIndex = w.segmentIndex;
      out.push(s);
    }
  });
  return out;
}

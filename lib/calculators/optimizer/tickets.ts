/**
 * A plan as the API returns it: each ticket quoted again in full (chart with
 * its source and date, stops as its program sees them, rule usage, warnings),
 * totals per currency (never added across currencies) and the value in cents.
 */
import { awardDef, openTicket, quoteTicket, ticketUsage, type AwardQuote, type Journey, type TicketQuote, type TicketUsage } from "@/lib/calculators/awards";
import { renderWarning } from "@/lib/i18n/award-messages";
import type { Candidate } from "./costs";
import type { Plan } from "./plan";
import type { TOptimizedTicket } from "./schema";
import { UNITS_PER_CENT, unitsToCents } from "./valuations";

export interface DetailedTicket {
  candidate: Candidate;
  out: TOptimizedTicket;
  quote: AwardQuote;
  tq: TicketQuote;
  usage: TicketUsage;
}

export interface PlanOut {
  tickets: TOptimizedTicket[];
  total: { currency: string; price: number }[];
  totalCents: number | null;
  valueUsd: number | null;
  cashSegments: number[];
}

/** Quotes each distinct ticket once, however many plans it appears in. */
export class TicketDetails {
  private readonly memo = new Map<string, DetailedTicket>();
  constructor(private readonly journey: Journey) {}

  get(c: Candidate): DetailedTicket {
    const key = `${c.first}-${c.last}:${c.program}.${c.award}`;
    let d = this.memo.get(key);
    if (!d) {
      d = this.detail(c);
      this.memo.set(key, d);
    }
    return d;
  }

  private detail(c: Candidate): DetailedTicket {
    const def = awardDef(c.program, c.award)!;
    const ctx = openTicket(this.journey, c.first, c.last);
    const tq = quoteTicket(ctx, c.program, def, true);
    const q = tq.quote;
    const usage = ticketUsage(ctx, tq);
    const segs = this.journey.segments;
    const out: TOptimizedTicket = {
      segments: Array.from({ length: c.last - c.first + 1 }, (_, k) => c.first + k),
      from: segs[c.first].from.iata,
      to: segs[c.last].to.iata,
      program: c.program,
      award: c.award,
      price: c.price,
      priceKind: q.priceKind,
      priceRange: q.priceRange,
      currency: c.currency,
      cents: unitsToCents(c.cost),
      chart: q.chart,
      charts: q.charts,
      totalMiles: q.totalMiles,
      distanceBasis: q.distanceBasis,
      cabin: q.cabin,
      season: q.season,
      stops: tq.stops.map((s) => ({ index: s.index, airport: s.airport, departsFrom: s.departsFrom, kind: s.kind, hours: s.hours })),
      stopovers: usage.stopovers.places,
      usage: { stopovers: { used: usage.stopovers.used, allowed: usage.stopovers.allowed }, segments: usage.segments },
      // The plan is the boundary of the engine: its few tickets carry their warnings in words.
      warnings: q.warnings.map(renderWarning),
    };
    return { candidate: c, out, quote: q, tq, usage };
  }
}

/** Named rounding: US dollars to the cent, from a value in units. */
export function unitsToUsd(units: number): number {
  return Math.round(units / UNITS_PER_CENT) / 100;
}

export function planOut(plan: Plan | null, details: TicketDetails): PlanOut {
  if (!plan) return { tickets: [], total: [], totalCents: null, valueUsd: null, cashSegments: [] };
  const totals = new Map<string, number>();
  for (const t of plan.tickets) totals.set(t.currency, (totals.get(t.currency) ?? 0) + t.price);
  return {
    tickets: plan.tickets.map((t) => details.get(t).out),
    total: [...totals].map(([currency, price]) => ({ currency, price })),
    totalCents: unitsToCents(plan.cost),
    valueUsd: unitsToUsd(plan.cost),
    cashSegments: plan.cash,
  };
}

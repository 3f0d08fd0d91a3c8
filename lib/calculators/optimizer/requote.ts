/**
 * "What if" quotes for the suggestions: a ticket's segments changed a little
 * (a later departure, a segment removed, another carrier), quoted as one
 * ticket under one award type exactly as the optimizer quotes tickets.
 */
import {
  awardDef,
  ItineraryError,
  openTicket,
  quoteTicket,
  resolveJourney,
  type AwardType,
  type PreparedAwardData,
  type ProgramCode,
  type QuoteSegmentInput,
  type TicketQuote,
} from "@/lib/calculators/awards";
import type { OptimizeRun } from "./run";

/** The request's segments first..last (inclusive), unchanged. */
export function requestSlice(run: OptimizeRun, first: number, last: number): QuoteSegmentInput[] {
  return run.request.segments.slice(first, last + 1).map((s) => ({ ...s }));
}

/** Quotes `segments` as one ticket under program/award, or null if they cannot be resolved. */
export function quoteAsOneTicket(run: OptimizeRun, segments: QuoteSegmentInput[], program: ProgramCode, award: AwardType): TicketQuote | null {
  const def = awardDef(program, award);
  if (!def || !segments.length) return null;
  try {
    const p: PreparedAwardData = run.journey.p;
    const journey = resolveJourney({ segments, programs: [program], asOf: run.request.asOf, season: run.request.season }, p);
    return quoteTicket(openTicket(journey, 0, journey.segments.length - 1), program, def, true);
  } catch (err) {
    if (err instanceof ItineraryError) return null;
    throw err;
  }
}

/** "YYYY-MM-DDTHH:mm" moved by `minutes` of wall-clock time. */
export function shiftLocal(local: string, minutes: number): string {
  const [date, time] = local.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm) + minutes * 60_000).toISOString().slice(0, 16);
}

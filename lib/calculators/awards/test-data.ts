/**
 * Test support: the engine's data as production builds it, from the seed file
 * (charts, rules, mileages) plus the small airport and airline fixtures.
 */
import { awardSeed } from "@/lib/data/seed/awards";
import { fixtureAirlines, fixtureAirports } from "./fixtures";
import type { AwardData, QuoteSegmentInput } from "./types";

export const seedData: AwardData = {
  airports: fixtureAirports,
  airlines: fixtureAirlines,
  ...awardSeed,
};

/** Shorthand segment: seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10", "business"). */
export function seg(
  from: string,
  to: string,
  carrier: string | undefined,
  departs: string,
  arrives: string,
  cabin: QuoteSegmentInput["cabin"] = "economy",
  extra: Partial<QuoteSegmentInput> = {},
): QuoteSegmentInput {
  return { from, to, carrier, cabin, departs, arrives, ...extra };
}

/** Data with some rows replaced (for data-driven rule tests). */
export function withRules(data: AwardData, rules: AwardData["rules"]): AwardData {
  return { ...data, rules };
}

const localFormatters = new Map<string, Intl.DateTimeFormat>();

/** An instant as local "YYYY-MM-DDTHH:mm" in `timeZone` (independent of the engine's own conversion). */
export function toLocal(utc: number, timeZone: string): string {
  let f = localFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    localFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(utc).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export interface TripOptions {
  /** First departure, UTC ISO ("2024-06-01T01:00Z"). */
  start?: string;
  /** Hours on the ground at each stop (default 2). */
  stays?: number[];
  /** Cabin of every segment, or one per segment. */
  cabin?: QuoteSegmentInput["cabin"] | QuoteSegmentInput["cabin"][];
  /** Index of the segment flagged `turnaround`. */
  turnaround?: number;
}

type Located = { lat: number; lon: number; timeZone: string };

/**
 * Builds segments from "NRT-HEL/AY HEL-LHR/BA" ("LHR-MAN/~" = surface sector) on the
 * airports `lookup` knows, with real local times: flight time ~ 1 h + miles / 500, stays
 * as given. `trip` (fixture airports) and `tripOn` (production airports) are this.
 */
export function tripWith(lookup: (code: string) => Located | undefined, defaultStart: string, spec: string, opts: TripOptions = {}): QuoteSegmentInput[] {
  let t = Date.parse(opts.start ?? defaultStart);
  return spec
    .trim()
    .split(/\s+/)
    .map((leg, i) => {
      const [route, carrier] = leg.split("/");
      const [from, to] = route.split("-");
      const a = lookup(from);
      const b = lookup(to);
      if (!a || !b) throw new Error(`airport missing in ${leg}`);
      if (i > 0) t += (opts.stays?.[i - 1] ?? 2) * 3_600_000;
      // Longitude difference the short way round (HNL-HND crosses the date line: 108 degrees, not 297).
      const dLon = Math.abs(a.lon - b.lon);
      const hours = 1 + (Math.hypot(a.lat - b.lat, Math.min(dLon, 360 - dLon)) * 60) / 500;
      const departs = toLocal(t, a.timeZone);
      t += Math.round(hours * 60) * 60_000;
      const arrives = toLocal(t, b.timeZone);
      const cabin = Array.isArray(opts.cabin) ? opts.cabin[i] : (opts.cabin ?? "economy");
      const s: QuoteSegmentInput = carrier === "~" ? { from, to, departs, arrives, surface: true } : { from, to, carrier, cabin, departs, arrives };
      if (opts.turnaround === i) s.turnaround = true;
      return s;
    });
}

/** `tripWith` on the fixture airports, first departure 2024-06-01 by default. */
export function trip(spec: string, opts: TripOptions = {}): QuoteSegmentInput[] {
  return tripWith((code) => fixtureAirports[code], "2024-06-01T01:00Z", spec, opts);
}

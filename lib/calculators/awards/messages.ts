/** Bilingual (English / Japanese) wording shared by the rule checks. */
import type { ResolvedSegment, Stop, Violation, Warning } from "./types";

export function segEn(s: ResolvedSegment): string {
  return `Segment ${s.index + 1} (${s.from.iata}-${s.to.iata})`;
}

export function segJa(s: ResolvedSegment): string {
  return `区間${s.index + 1}(${s.from.iata}-${s.to.iata})`;
}

export function stopEn(s: Stop): string {
  const place = s.openJaw ? `${s.airport}/${s.departsFrom}` : s.airport;
  return `the stop at ${place} (${s.hours} h)`;
}

export function stopJa(s: Stop): string {
  const place = s.openJaw ? `${s.airport}/${s.departsFrom}` : s.airport;
  return `${place}での滞在(${s.hours}時間)`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** 12345 -> "12,345" (toLocaleString costs microseconds per call; this is on the hot path). */
export function fmt(n: number): string {
  const neg = n < 0;
  let s = String(Math.abs(Math.round(n)));
  for (let i = s.length - 3; i > 0; i -= 3) s = `${s.slice(0, i)},${s.slice(i)}`;
  return neg ? `-${s}` : s;
}

/** "1 mile" / "2 miles". */
export function miles(n: number): string {
  return `${fmt(n)} ${n === 1 ? "mile" : "miles"}`;
}

export function violation(
  rule: string,
  message: string,
  messageJa: string,
  where: { segment?: ResolvedSegment; stop?: Stop } = {},
): Violation {
  const v: Violation = { rule, message, messageJa };
  if (where.segment) v.segmentIndex = where.segment.index;
  if (where.stop) v.stopIndex = where.stop.index;
  return v;
}

export function warning(code: string, message: string, messageJa: string): Warning {
  return { code, message, messageJa };
}

const CABIN_JA: Record<string, string> = { economy: "エコノミー", premium: "プレミアムエコノミー", business: "ビジネス", first: "ファースト" };

export function cabinJa(cabin: string): string {
  return CABIN_JA[cabin] ?? cabin;
}

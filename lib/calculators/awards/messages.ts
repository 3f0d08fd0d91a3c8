/**
 * Words for people, as the engine gives them: a stable code with its parameters
 * (plain JSON: numbers, IATA codes, cabin keys, ISO dates). The sentences live in
 * messages/{en,ja}/award-rules.json and are rendered at the boundary by
 * lib/i18n/award-messages.ts; nothing here builds a sentence.
 */
import type { Coded, MessageParams, ResolvedSegment, Stop, Violation, Warning } from "./types";

/**
 * A segment as messages name it, `{ segment, from, to }` (its number, 1-based, and its
 * airports), followed by `more`. Copied in, not spread: violations are built in the checks'
 * loops, and spreading cost more there than the checks themselves.
 */
export function segmentParams(s: ResolvedSegment, more?: MessageParams): MessageParams {
  const params: MessageParams = { segment: s.index + 1, from: s.from.iata, to: s.to.iata };
  return more ? withWho(params, more) : params;
}

/** A stop as messages name it ("the stop at HEL (48 h)"); an open jaw names both airports. */
export function stopItem(s: Stop): MessageParams {
  return { kind: "stop", place: s.openJaw ? `${s.airport}/${s.departsFrom}` : s.airport, hours: s.hours };
}

/** A surface sector between two airports ("the surface sector LHR/LGW"). */
export function surfaceItem(from: string, to: string, separator: "/" | "-"): MessageParams {
  return { kind: "surface", place: `${from}${separator}${to}` };
}

export function coded(code: string, params: MessageParams = {}): Coded {
  return { code, params };
}

export function violation(
  rule: string,
  code: string,
  params: MessageParams,
  where: { segment?: ResolvedSegment; stop?: Stop } = {},
): Violation {
  const v: Violation = { rule, code, params };
  if (where.segment) v.segmentIndex = where.segment.index;
  if (where.stop) v.stopIndex = where.stop.index;
  return v;
}

/**
 * `params` with `who`'s fields (the award's names, or any further ones) added after its
 * own: the same object as `{ ...params, ...who }`, without a spread (slow in the checks' loops).
 */
export function withWho(params: MessageParams, who: MessageParams): MessageParams {
  for (const k in who) params[k] = who[k]!;
  return params;
}

export function warning(code: string, params: MessageParams = {}): Warning {
  return { code, params };
}

/** Same code and the same parameters (shallow: the basis of a chart cell). */
export function sameCoded(a: Coded, b: Coded): boolean {
  if (a.code !== b.code) return false;
  const ka = Object.keys(a.params);
  if (ka.length !== Object.keys(b.params).length) return false;
  return ka.every((k) => a.params[k] === b.params[k]);
}

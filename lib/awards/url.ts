/**
 * The /awards page's address: the whole itinerary in four readable query
 * parameters, so a plan can be bookmarked, shared and reopened exactly.
 *
 *   s       segments joined by "~", each  FROM-TO.CARRIER.CABIN.DEPARTS.ARRIVES[.FLAGS]
 *             NRT-HEL.AY.business.2024-06-01T10:25.2024-06-01T15:10
 *           CARRIER and CABIN are empty on a surface sector (LHR-MAN...2024-06-05T09:00.2024-06-05T12:00.s);
 *           FLAGS: "s" surface sector, "t" the turnaround (this segment reaches the far point)
 *   p       programs, comma separated (JAL,BA,AS,CX); absent = every program
 *   asOf    YYYY-MM-DD, the booking date whose charts apply (absent = today)
 *   season  offpeak | peak (BA; absent = the rule data's default)
 *   view    optimize (absent = check) and v, the user's point valuations: see view-url.ts
 *
 * Times are local wall-clock times at the airport, exactly as the API takes them.
 * A character outside a field's plain set (letters and digits; also ":" and "-" in
 * times) is %-escaped, so any draft, even a half-typed one, survives a round trip.
 * Pure and total: hostile input gives issues, never an exception.
 */

/** Bounds on what the address may carry (a legitimate 16-segment plan is about 910 characters of `s`). */
export const URL_LIMITS = {
  maxSegments: 16,
  maxSegmentsParam: 1500,
  maxProgramsParam: 100,
  maxPrograms: 8,
  maxOtherParam: 40,
} as const;

export interface SegmentDraft {
  from: string;
  to: string;
  carrier: string;
  cabin: string;
  departs: string;
  arrives: string;
  surface: boolean;
  turnaround: boolean;
}

/** What the editor holds: strings as typed (validated later by ZQuoteRequest). */
export interface ItineraryDraft {
  segments: SegmentDraft[];
  /** null = every program (no `p` in the address). */
  programs: string[] | null;
  asOf: string;
  season: string;
}

export type UrlIssueCode = "url.tooLong" | "url.tooManySegments" | "url.segmentShape" | "url.badEscape" | "url.unknownFlag" | "url.tooManyPrograms";

export interface UrlIssue {
  path: string;
  code: UrlIssueCode;
  message: string;
}

export type Query = URLSearchParams | Record<string, string | string[] | undefined>;

export const EMPTY_SEGMENT: SegmentDraft = { from: "", to: "", carrier: "", cabin: "", departs: "", arrives: "", surface: false, turnaround: false };

// ---------------------------------------------------------------- escaping

const PLAIN_CODE = /^[A-Za-z0-9]$/;
const PLAIN_TIME = /^[A-Za-z0-9:-]$/;

const utf8 = new TextEncoder();
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** %-escape every character outside `plain` (UTF-8 bytes, like encodeURIComponent, but also - . ~ etc.). */
export function escapeField(value: string, plain: RegExp): string {
  let out = "";
  // Lone surrogates cannot be encoded as UTF-8: they become U+FFFD (as String#toWellFormed does).
  for (const ch of value.replace(LONE_SURROGATE, "\ufffd")) {
    if (plain.test(ch)) out += ch;
    else for (const byte of utf8.encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

export function unescapeField(field: string): string | null {
  if (!field.includes("%")) return field;
  try {
    return decodeURIComponent(field);
  } catch {
    return null;
  }
}

/** Query-level encoding that keeps the separators readable (RFC 3986 allows them in a query). */
export function encodeQueryValue(value: string): string {
  return value.replace(/[^A-Za-z0-9\-._~:,]/gu, (c) => encodeURIComponent(c));
}

// ---------------------------------------------------------------- serialize

function encodeSegment(s: SegmentDraft): string {
  const flags = `${s.surface ? "s" : ""}${s.turnaround ? "t" : ""}`;
  const fields = [
    `${escapeField(s.from, PLAIN_CODE)}-${escapeField(s.to, PLAIN_CODE)}`,
    escapeField(s.carrier, PLAIN_CODE),
    escapeField(s.cabin, PLAIN_CODE),
    escapeField(s.departs, PLAIN_TIME),
    escapeField(s.arrives, PLAIN_TIME),
  ];
  if (flags) fields.push(flags);
  return fields.join(".");
}

/** The query string (without "?") for a draft; parseItineraryQuery reads it back exactly. */
export function serializeItinerary(draft: ItineraryDraft): string {
  const parts: string[] = [];
  if (draft.segments.length) parts.push(`s=${encodeQueryValue(draft.segments.map(encodeSegment).join("~"))}`);
  if (draft.programs) parts.push(`p=${encodeQueryValue(draft.programs.map((p) => escapeField(p, PLAIN_CODE)).join(","))}`);
  if (draft.asOf) parts.push(`asOf=${encodeQueryValue(escapeField(draft.asOf, PLAIN_TIME))}`);
  if (draft.season) parts.push(`season=${encodeQueryValue(escapeField(draft.season, PLAIN_CODE))}`);
  return parts.join("&");
}

// ---------------------------------------------------------------- parse

export function firstValue(query: Query, key: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(key) ?? undefined;
  if (!Object.prototype.hasOwnProperty.call(query, key)) return undefined;
  const v: unknown = query[key];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" ? first : undefined;
}

function decodeSegment(text: string, i: number, issues: UrlIssue[]): SegmentDraft {
  const seg: SegmentDraft = { ...EMPTY_SEGMENT };
  const path = `segments.${i}`;
  const shape = () => issues.push({ path, code: "url.segmentShape", message: `Segment ${i + 1} in the address is not FROM-TO.CARRIER.CABIN.DEPARTS.ARRIVES.` });
  const fields = text.split(".");
  if (fields.length < 5 || fields.length > 6) shape();
  const route = (fields[0] ?? "").split("-");
  if (route.length !== 2) shape();
  let badEscape = false;
  const read = (field: string | undefined) => {
    const v = unescapeField(field ?? "");
    if (v === null) badEscape = true;
    return v ?? field ?? "";
  };
  seg.from = read(route[0]);
  seg.to = read(route.slice(1).join("-"));
  seg.carrier = read(fields[1]);
  seg.cabin = read(fields[2]);
  seg.departs = read(fields[3]);
  seg.arrives = read(fields[4]);
  if (badEscape) issues.push({ path, code: "url.badEscape", message: `Segment ${i + 1} in the address has a broken %-escape.` });
  const flags = fields.length === 6 ? fields[5] : "";
  for (const f of flags) {
    if (f === "s") seg.surface = true;
    else if (f === "t") seg.turnaround = true;
    else {
      issues.push({ path, code: "url.unknownFlag", message: `Segment ${i + 1} in the address has an unknown flag (use "s" for surface, "t" for turnaround).` });
      break;
    }
  }
  return seg;
}

function readScalar(query: Query, key: "asOf" | "season", issues: UrlIssue[]): string {
  const raw = firstValue(query, key);
  if (raw === undefined) return "";
  if (raw.length > URL_LIMITS.maxOtherParam) {
    issues.push({ path: key, code: "url.tooLong", message: `${key} in the address is too long.` });
    return "";
  }
  const v = unescapeField(raw);
  if (v === null) {
    issues.push({ path: key, code: "url.badEscape", message: `${key} in the address has a broken %-escape.` });
    return raw;
  }
  return v;
}

/**
 * Reads the address (Next's `searchParams` or a URLSearchParams). Returns the draft
 * (what could be read; no segments when `s` is absent) and the address's own issues
 * (paths as in the API: "segments", "segments.2", "programs", "asOf").
 */
export function parseItineraryQuery(query: Query): { draft: ItineraryDraft; issues: UrlIssue[] } {
  const issues: UrlIssue[] = [];
  const draft: ItineraryDraft = { segments: [], programs: null, asOf: "", season: "" };

  const s = firstValue(query, "s");
  if (s !== undefined && s !== "") {
    if (s.length > URL_LIMITS.maxSegmentsParam) {
      issues.push({ path: "segments", code: "url.tooLong", message: `The itinerary in the address is longer than ${URL_LIMITS.maxSegmentsParam} characters.` });
    } else {
      const parts = s.split("~");
      if (parts.length > URL_LIMITS.maxSegments) {
        issues.push({ path: "segments", code: "url.tooManySegments", message: `At most ${URL_LIMITS.maxSegments} segments.` });
      }
      draft.segments = parts.slice(0, URL_LIMITS.maxSegments).map((text, i) => decodeSegment(text, i, issues));
    }
  }

  const p = firstValue(query, "p");
  if (p !== undefined) {
    if (p.length > URL_LIMITS.maxProgramsParam) {
      issues.push({ path: "programs", code: "url.tooLong", message: "The programs in the address are too long." });
    } else {
      const list = p === "" ? [] : p.split(",");
      if (list.length > URL_LIMITS.maxPrograms) issues.push({ path: "programs", code: "url.tooManyPrograms", message: "Too many programs in the address." });
      draft.programs = list.slice(0, URL_LIMITS.maxPrograms).map((x) => {
        const v = unescapeField(x);
        if (v === null) issues.push({ path: "programs", code: "url.badEscape", message: "The programs in the address have a broken %-escape." });
        return v ?? x;
      });
    }
  }

  draft.asOf = readScalar(query, "asOf", issues);
  draft.season = readScalar(query, "season", issues);
  return { draft, issues };
}

// ---------------------------------------------------------------- to and from the API request

/** The API request body for a draft (unvalidated: ZQuoteRequest checks it). */
export function draftToRequest(draft: ItineraryDraft): Record<string, unknown> {
  const req: Record<string, unknown> = {
    segments: draft.segments.map((s) => {
      const out: Record<string, unknown> = { from: s.from, to: s.to };
      // A surface sector has no carrier or cabin (the editor disables both).
      if (s.carrier && !s.surface) out.carrier = s.carrier;
      if (s.cabin && !s.surface) out.cabin = s.cabin;
      out.departs = s.departs;
      out.arrives = s.arrives;
      if (s.surface) out.surface = true;
      if (s.turnaround) out.turnaround = true;
      return out;
    }),
  };
  if (draft.programs) req.programs = draft.programs;
  if (draft.asOf) req.asOf = draft.asOf;
  if (draft.season) req.season = draft.season;
  return req;
}

interface RequestLike {
  segments: readonly { from: string; to: string; carrier?: string; cabin?: string; departs: string; arrives: string; surface?: boolean; turnaround?: boolean }[];
  programs?: readonly string[];
  asOf?: string;
  season?: string;
}

/** The draft for an API request (e.g. the examples), so it can be put in an address. */
export function requestToDraft(req: RequestLike): ItineraryDraft {
  return {
    segments: req.segments.map((s) => ({
      from: s.from,
      to: s.to,
      carrier: s.surface ? "" : s.carrier ?? "",
      cabin: s.surface ? "" : s.cabin ?? "",
      departs: s.departs,
      arrives: s.arrives,
      surface: s.surface === true,
      turnaround: s.turnaround === true,
    })),
    programs: req.programs ? [...req.programs] : null,
    asOf: req.asOf ?? "",
    season: req.season ?? "",
  };
}

/**
 * Types of the award itinerary engine: the data it is given (shaped like the
 * Prisma rows, so rows from the database or the seed file can be passed as is)
 * and the itinerary it works on after resolving airports, times and distances.
 */

export type Cabin = "economy" | "premium" | "business" | "first";
export const CABINS = ["economy", "premium", "business", "first"] as const;
/** Cabin order for "highest cabin prices the trip" (economy lowest). */
export const CABIN_RANK: Record<Cabin, number> = { economy: 0, premium: 1, business: 2, first: 3 };

export type ProgramCode = "JAL" | "BA" | "AS" | "CX";
export const PROGRAMS = ["JAL", "BA", "AS", "CX"] as const;
export type AwardType = "jal" | "partner" | "oneworld" | "perSegment" | "multiCarrier" | "standard";
export type Confidence = "H" | "M" | "L";
/** BA: off-peak / peak; JAL First: low / regular / high. */
export type Season = "offpeak" | "peak" | "low" | "regular" | "high";
export const SEASONS = ["offpeak", "peak", "low", "regular", "high"] as const;
/** How sure a price is (api.md): a published chart cell, derived from published figures, or an estimate with a range. */
export type PriceKind = "chart" | "derived" | "estimate";
export type StopKind = "transfer" | "stopover" | "turnaround" | "openJaw";

/** Prisma gives `Date`; seed files give "YYYY-MM-DD". Both are accepted. */
export type DateInput = Date | string;

// ---------------------------------------------------------------- data in

export interface AirportInput {
  iata: string;
  name: string;
  city: string;
  country: string; // ISO 3166-1 alpha-2
  lat: number;
  lon: number;
  timeZone: string; // IANA
  metroCode?: string | null; // IATA metropolitan city code (TYO, OSA, LON...)
}

export interface AllianceMembershipInput {
  alliance: string; // "oneworld" | "star" | "skyteam"
  role?: string | null; // "member" | "connect"
  joined?: DateInput | null;
  left?: DateInput | null;
}

export interface AirlineInput {
  code: string;
  name: string;
  country?: string | null;
  jalPartner: boolean;
  alliances: AllianceMembershipInput[];
}

export interface AwardChartRowInput {
  zone?: string | null;
  region?: string | null;
  minMiles: number;
  maxMiles: number | null;
  cabin: string;
  season?: string | null; // "any" | one of SEASONS
  price: number;
  /** "chart" (default), "derived" or "estimate"; an estimate's range is priceMin..priceMax and `price` its middle. */
  kind?: string | null;
  priceMin?: number | null;
  priceMax?: number | null;
  /** Basis of a derived or estimated cell: JSON `{ "code": ..., params }` rendered by `basisMessage`. */
  note?: string | null;
}

/** One version of one chart: Prisma `AwardChart` with its `rows`. */
export interface AwardChartInput {
  key: string;
  program: string;
  award: string;
  variant?: string | null;
  name: string;
  nameJa?: string | null;
  basis: string; // "total" | "segment"
  effectiveFrom: DateInput;
  effectiveTo?: DateInput | null;
  source: string;
  confidence: string;
  notes?: string | null;
  status?: string | null;
  rows: AwardChartRowInput[];
}

/** Prisma `AwardRule`: `value` is JSON text. */
export interface AwardRuleInput {
  program: string;
  award: string;
  key: string;
  value: string;
  effectiveFrom: DateInput;
  effectiveTo?: DateInput | null;
  source: string;
  confidence: string;
  notes?: string | null;
}

/** Prisma `SectorMileage` (published TPM between cities or airports). */
export interface SectorMileageInput {
  program: string;
  fromCode: string;
  toCode: string;
  miles: number;
  effectiveFrom: DateInput;
  source: string;
  confidence: string;
}

/** Prisma `RouteOverride` (a program prices a route off its distance). */
export interface RouteOverrideInput extends SectorMileageInput {
  note?: string | null;
}

export interface ProgramInput {
  code: string;
  name: string;
  nameJa: string;
  currency: string;
}

export interface AwardData {
  airports: Record<string, AirportInput> | Map<string, AirportInput>;
  airlines: Record<string, AirlineInput> | Map<string, AirlineInput>;
  programs: ProgramInput[];
  charts: AwardChartInput[];
  rules: AwardRuleInput[];
  sectorMileages: SectorMileageInput[];
  routeOverrides: RouteOverrideInput[];
  /** Optional cents per point by currency ("JAL miles": 1.4): ranks `best` across currencies. */
  valuations?: { currency: string; centsPerPoint: number }[];
}

// ---------------------------------------------------------------- request

export interface QuoteSegmentInput {
  from: string;
  to: string;
  carrier?: string;
  cabin?: Cabin;
  departs: string; // YYYY-MM-DDTHH:mm local to `from`
  arrives: string; // YYYY-MM-DDTHH:mm local to `to`
  surface?: boolean;
  turnaround?: boolean;
}

export interface QuoteRequestInput {
  segments: QuoteSegmentInput[];
  programs?: ProgramCode[];
  asOf?: string;
  season?: Season;
}

// ---------------------------------------------------------------- resolved

export interface ResolvedSegment {
  index: number;
  from: AirportInput;
  to: AirportInput;
  carrier: AirlineInput | null; // null for surface sectors
  cabin: Cabin;
  surface: boolean;
  turnaround: boolean;
  departs: string;
  arrives: string;
  departsUtc: number; // ms since epoch
  arrivesUtc: number;
  departsDay: number; // local departure date as UTC-midnight ms (for alliance dates)
  distanceMiles: number; // WGS84, rounded to whole miles
  tpmMiles: number | null;
}

export interface Stop {
  /** The stop lies between segment `index` and segment `index + 1`. */
  index: number;
  airport: string; // arrival airport
  departsFrom: string; // next departure airport (differs on an open jaw)
  city: string; // the point as the program sees it (airport or metro code)
  departsFromCity: string; // the next departure as the program sees it
  country: string;
  kind: StopKind;
  minutes: number;
  hours: number; // minutes / 60, rounded to 2 decimals
  openJaw: boolean; // arrival and next departure are different points
  surface: boolean; // next to a surface segment
}

/** Rendered words: English with its Japanese twin (api.md "Messages"). */
export interface Message {
  message: string;
  messageJa: string;
}

/** A parameter of a message: plain JSON (numbers, IATA codes, cabin keys, ISO dates, lists). */
export type MessageParam = string | number | boolean | null | readonly MessageParam[] | { readonly [key: string]: MessageParam };
export type MessageParams = { [key: string]: MessageParam };

/** Words for people as a stable code and its parameters; lib/i18n/award-messages.ts renders them. */
export interface Coded {
  code: string;
  params: MessageParams;
}

export interface Violation extends Coded {
  /** The rule broken (stable, e.g. partner.maxSegments); `code` names the words. */
  rule: string;
  segmentIndex?: number;
  stopIndex?: number;
}

export interface Warning extends Coded {
  segmentIndex?: number;
  /** Band-edge warnings: the edge (miles) and how far the trip is from it. */
  edgeMiles?: number;
  milesToEdge?: number;
}

export interface ChartMeta {
  key: string;
  name: string;
  nameJa: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  confidence: string;
  notes: string | null;
}

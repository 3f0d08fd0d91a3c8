/**
 * zod schemas of POST /api/v1/awards/quote (api.md), shared by the form, the
 * route handler, the embed and the OpenAPI document. Checks that need the
 * airport and airline data (unknown codes, arrival before departure in real
 * time) live in `validateItinerary`.
 */
import * as z from "zod";
import { isLocalDateTime, parseLocalAsUtc } from "./time";
import { CABINS, PROGRAMS, SEASONS } from "./types";

const LOCAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const HOUR = 3_600_000;

export const ZIataAirport = z
  .string()
  .trim()
  .toUpperCase()
  .max(3, "Use a 3-letter IATA airport code.")
  .regex(/^[A-Z]{3}$/, "Use a 3-letter IATA airport code.")
  .meta({ description: "IATA airport code (3 letters, case-insensitive)", example: "NRT" });

export const ZIataAirline = z
  .string()
  .trim()
  .toUpperCase()
  .max(2, "Use a 2-character IATA airline code.")
  .regex(/^[A-Z0-9]{2}$/, "Use a 2-character IATA airline code.")
  .meta({ description: "IATA code of the operating airline (2 characters, case-insensitive)", example: "AY" });

export const ZCabin = z.enum(CABINS).meta({ description: "Cabin flown on the segment" });

export const ZLocalDateTime = z
  .string()
  .trim()
  .max(16, "Use YYYY-MM-DDTHH:mm.")
  .regex(LOCAL_RE, "Use a local time YYYY-MM-DDTHH:mm with no offset.")
  .refine(isLocalDateTime, "Not a real calendar date and time.")
  .meta({ description: "Local wall-clock time at the airport, YYYY-MM-DDTHH:mm, no offset", example: "2024-06-01T10:25" });

export const ZQuoteSegment = z
  .object({
    from: ZIataAirport,
    to: ZIataAirport,
    carrier: ZIataAirline.optional().meta({ description: "Operating airline; optional only on a surface sector" }),
    cabin: ZCabin.optional().meta({ description: "Cabin; optional only on a surface sector" }),
    departs: ZLocalDateTime.meta({ description: "Local departure time at `from`" }),
    arrives: ZLocalDateTime.meta({ description: "Local arrival time at `to`" }),
    surface: z.boolean().optional().meta({ description: "A stretch travelled by land (no carrier)" }),
    turnaround: z.boolean().optional().meta({ description: "This segment arrives at the destination of a round trip" }),
  })
  .meta({ description: "One flight (or surface sector) of the itinerary" });

export const ZQuoteRequest = z
  .object({
    segments: z.array(ZQuoteSegment).min(1, "Give at least one segment.").max(16, "At most 16 segments.").meta({ description: "The itinerary in order (1 to 16 segments)" }),
    programs: z.array(z.enum(PROGRAMS)).max(4, "At most 4 programs.").optional().meta({ description: "Programs to check (default: all)" }),
    asOf: z.iso.date("Use a real date YYYY-MM-DD.").max(10).optional().meta({
      description:
        "Booking date: the day the ticket would be issued (default: today). Selects the charts and rules in force on that day, whatever the travel dates (BA repriced tickets issued from 2025-12-15, JAL its own awards from 2025-06-10). Seasons follow each segment's local departure date where a season calendar is stored; otherwise every season's price is listed in `seasons`.",
    }),
    season: z.enum(SEASONS).optional().meta({ description: "Price one season only (BA offpeak/peak, JAL First low/regular/high); default: the award's default season, with every season listed in `seasons` where no calendar decides" }),
  })
  .superRefine((req, ctx) => {
    const segs = req.segments;
    let turnarounds = 0;
    segs.forEach((s, i) => {
      const surface = s.surface === true;
      if (!surface && !s.carrier) ctx.addIssue({ code: "custom", path: ["segments", i, "carrier"], message: "A flight needs its operating carrier (only a surface sector may omit it)." });
      if (!surface && !s.cabin) ctx.addIssue({ code: "custom", path: ["segments", i, "cabin"], message: "A flight needs its cabin." });
      if (s.from === s.to) ctx.addIssue({ code: "custom", path: ["segments", i, "to"], message: "A segment must end at another airport than it starts from." });
      if (surface && (i === 0 || i === segs.length - 1)) ctx.addIssue({ code: "custom", path: ["segments", i, "surface"], message: "A surface sector must lie between two flights." });
      if (s.turnaround) {
        turnarounds++;
        if (turnarounds > 1) ctx.addIssue({ code: "custom", path: ["segments", i, "turnaround"], message: "Only one segment may be marked as the turnaround." });
        if (i === segs.length - 1) ctx.addIssue({ code: "custom", path: ["segments", i, "turnaround"], message: "The turnaround is the far point of a round trip, not its last arrival." });
      }
      // Without time zones only a gross check is possible: local times differ by
      // at most 26 h, and no flight lasts a day, so a flight arriving more than
      // 27 h (wall time) before it departs or 48 h after is a typing error.
      const dep = parseLocalAsUtc(s.departs);
      const arr = parseLocalAsUtc(s.arrives);
      if (!surface && !Number.isNaN(dep) && !Number.isNaN(arr) && (arr - dep < -27 * HOUR || arr - dep > 48 * HOUR)) {
        ctx.addIssue({ code: "custom", path: ["segments", i, "arrives"], message: "The arrival is too far from the departure for one flight; check the dates." });
      }
    });
    if (req.programs && new Set(req.programs).size !== req.programs.length) {
      ctx.addIssue({ code: "custom", path: ["programs"], message: "List each program once." });
    }
  })
  .meta({ description: "POST /api/v1/awards/quote request" });

export type TQuoteRequest = z.infer<typeof ZQuoteRequest>;

// ---------------------------------------------------------------- response

const ZText = z.string().max(2000);
const ZMessage = { message: ZText, messageJa: ZText };
const ZParams = z.record(z.string().max(40), z.unknown()).meta({ description: "The values the words are made from (numbers, IATA codes, cabin keys, ISO dates)" });
const ZCode = z.string().max(80).meta({ description: "Stable code of the words (messages/*/award-rules.json)" });

export const ZCoded = z.object({ code: ZCode, params: ZParams });

export const ZViolation = z.object({
  rule: z.string().max(80).meta({ description: "Stable rule code, e.g. partner.maxSegments" }),
  code: ZCode,
  params: ZParams,
  ...ZMessage,
  segmentIndex: z.number().int().min(0).max(15).optional(),
  stopIndex: z.number().int().min(0).max(15).optional(),
});

export const ZWarning = z.object({
  code: z.string().max(80),
  params: ZParams,
  ...ZMessage,
  segmentIndex: z.number().int().min(0).max(15).optional(),
  edgeMiles: z.number().int().min(0).max(100_000).optional(),
  milesToEdge: z.number().int().min(0).max(100_000).optional(),
});

export const ZChartMeta = z.object({
  key: z.string().max(100),
  name: z.string().max(200),
  nameJa: z.string().max(200),
  effectiveFrom: z.string().max(10),
  effectiveTo: z.string().max(10).nullable(),
  source: z.string().max(1000),
  confidence: z.string().max(1),
  notes: z.string().max(4000).nullable(),
});

export const ZStop = z.object({
  index: z.number().int().min(0).max(15),
  airport: z.string().max(3),
  departsFrom: z.string().max(3),
  city: z.string().max(8),
  departsFromCity: z.string().max(8),
  country: z.string().max(2),
  kind: z.enum(["transfer", "stopover", "turnaround", "openJaw"]),
  minutes: z.number().int().min(-100_000).max(10_000_000),
  hours: z.number().meta({ description: "Real elapsed hours, 2 decimals" }),
  openJaw: z.boolean(),
  surface: z.boolean(),
});

export const ZQuote = z.object({
  program: z.enum(PROGRAMS),
  award: z.enum(["jal", "partner", "oneworld", "perSegment", "multiCarrier", "standard"]),
  valid: z.boolean(),
  violations: z.array(ZViolation).max(200),
  warnings: z.array(ZWarning).max(200),
  price: z.number().int().min(0).max(10_000_000).nullable(),
  currency: z.string().max(40),
  totalMiles: z.number().int().min(0).max(1_000_000),
  distanceBasis: z.string().max(40),
  cabin: ZCabin.nullable(),
  season: z.enum(SEASONS).nullable(),
  priceKind: z.enum(["chart", "derived", "estimate"]).nullable().meta({ description: "chart: a published chart cell; derived: computed from published figures; estimate: no published figure (see priceRange)" }),
  priceRange: z.object({ min: z.number().int(), max: z.number().int() }).nullable().meta({ description: "An estimate's honest range; `price` is its middle" }),
  confidence: z.enum(["H", "M", "L"]).nullable(),
  seasons: z
    .array(z.object({ season: z.enum(SEASONS), price: z.number().int(), priceRange: z.object({ min: z.number().int(), max: z.number().int() }).nullable() }))
    .max(5)
    .nullable()
    .meta({ description: "Every season's price where the season calendar is not stored" }),
  cash: z.array(z.object({ amount: z.number(), currency: z.string().max(3), what: z.string().max(40) })).max(4).meta({ description: "A published cash part (e.g. a partner booking fee); taxes and carrier charges are not stored" }),
  chart: ZChartMeta.nullable(),
  charts: z.array(ZChartMeta).max(16),
  segmentPrices: z
    .array(z.object({ segmentIndex: z.number().int().min(0).max(15), miles: z.number().int().min(0).max(100_000), zone: z.string().max(20).nullable(), chart: z.string().max(100).nullable(), price: z.number().int().min(0).nullable(), season: z.enum(SEASONS).nullable(), priceKind: z.enum(["chart", "derived", "estimate"]).nullable() }))
    .max(16)
    .nullable(),
  note: ZText.nullable(),
  noteJa: ZText.nullable(),
  notes: z.array(ZCoded).max(40).meta({ description: "What `note` says, as stable codes with their values" }),
  pointLevel: z.enum(["airport", "city"]),
  stops: z.array(ZStop).max(15).nullable(),
  rules: z.array(z.object({ key: z.string().max(100), value: z.unknown(), source: z.string().max(1000), confidence: z.string().max(1), notes: z.string().max(4000).nullable() })).max(100),
});

export const ZQuoteResponse = z
  .object({
    asOf: z.string().max(10),
    segments: z
      .array(
        z.object({
          from: z.string().max(3),
          to: z.string().max(3),
          carrier: z.string().max(2).nullable(),
          cabin: ZCabin.nullable(),
          departs: z.string().max(16),
          arrives: z.string().max(16),
          surface: z.boolean(),
          distanceMiles: z.number().int().min(0).max(13_000).meta({ description: "Geodesic distance on the WGS84 ellipsoid, whole statute miles" }),
          tpmMiles: z.number().int().min(0).max(13_000).nullable().meta({ description: "Published sector mileage (TPM) when known" }),
        }),
      )
      .max(16),
    stops: z.array(ZStop).max(15),
    totalMiles: z.number().int().min(0).max(250_000),
    quotes: z.array(ZQuote).max(8),
    best: z
      .object({
        program: z.enum(PROGRAMS),
        award: z.string().max(20),
        price: z.number().int().meta({ description: "An estimate ranks by its price, the middle of its range" }),
        currency: z.string().max(40),
        valueUsd: z.number().nullable(),
        priceKind: z.enum(["chart", "derived", "estimate"]).nullable(),
        estimateDecides: z.boolean().meta({ description: "An estimate could change which quote is cheapest" }),
      })
      .nullable(),
    warnings: z.array(ZWarning).max(100),
  })
  .meta({ description: "POST /api/v1/awards/quote response" });

export type TQuoteResponse = z.infer<typeof ZQuoteResponse>;

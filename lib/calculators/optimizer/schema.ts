/**
 * zod schemas of POST /api/v1/awards/optimize (api.md): the quote request plus
 * optional point valuations; the response with the best plan, alternatives and
 * suggestions. Shared by the route handler, the future /awards view and the
 * OpenAPI document.
 */
import { ZDataAsOf } from "@/lib/calculators/data-age/schema";
import * as z from "zod";
import { ZChartMeta, ZQuoteRequest, ZWarning } from "@/lib/calculators/awards/schema";
import { PROGRAMS, SEASONS } from "@/lib/calculators/awards/types";

export const MAX_VALUATIONS = 10;

export const ZValuations = z
  .record(
    z.string().trim().min(1, "Name the currency, e.g. \"Avios\".").max(40, "A currency name has at most 40 characters."),
    z.number("Give cents per point as a number.").gt(0, "A valuation must be more than 0 cents.").max(100, "A valuation is at most 100 cents per point."),
  )
  .refine((v) => Object.keys(v).length <= MAX_VALUATIONS, `At most ${MAX_VALUATIONS} valuations.`)
  .meta({ description: "Your own value of a point in US cents, by currency (\"JAL miles\", \"Avios\", \"Atmos points\", \"Asia Miles\"); defaults are stored data", example: { "JAL miles": 2.0, Avios: 1.5 } });

export const ZOptimizeRequest = ZQuoteRequest.safeExtend({
  valuations: ZValuations.optional(),
}).meta({ description: "POST /api/v1/awards/optimize request: the /awards/quote request plus optional valuations" });

export type TOptimizeRequest = z.infer<typeof ZOptimizeRequest>;

// ---------------------------------------------------------------- response

const ZText = z.string().max(2000);
const ZProgram = z.enum(PROGRAMS);
const ZAward = z.enum(["jal", "partner", "oneworld", "perSegment", "multiCarrier", "standard"]);
const ZIndex = z.number().int().min(0).max(15);
const ZCents = z.number().min(0).max(1e12).meta({ description: "Value in US cents at the valuations used (2 decimals)" });

export const ZCurrencyTotal = z.object({
  currency: z.string().max(40),
  price: z.number().int().min(0).max(200_000_000),
});

export const ZOptimizedTicket = z.object({
  segments: z.array(ZIndex).min(1).max(16).meta({ description: "Indexes of the journey's segments on this ticket (consecutive)" }),
  from: z.string().max(3),
  to: z.string().max(3),
  program: ZProgram,
  award: ZAward,
  price: z.number().int().min(0).max(10_000_000).meta({ description: "For an estimate, the middle of priceRange (the plan is ranked on it)" }),
  priceKind: z.enum(["chart", "derived", "estimate"]).nullable(),
  priceRange: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  currency: z.string().max(40),
  cents: ZCents,
  chart: ZChartMeta.nullable(),
  charts: z.array(ZChartMeta).max(16),
  totalMiles: z.number().int().min(0).max(250_000),
  distanceBasis: z.string().max(40),
  cabin: z.enum(["economy", "premium", "business", "first"]).nullable(),
  season: z.enum(SEASONS).nullable(),
  stops: z.array(z.object({ index: ZIndex, airport: z.string().max(3), departsFrom: z.string().max(3), kind: z.enum(["transfer", "stopover", "turnaround", "openJaw"]), hours: z.number() })).max(15),
  stopovers: z.array(z.string().max(7)).max(16).meta({ description: "Where this ticket stops over (airports; A/B for an open-jaw surface sector)" }),
  usage: z.object({
    stopovers: z.object({ used: z.number().int().min(0), allowed: z.number().int().min(0).nullable() }),
    segments: z.object({ used: z.number().int().min(0), allowed: z.number().int().min(0).nullable() }),
  }),
  warnings: z.array(ZWarning).max(50),
});

const ZPlanFields = {
  tickets: z.array(ZOptimizedTicket).max(16),
  total: z.array(ZCurrencyTotal).max(8).meta({ description: "Price per currency (currencies are never added together)" }),
  totalCents: ZCents.nullable(),
  valueUsd: z.number().min(0).nullable(),
  cashSegments: z.array(ZIndex).max(16).meta({ description: "Flights no stored award covers: bought with money, outside the plan" }),
};

export const ZAlternative = z.object({
  kind: z.enum(["singleProgram", "singleTicket", "otherFirstTicket"]),
  program: ZProgram.nullable(),
  ...ZPlanFields,
  extraCents: ZCents.meta({ description: "How much more than the best plan, in cents at the valuations used" }),
});

export const ZSuggestion = z.object({
  code: z.enum(["stopover.free", "band.overEdge", "segment.blocksAward", "segment.noAward"]),
  en: ZText,
  ja: ZText,
  segmentIndex: ZIndex.optional(),
  stopIndex: ZIndex.optional(),
  detail: z.record(z.string().max(40), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])),
});

export const ZValuationUsed = z.object({
  currency: z.string().max(40),
  centsPerPoint: z.number(),
  source: z.string().max(1000),
  confidence: z.string().max(1).nullable(),
  effectiveFrom: z.string().max(10).nullable(),
  fromRequest: z.boolean(),
});

export const ZOptimizeResponse = z
  .object({
    asOf: z.string().max(10).nullable().meta({ description: "The request's asOf; null when each ticket uses its own first departure date" }),
    segments: z
      .array(z.object({ index: ZIndex, from: z.string().max(3), to: z.string().max(3), carrier: z.string().max(2).nullable(), cabin: z.string().max(10).nullable(), departs: z.string().max(16), arrives: z.string().max(16), surface: z.boolean(), distanceMiles: z.number().int().min(0) }))
      .max(16),
    ...ZPlanFields,
    alternatives: z.array(ZAlternative).max(8),
    suggestions: z.array(ZSuggestion).max(20),
    valuations: z.array(ZValuationUsed).max(20),
    warnings: z.array(z.object({ code: z.string().max(80), en: ZText, ja: ZText })).max(20),
    stats: z.object({ awardChecks: z.number().int().min(0) }),
    dataAsOf: ZDataAsOf.optional(),
  })
  .meta({ description: "POST /api/v1/awards/optimize response" });

export type TOptimizeResponse = z.infer<typeof ZOptimizeResponse>;
export type TOptimizedTicket = z.infer<typeof ZOptimizedTicket>;
export type TAlternative = z.infer<typeof ZAlternative>;
export type TSuggestion = z.infer<typeof ZSuggestion>;

// Request/response schemas for `POST /api/v1/cards/compare` (api.md), and the
// card definition stored as JSON in CardPreset.data.
import * as z from "zod";
import { ZRequestDate } from "@/lib/calculators/conversions/schema";
import { ZDataAsOf } from "@/lib/calculators/data-age/schema";

const yen = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number of yen.` })
    .int({ error: `${what} must be a whole number of yen.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(max, { error: `${what} must be at most ${max.toLocaleString("en-US")} yen.` });

export const ZFeeRule = z
  .object({
    spendAboveJpy: yen("spendAboveJpy", 1_000_000_000).describe(
      "The rule applies when the yearly spend is strictly above this amount.",
    ),
    annualFeeJpy: yen("annualFeeJpy", 1_000_000).describe("Annual fee when the rule applies."),
  })
  .describe("An annual fee that applies above a yearly spend (e.g. halved above 2,000,000 yen).");
export type TFeeRule = z.infer<typeof ZFeeRule>;

export const ZCardDefinition = z
  .object({
    name: z
      .string({ error: "name must be text." })
      .trim()
      .min(1, { error: "name is required." })
      .max(120, { error: "name must be at most 120 characters." })
      .describe("Card name, shown in the result."),
    nameJa: z.string().trim().max(120, { error: "nameJa must be at most 120 characters." }).optional().describe("Japanese card name."),
    annualFeeJpy: yen("annualFeeJpy", 1_000_000).describe("Annual fee when no fee rule applies."),
    feeRules: z
      .array(ZFeeRule)
      .max(10, { error: "At most 10 fee rules per card." })
      .default([])
      .describe("Fee rules; of those whose threshold the spend exceeds, the highest threshold wins."),
    milesPerJpy: z
      .number({ error: "milesPerJpy must be a number." })
      .min(0, { error: "milesPerJpy cannot be negative." })
      .max(1, { error: "milesPerJpy must be at most 1." })
      .describe("Base JAL miles per yen spent (0.01 = 1 mile per 100 yen)."),
    extraMilesPerJpy: z
      .number({ error: "extraMilesPerJpy must be a number." })
      .min(0, { error: "extraMilesPerJpy cannot be negative." })
      .max(1, { error: "extraMilesPerJpy must be at most 1." })
      .default(0)
      .describe("Extra miles per yen from a paid mileage option (e.g. SAISON MILE CLUB). Default 0."),
    optionFeeJpy: yen("optionFeeJpy", 1_000_000).default(0).describe("Yearly fee of that option. Default 0."),
  })
  .describe("A credit card's yearly fee and JAL-mile earning.");
export type TCardDefinition = z.infer<typeof ZCardDefinition>;
export type TCardDefinitionInput = z.input<typeof ZCardDefinition>;

export const ZCardPresetRef = z
  .object({
    preset: z
      .string({ error: "preset must be text." })
      .trim()
      .toLowerCase()
      .max(60, { error: "preset must be at most 60 characters." })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "preset must be a preset code such as saison-platinum-business-amex." })
      .describe("Code of a stored card preset, e.g. saison-platinum-business-amex."),
  })
  .describe("A stored card preset, by code.");
export type TCardPresetRef = z.infer<typeof ZCardPresetRef>;

const ZCardEntryUnion = z.union([ZCardDefinition, ZCardPresetRef], {
  error: () => 'Each card must be a card definition or { "preset": "<code>" }.',
});

/**
 * A card definition or a preset reference. When both fail, an object's problems are
 * reported as the shape the caller meant (a "preset" key means a reference, anything
 * else a card), each at its own path (cards.0.annualFeeJpy): a plain union falls back
 * to one issue at cards.0 whenever both branches fail hard (a fractional fee, a wrong
 * type, too many fee rules). Done as a refinement that runs only after such a failure
 * (`when`), so types and the JSON Schema stay those of the union.
 */
export const ZCardEntry = ZCardEntryUnion.superRefine(
  (_value, ctx) => {
    const input: unknown = ctx.value;
    const at = ctx.issues.findIndex((iss) => iss.code === "invalid_union");
    if (at < 0 || typeof input !== "object" || input === null || Array.isArray(input)) return;
    const meant = ("preset" in input ? ZCardPresetRef : ZCardDefinition).safeParse(input);
    if (meant.success) return; // cannot happen: the union would have accepted it
    ctx.issues.splice(at, 1, ...(meant.error.issues as typeof ctx.issues));
  },
  { when: (payload) => payload.issues.some((iss) => iss.code === "invalid_union") },
);
export type TCardEntry = z.infer<typeof ZCardEntry>;

export const ZCardsCompareRequest = z
  .object({
    yearlySpendJpy: yen("yearlySpendJpy", 1_000_000_000).describe("Yearly card spending in yen."),
    date: ZRequestDate.optional().describe("Presets use the terms in force on this day (in Japan), YYYY-MM-DD. Default: today in Japan."),
    cards: z
      .array(ZCardEntry)
      .min(1, { error: "Give at least one card." })
      .max(10, { error: "Compare at most 10 cards." })
      .describe("Cards to compare: card definitions or { preset } references."),
  })
  .describe("Compares cards by the JAL miles a yearly spend earns, net of fees.");
export type TCardsCompareRequest = z.infer<typeof ZCardsCompareRequest>;
export type TCardsCompareRequestInput = z.input<typeof ZCardsCompareRequest>;

export const ZCardResult = z.object({
  name: z.string().max(120),
  nameJa: z.string().max(120).optional(),
  preset: z.string().max(60).optional().describe("Preset code when the card came from a preset."),
  cardFeeJpy: z.number().int().min(0).describe("The card's annual fee after fee rules."),
  optionFeeJpy: z.number().int().min(0).describe("The mileage option's yearly fee."),
  feeJpy: z.number().int().min(0).describe("Total yearly cost: card fee + option fee."),
  miles: z.number().int().min(0).describe("JAL miles per year (floored)."),
  returnPercent: z.number().min(0).describe("miles / yearly spend x 100, 2 decimals."),
  costPerMileJpy: z.number().min(0).nullable().describe("feeJpy / miles, 2 decimals; null when no miles."),
});
export type TCardResult = z.infer<typeof ZCardResult>;

export const ZCardsCompareResponse = z.object({
  cards: z.array(ZCardResult).max(10).describe("Best first: most miles, then lowest cost per mile."),
  dataAsOf: ZDataAsOf.optional(),
});
export type TCardsCompareResponse = z.infer<typeof ZCardsCompareResponse>;

// zod schemas of GET /api/v1/safety/airlines and GET /api/v1/safety/airlines/{code}
// (api.md). Query-string values arrive as strings: they are normalised (NFKC, trimmed;
// an empty value counts as absent) and coerced here, with messages a user can act on.

import * as z from "zod";

/** Trimmed NFKC text; "" becomes undefined so `?year=` means "not given". */
function cleanText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.normalize("NFKC").trim();
  return text === "" ? undefined : text;
}

/** A whole number from a number or a digit string ("2024", "２０２４"); anything else fails. */
function queryInt(name: string, min: number, max: number) {
  const whole = `${name} must be a whole number`;
  return z.preprocess(
    (value) => {
      const text = cleanText(value);
      if (typeof text !== "string") return text;
      // Decimal digits only: Number() would also take "0x7E8", "1e3" or " ".
      return /^[+-]?\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
    },
    z
      .number({ error: whole })
      .int({ error: whole })
      .min(min, { error: `${name} must be between ${min} and ${max}` })
      .max(max, { error: `${name} must be between ${min} and ${max}` })
      // Optional inside the preprocess so that an empty value ("?year=") counts as absent.
      .optional(),
  );
}

const lower = (value: unknown) => {
  const text = cleanText(value);
  return typeof text === "string" ? text.toLowerCase() : text;
};

export const ZYear = queryInt("year", 2000, 2100).meta({ description: "Rating year, e.g. 2024. Default: the latest year with data." });

export const ZAllianceFilter = z
  .preprocess(lower, z.enum(["oneworld", "star", "skyteam", "none"], { error: "alliance must be one of oneworld, star, skyteam, none" }).optional())
  .meta({ description: "Only airlines in this alliance in that year; none = in no alliance." });

export const ZLang = z
  .preprocess(lower, z.enum(["ja", "en"], { error: "lang must be ja or en" }).optional())
  .meta({ description: "Language of name and note. Default en." });

export const ZSafetyListRequest = z.object({
  year: ZYear,
  alliance: ZAllianceFilter,
  minStars: queryInt("minStars", 1, 7).meta({ description: "Only rated airlines with at least this many stars (1-7)." }),
  q: z
    .preprocess(cleanText, z.string({ error: "q must be text" }).max(100, { error: "q must be at most 100 characters" }).optional())
    .meta({ description: "Search text matched against airline codes, English and Japanese names and aliases (case-, width- and kana-insensitive)." }),
  lang: ZLang,
});
export type TSafetyListRequest = z.infer<typeof ZSafetyListRequest>;

/** IATA designator (2 letters/digits) or, for airlines without one, the ICAO code (3 letters). */
export const ZAirlineCode = z
  .preprocess(
    (value) => {
      const text = cleanText(value);
      return typeof text === "string" ? text.toUpperCase() : text;
    },
    z
      .string({ error: "code is required" })
      .max(3, { error: "code must be an IATA airline code (2 characters) or an ICAO code (3 letters)", abort: true })
      .regex(/^(?:[A-Z0-9]{2}|[A-Z]{3})$/, { error: "code must be an IATA airline code (2 characters) or an ICAO code (3 letters)" }),
  )
  .meta({ description: "Airline code, case-insensitive: IATA (e.g. JL) or ICAO when the airline has no IATA code (e.g. BWI)." });

export const ZSafetyAirlineRequest = z.object({
  code: ZAirlineCode,
  year: ZYear,
  lang: ZLang,
});
export type TSafetyAirlineRequest = z.infer<typeof ZSafetyAirlineRequest>;

// ---- responses ----

const ZStatus = z.enum(["rated", "unrated", "noData"]).meta({
  description: "rated; unrated (the rater gives no stars, e.g. Russian airlines since 2022); noData (no rating known for that year).",
});

export const ZRatingChange = z
  .object({
    fromYear: z.number().int().min(2000).max(2100),
    fromStatus: z.enum(["rated", "unrated"]),
    fromStars: z.number().int().min(1).max(7).nullable(),
    delta: z.number().int().min(-6).max(6).nullable().meta({ description: "stars - fromStars when both years are rated." }),
  })
  .meta({ description: "Compared with the nearest earlier year that has a rating." });

export const ZSafetyAirlineRating = z.object({
  code: z.string().max(3),
  name: z.string().max(200),
  nameEn: z.string().max(200),
  nameJa: z.string().max(200).nullable(),
  country: z.string().max(2).nullable(),
  alliance: z.enum(["oneworld", "star", "skyteam"]).nullable(),
  allianceRole: z.enum(["member", "connect"]).nullable(),
  status: ZStatus,
  stars: z.number().int().min(1).max(7).nullable(),
  top25: z.boolean(),
  note: z.string().max(1000).nullable(),
  change: ZRatingChange.nullable(),
});

export const ZSafetyListResponse = z.object({
  year: z.number().int().min(2000).max(2100).nullable(),
  airlines: z.array(ZSafetyAirlineRating).max(5000),
});
export type TSafetyListResponse = z.infer<typeof ZSafetyListResponse>;

export const ZSafetyHistoryEntry = z.object({
  year: z.number().int().min(2000).max(2100),
  status: z.enum(["rated", "unrated"]),
  stars: z.number().int().min(1).max(7).nullable(),
  top25: z.boolean(),
});

export const ZSafetyAirlineResponse = ZSafetyAirlineRating.extend({
  year: z.number().int().min(2000).max(2100).nullable(),
  source: z.string().max(1000).nullable(),
  confidence: z.enum(["H", "M", "L"]).nullable(),
  airlineSource: z.string().max(1000),
  history: z.array(ZSafetyHistoryEntry).max(200),
});
export type TSafetyAirlineResponse = z.infer<typeof ZSafetyAirlineResponse>;

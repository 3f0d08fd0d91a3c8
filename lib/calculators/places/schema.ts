import * as z from "zod";

export const ZPlaceSearchRequest = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(60, "q must be at most 60 characters").describe("IATA, ICAO or metro code, city or name (with or without 'airport'), in English or Japanese (kanji, hiragana or katakana); one typo per word is forgiven"),
  limit: z.coerce
    .number({ message: "limit must be a whole number" })
    .int("limit must be a whole number")
    .min(1, "limit must be between 1 and 20")
    .max(20, "limit must be between 1 and 20")
    .default(8)
    .describe("How many results at most"),
});
export type TPlaceSearchRequest = z.infer<typeof ZPlaceSearchRequest>;

export const ZAirportResult = z.object({
  iata: z.string(),
  icao: z.string().nullable().describe("ICAO code (EFHK), when known; also searchable"),
  name: z.string(),
  nameJa: z.string().nullable(),
  city: z.string(),
  cityJa: z.string().nullable(),
  country: z.string(),
  metroCode: z.string().nullable(),
  timeZone: z.string(),
});
export const ZAirportSearchResponse = z.object({ airports: z.array(ZAirportResult) });

export const ZAirlineResult = z.object({ code: z.string(), name: z.string(), nameJa: z.string().nullable(), alliance: z.string().nullable() });
export const ZAirlineSearchResponse = z.object({ airlines: z.array(ZAirlineResult) });

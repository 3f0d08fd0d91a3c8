// The conversion requests' bounds and route codes, shared by the schema and the form.
// Kept apart from schema.ts so browser code (embed islands) can use them without zod.
/** Route codes of the public API contract (api.md, POST /api/v1/conversions/quote). */
export const CONVERSION_ROUTE_CODES = ["ponta-jal", "saison-jal"] as const;
/** Sane ceiling: no one holds a hundred million points; bigger numbers are typos or abuse. */
export const MAX_CONVERSION_POINTS = 100_000_000;
export const MAX_WANTED_MILES = 100_000_000;
/** Request dates: real days within a sane range (years 0001 or 9999 are typos, and 9999-12-31 + 4 weeks has no YYYY form). */
export const MIN_REQUEST_DATE = "1900-01-01";
export const MAX_REQUEST_DATE = "2999-12-31";

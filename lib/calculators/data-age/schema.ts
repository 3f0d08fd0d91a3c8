// The `dataAsOf` field of API responses (api.md "Data age"), for the OpenAPI document.
import * as z from "zod";

export const ZDataAsOf = z
  .object({
    verifiedOn: z.string().max(10).nullable().describe("Oldest verification date (YYYY-MM-DD) among the stored rows used; null when a row was never verified."),
    stale: z.boolean().describe("True when that date is older than the staleness limit (12 months by default)."),
  })
  .nullable()
  .describe("How old the stored reference data behind this answer is; null when no stored row was used.");

// Request bodies of the admin API, validated with zod at the boundary: every string and
// array bounded (engineering guide §3).
import { z } from "zod";
import { isDay } from "./cells";
import { EMAIL_RE } from "./password";

const CSV_MAX_CHARS = 900_000;

export const ZSignIn = z.object({
  email: z.string().trim().min(3, "Enter your email address.").max(254).regex(EMAIL_RE, "Enter an email address."),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export const ZDay = z.string().trim().max(10).refine(isDay, "Use a date in the form YYYY-MM-DD.");

export const ZChartVersionInput = z.object({
  effectiveFrom: ZDay,
  source: z.string().trim().min(3, "Say where these prices come from (a URL or a document).").max(500),
  confidence: z.enum(["H", "M", "L"], "Choose H, M or L."),
  notes: z.string().trim().max(2000).optional().default(""),
  csv: z.string().min(1, "Paste or upload the chart's CSV.").max(CSV_MAX_CHARS, "The CSV is too large."),
});
export type TChartVersionInput = z.infer<typeof ZChartVersionInput>;

export const ZRollback = z.object({
  /** The version the admin saw as the latest: refused if another publish came in between. */
  versionId: z.number().int().min(1).max(2_147_483_647),
});

export const ZTableImport = z.object({
  csv: z.string().min(1, "Paste or upload a CSV file.").max(CSV_MAX_CHARS, "The CSV is too large."),
});

export const ZChartKey = z.string().min(1).max(100).regex(/^[a-zA-Z0-9._-]+$/);

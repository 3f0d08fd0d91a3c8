// Request bodies of the admin API, validated with zod at the boundary: every string and
// array bounded (engineering guide §3). A message is a problem code (lib/admin/problems.ts),
// so the pages can show it in their own language.
import { z } from "zod";
import { isDay } from "./cells";
import { EMAIL_RE } from "./password";

const CSV_MAX_CHARS = 900_000;

export const ZSignIn = z.object({
  email: z.string().trim().min(3).max(254).regex(EMAIL_RE),
  password: z.string().min(1).max(1024),
});

export const ZDay = z.string().trim().max(10).refine(isDay, "dateFormat");

export const ZChartVersionInput = z.object({
  effectiveFrom: ZDay,
  source: z.string().trim().min(3, "sourceRequired").max(500),
  confidence: z.enum(["H", "M", "L"], "confidenceChoice"),
  notes: z.string().trim().max(2000).optional().default(""),
  csv: z.string().min(1, "csvRequired").max(CSV_MAX_CHARS, "csvTooLarge"),
});
export type TChartVersionInput = z.infer<typeof ZChartVersionInput>;

export const ZRollback = z.object({
  /** The version the admin saw as the latest: refused if another publish came in between. */
  versionId: z.number().int().min(1).max(2_147_483_647),
});

/** Which import to undo: its audit entry. */
export const ZTableRollback = z.object({
  auditId: z.number().int().min(1).max(2_147_483_647),
});

export const ZTableImport = z.object({
  csv: z.string().min(1, "csvRequired").max(CSV_MAX_CHARS, "csvTooLarge"),
});

export const ZChartKey = z.string().min(1).max(100).regex(/^[a-zA-Z0-9._-]+$/);

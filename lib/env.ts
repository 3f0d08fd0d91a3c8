// Environment, validated once with zod so a misconfiguration fails with a clear message.
import * as z from "zod";
import { DEFAULT_SQLITE_URL, isPostgresUrl } from "./db/url";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .max(2048, "DATABASE_URL is too long")
    .default(DEFAULT_SQLITE_URL)
    .refine((u) => u === "" || u.startsWith("file:") || isPostgresUrl(u), {
      message: "DATABASE_URL must be a SQLite file URL (file:./data/tabiji.db) or a postgresql:// URL",
    })
    .transform((u) => (u === "" ? DEFAULT_SQLITE_URL : u)),
  /**
   * Requests per minute per client that run a calculator or render from inputs (API
   * POSTs, calculator GETs, pages and embeds with inputs; scripts/server/limits.mjs).
   */
  TABIJI_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Requests that compute (as counted by the rate limit) at once in the production server; the rest wait their turn. */
  TABIJI_MAX_CONCURRENT_WORK: z.coerce.number().int().min(1).max(1_000_000).default(8),
  /** Trust X-Forwarded-For from a reverse proxy (only behind one you run). */
  TABIJI_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Reference data verified longer ago than this many months is flagged stale (api.md "Data age"). */
  TABIJI_STALE_AFTER_MONTHS: z.coerce
    .number({ error: "TABIJI_STALE_AFTER_MONTHS must be a whole number of months" })
    .int({ error: "TABIJI_STALE_AFTER_MONTHS must be a whole number of months" })
    .min(1, { error: "TABIJI_STALE_AFTER_MONTHS must be between 1 and 120" })
    .max(120, { error: "TABIJI_STALE_AFTER_MONTHS must be between 1 and 120" })
    .default(12),
});

export type TEnv = z.infer<typeof ZEnv>;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: TEnv | undefined;
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

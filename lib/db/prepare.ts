// Brings a database up to date: creates the SQLite file's folder, applies migrations
// with `prisma migrate deploy` (the provider follows the URL, see prisma.config.ts),
// then seeds reference data (idempotent). Used by npm start, npm run dev and the tests.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { isPostgresUrl, sqliteFilePath } from "./url";
import { connect } from "./connect";
import { seedAll, type SeedReport } from "../data/seed-db";

export async function prepareDatabase(url: string, opts: { quiet?: boolean } = {}): Promise<SeedReport> {
  if (!isPostgresUrl(url)) mkdirSync(dirname(sqliteFilePath(url)), { recursive: true });
  execFileSync(join(process.cwd(), "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    stdio: opts.quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  const db = connect(url);
  try {
    return await seedAll(db);
  } finally {
    await db.$disconnect();
  }
}

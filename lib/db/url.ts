// Where the database is. Shared by the Prisma CLI config, the app and the tests, so
// the default SQLite file is the same everywhere. No "server-only" here: the CLI loads it.
import path from "node:path";

export const DEFAULT_SQLITE_URL = "file:./data/tabiji.db";

export function databaseUrl(env: NodeJS.ProcessEnv | Record<string, string | undefined>): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Absolute path of a `file:` SQLite URL, relative paths taken from the project root (cwd). */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:/i, "").replace(/\?.*$/, "");
  return path.isAbsolute(raw) ? raw : path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

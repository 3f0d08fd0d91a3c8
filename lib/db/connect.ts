// Creates the Prisma client for DATABASE_URL: SQLite (better-sqlite3 adapter) by default,
// PostgreSQL (pg adapter) for a postgresql:// URL. Both generated clients come from the
// same schema, so above this file the choice is invisible. Scripts and tests import this
// module; the app imports ./client (server-only, cached).
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { isPostgresUrl, sqliteFilePath } from "./url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

export type Db = SqliteClient;
export type DbKind = "sqlite" | "postgres";

export function dbKind(url: string): DbKind {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}

export function connect(url: string): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
    // Same models and query API as the SQLite client (one source schema).
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}`, timeout: 5_000 });
  return new SqliteClient({ adapter });
}

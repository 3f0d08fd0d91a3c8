// Prisma CLI configuration. The provider follows DATABASE_URL: a postgres:// URL
// selects the PostgreSQL schema variant and migrations, anything else SQLite.
// "js" engine mode runs migrations through the WebAssembly schema engine shipped in
// the npm package: nothing is downloaded (Prisma 7's native engine download is impossible here).
import { defineConfig } from "prisma/config";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "./lib/db/url";

const url = databaseUrl(process.env);
const postgres = isPostgresUrl(url);
process.env.DATABASE_URL = url; // the schema's datasource still reads it (Prisma 6.19 validates url)

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    if (postgres) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const { MigrationPool } = await import("./lib/db/pg-migration-pool");
      return new PrismaPg(new MigrationPool({ connectionString: url }));
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}` });
  },
});

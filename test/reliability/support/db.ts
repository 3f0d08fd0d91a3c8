// A fresh, migrated and seeded database per reliability test file, copied from the one
// global-setup.ts prepared: a SQLite file under .tmp, or a new database in the
// PostgreSQL server of TABIJI_TEST_PG_URL when TABIJI_TEST_TARGET=postgres. Dropped afterwards.
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

export type Target = "sqlite" | "postgres";
export const target = (): Target => (process.env.TABIJI_TEST_TARGET === "postgres" ? "postgres" : "sqlite");

export type TestDatabase = { url: string; target: Target; file?: string; drop: () => Promise<void> };

// TABIJI_TEST_DB_PREFIX: for servers where each person may only create databases under a prefix.
export const databaseName = (label: string) => `${process.env.TABIJI_TEST_DB_PREFIX ?? "tabiji_"}rel_${label}_${process.pid}_${Date.now()}`;

export async function adminQuery(sql: string): Promise<void> {
  if (!process.env.TABIJI_TEST_PG_URL) throw new Error("TABIJI_TEST_TARGET=postgres needs TABIJI_TEST_PG_URL");
  const client = new pg.Client({ connectionString: process.env.TABIJI_TEST_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(label: string): Promise<TestDatabase> {
  const template = inject("relTemplate");
  if (target() === "postgres") {
    const name = databaseName(label);
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${new URL(template).pathname.slice(1)}`);
    const u = new URL(template);
    u.pathname = `/${name}`;
    return { url: u.toString(), target: "postgres", drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const file = path.resolve(".tmp", `rel-${label}-${process.pid}-${Date.now()}.db`);
  copyFileSync(template.replace(/^file:/, ""), file);
  return {
    url: `file:${file}`,
    target: "sqlite",
    file,
    drop: async () => {
      for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    },
  };
}

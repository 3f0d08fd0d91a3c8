// Integration tests run on a real database: a fresh SQLite file by default, or a fresh
// database in the PostgreSQL server named by TABIJI_TEST_PG_URL when
// TABIJI_TEST_TARGET=postgres. It is migrated with `prisma migrate deploy` and seeded,
// exactly as the app's start does, and its URL handed to the tests via inject("dbUrl").
import type { TestProject } from "vitest/node";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { prepareDatabase } from "../../lib/db/prepare";

declare module "vitest" {
  export interface ProvidedContext {
    dbUrl: string;
    dbTarget: "sqlite" | "postgres";
  }
}

export default async function setup(project: TestProject) {
  const target = process.env.TABIJI_TEST_TARGET === "postgres" ? "postgres" : "sqlite";
  let url: string;
  let teardown: () => Promise<void>;
  if (target === "postgres") {
    const admin = process.env.TABIJI_TEST_PG_URL;
    if (!admin) throw new Error("TABIJI_TEST_TARGET=postgres needs TABIJI_TEST_PG_URL (a server URL, e.g. postgresql://tabiji@127.0.0.1:55432/postgres)");
    const name = `tabiji_test_${process.pid}_${Date.now()}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const u = new URL(admin);
    u.pathname = `/${name}`;
    url = u.toString();
    teardown = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = path.resolve(".tmp");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `integration-${process.pid}-${Date.now()}.db`);
    url = `file:${file}`;
    teardown = async () => {
      for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    };
  }
  await prepareDatabase(url, { quiet: true });
  project.provide("dbUrl", url);
  project.provide("dbTarget", target);
  return teardown;
}

// The reliability tests start production servers of their own on the existing .next
// build (npm test's Playwright step has just made it); one is built only if missing.
// One migrated, seeded database is prepared here and each test file gets a copy (a file
// copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL): seeding PostgreSQL takes
// over a minute on a small machine, copying it a second.
import { existsSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../../lib/db/prepare";
import { adminQuery, databaseName, target } from "./support/db";

declare module "vitest" {
  export interface ProvidedContext {
    relTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(".next/BUILD_ID")) {
    execFileSync(process.execPath, ["scripts/build-embed.mjs"], { stdio: "inherit" });
    execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  let url: string;
  let teardown: () => Promise<void>;
  if (target() === "postgres") {
    const name = databaseName("template");
    await adminQuery(`CREATE DATABASE ${name}`);
    teardown = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const u = new URL(process.env.TABIJI_TEST_PG_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
  } else {
    const file = path.resolve(".tmp", `rel-template-${process.pid}.db`);
    url = `file:${file}`;
    teardown = async () => rmSync(file, { force: true });
  }
  try {
    await prepareDatabase(url, { quiet: true });
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide("relTemplate", url);
  return teardown;
}

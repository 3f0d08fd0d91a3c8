// Playwright global setup: admins for the admin-area tests, made the way a person makes
// one (npm run admin:create) in the database of the server under test. Each run gets
// accounts of its own (a random suffix) with random passwords, handed to the tests
// through the environment, so runs sharing a server never reset each other's accounts
// and the burst test always starts from a clean throttle. Runs after the webServer is
// up, so its database is already migrated. Skipped when the run names spec files and
// none of them is an admin spec.
//
// Which database: TABIJI_E2E_DATABASE_URL if set (also what playwright.config.ts gives
// the server it starts); else, for a server started by this config, .tmp/e2e.db; for an
// external server (TABIJI_E2E_BASE_URL), DATABASE_URL, else the shared dev server's
// .tmp/dev-shared.db when it exists, else the default data/tabiji.db.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { FullConfig } from "@playwright/test";
import { WARM_PATHS } from "../scripts/warm-up.mjs";

const ROLES = ["pages", "api", "burst"] as const;

/** Spec files named on the command line; none means the whole suite. */
function selectsAdminSpecs(argv = process.argv): boolean {
  const named = argv.filter((a) => /\.spec\.ts\b|(^|\/)e2e\//.test(a));
  return named.length === 0 || named.some((a) => a.includes("admin"));
}

function serverDatabaseUrl(): string {
  if (process.env.TABIJI_E2E_DATABASE_URL) return process.env.TABIJI_E2E_DATABASE_URL;
  if (!process.env.TABIJI_E2E_BASE_URL) return "file:./.tmp/e2e.db";
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  return existsSync(".tmp/dev-shared.db") ? "file:./.tmp/dev-shared.db" : "file:./data/tabiji.db";
}

const exec = promisify(execFile);

/**
 * Issue 17: the first visit to each calculator page on a server that has just said it is
 * ready (the warm-up ran before the port opened). Printed for the log; never asserted.
 */
async function reportFirstRequests(config: FullConfig): Promise<void> {
  const base = config.projects[0]?.use.baseURL;
  if (!base || process.env.TABIJI_E2E_BASE_URL) return;
  const lines: string[] = [];
  for (const path of WARM_PATHS.filter((p) => !p.startsWith("/embed/"))) {
    const started = performance.now();
    try {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      lines.push(`${path.padEnd(24)} ${res.status} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
    } catch (err) {
      lines.push(`${path.padEnd(24)} failed: ${(err as Error).message}`);
    }
  }
  console.log(`[e2e global setup] first request to each page after "ready" (a figure, not a test):\n  ${lines.join("\n  ")}`);
}

export default async function globalSetup(config: FullConfig) {
  await reportFirstRequests(config);
  if (!selectsAdminSpecs()) return;
  const url = serverDatabaseUrl();
  const run = randomBytes(4).toString("hex");
  try {
    await Promise.all(
      ROLES.map(async (role) => {
        const email = `e2e-${role}-${run}@tabiji.test`;
        const password = randomBytes(18).toString("base64url");
        await exec(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/admin-create.ts", "--email", email], {
          env: { ...process.env, DATABASE_URL: url, TABIJI_ADMIN_PASSWORD: password },
        });
        // Workers are started after global setup and inherit this environment.
        process.env[`TABIJI_E2E_ADMIN_${role.toUpperCase()}_EMAIL`] = email;
        process.env[`TABIJI_E2E_ADMIN_${role.toUpperCase()}_PASSWORD`] = password;
      }),
    );
  } catch (err) {
    // Only the admin tests need these accounts: they fail with this message; the rest run.
    const message = `admin:create against ${url} failed: ${(err as { stderr?: string }).stderr || (err as Error).message}`;
    console.warn(`[e2e global setup] ${message}`);
    process.env.TABIJI_E2E_ADMIN_SETUP_ERROR = message;
  }
}

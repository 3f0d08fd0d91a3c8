// `npm test`: every check, in order, stopping at the first failure:
//   typecheck, lint, unit tests, integration tests on a real SQLite database, the same
//   integration suite on a real PostgreSQL when TABIJI_TEST_PG_URL names a server
//   (.ci/run starts one), Playwright end-to-end tests in Chromium, then on the build that
//   step made: the reliability tests (shortened soak and faults, test/reliability) on
//   SQLite and PostgreSQL, and the Playwright specs tagged @pg again on a server backed by
//   a fresh PostgreSQL database.
// Prints one closing line "tests: N passed, N failed" counting every test run.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import pg from "pg";

const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync(".tmp", { recursive: true });
const VITEST_REPORTS = ["unit", "integration-sqlite", "integration-postgres", "reliability-sqlite", "reliability-postgres"].map((f) => `.tmp/${f}.json`);
for (const f of ["unit", "integration-sqlite", "integration-postgres", "reliability-sqlite", "reliability-postgres", "e2e", "e2e-postgres"]) rmSync(`.tmp/${f}.json`, { force: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function step(title, cmd, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`--- ${title}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return r.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
  skipped += stats?.skipped ?? 0;
}

function finish(ok) {
  console.log(`\n${ok ? "All checks passed." : "A check failed."}`);
  console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(ok ? 0 : 1);
}

const vitest = (project, out, env) => [
  `vitest (${project}${env?.TABIJI_TEST_TARGET ? `, ${env.TABIJI_TEST_TARGET}` : ""})`,
  bin("vitest"),
  ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
  env,
];

const steps = [
  ["typecheck", bin("tsc"), ["--noEmit"]],
  ["lint", bin("eslint"), ["--max-warnings=0", "."]],
  vitest("unit", ".tmp/unit.json"),
  vitest("integration", ".tmp/integration-sqlite.json", { TABIJI_TEST_TARGET: "sqlite" }),
];
if (process.env.TABIJI_TEST_PG_URL) {
  steps.push(vitest("integration", ".tmp/integration-postgres.json", { TABIJI_TEST_TARGET: "postgres" }));
} else {
  console.log("TABIJI_TEST_PG_URL is not set: the PostgreSQL integration run is skipped (.ci/run sets it).");
}
steps.push(["end-to-end (Playwright, Chromium)", bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: ".tmp/e2e.json", TABIJI_PW_JSON: "1" }]);
steps.push(vitest("reliability", ".tmp/reliability-sqlite.json", { TABIJI_TEST_TARGET: "sqlite" }));

// The @pg end-to-end specs (fuzzing, the admin flow) on PostgreSQL: a fresh database, its
// own port, and the build the first Playwright run made (TABIJI_SKIP_BUILD).
const pgE2eName = `${process.env.TABIJI_TEST_DB_PREFIX ?? "tabiji_"}e2e_${process.pid}`;
async function pgAdmin(sql) {
  const client = new pg.Client({ connectionString: process.env.TABIJI_TEST_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
if (process.env.TABIJI_TEST_PG_URL) {
  steps.push(vitest("reliability", ".tmp/reliability-postgres.json", { TABIJI_TEST_TARGET: "postgres" }));
  const url = new URL(process.env.TABIJI_TEST_PG_URL);
  url.pathname = `/${pgE2eName}`;
  steps.push([
    "end-to-end @pg specs on PostgreSQL (Playwright)",
    bin("playwright"),
    ["test", "--grep", "@pg"],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: ".tmp/e2e-postgres.json", TABIJI_PW_JSON: "1", TABIJI_E2E_DATABASE_URL: url.toString(), TABIJI_E2E_PORT: process.env.TABIJI_E2E_PG_PORT ?? "3101", TABIJI_SKIP_BUILD: "1" },
    { before: () => pgAdmin(`CREATE DATABASE ${pgE2eName}`), after: () => pgAdmin(`DROP DATABASE IF EXISTS ${pgE2eName} WITH (FORCE)`) },
  ]);
}

for (const [title, cmd, args, env, hooks] of steps) {
  await hooks?.before();
  const ok = step(title, cmd, args, env);
  await hooks?.after().catch((err) => console.warn(`cleanup after ${title}: ${err.message}`));
  for (const f of VITEST_REPORTS) if (args.includes(`--outputFile.json=${f}`)) countVitest(f);
  if (cmd.endsWith("playwright")) countPlaywright(env?.PLAYWRIGHT_JSON_OUTPUT_NAME ?? ".tmp/e2e.json");
  if (!ok) finish(false);
}
finish(true);

// `npm run bench`: in-process calculator timings, HTTP load on the production server
// (each endpoint and page as the median ratio to a trivial JSON route measured in
// alternating rounds, see bench/http.ts) and first-load JavaScript and HTML size of every page. Writes bench/results.json and prints a table.
// Figures only: nothing here passes or fails on timing. `--inprocess` skips the server.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runInProcess, segmentsFor } from "./inprocess";
import { runFlood } from "./flood";
import { DEFAULT_HTTP_OPTIONS, runHttp, type Target } from "./http";
import { runWeight } from "./weight";
import type { Figure } from "./stats";

const PORT = Number(process.env.TABIJI_BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const log = (line: string) => console.log(line);

const PAGES = ["/", "/awards", "/convert", "/ihg", "/avios", "/safety", "/safety/JL", "/kiva", "/cards", "/developers"];
const EMBEDS = ["/embed/awards", "/embed/convert", "/embed/ihg", "/embed/avios", "/embed/safety", "/embed/kiva", "/embed/cards"];

const TARGETS: Target[] = [
  { name: "/api/health", path: "/api/health" },
  { name: "/api/v1/airports", path: "/api/v1/airports?q=hel" },
  { name: "/api/v1/airlines", path: "/api/v1/airlines?q=finn" },
  { name: "/api/v1/safety/airlines", path: "/api/v1/safety/airlines?year=2024&alliance=oneworld" },
  { name: "/api/v1/safety/airlines/{code}", path: "/api/v1/safety/airlines/JL" },
  { name: "/api/v1/awards/quote (6 seg)", method: "POST", path: "/api/v1/awards/quote", body: { segments: segmentsFor(6) } },
  { name: "/api/v1/awards/quote (16 seg)", method: "POST", path: "/api/v1/awards/quote", body: { segments: segmentsFor(16) } },
  { name: "/api/v1/awards/optimize (8 seg)", method: "POST", path: "/api/v1/awards/optimize", body: { segments: segmentsFor(8) } },
  { name: "/api/v1/awards/optimize (16 seg)", method: "POST", path: "/api/v1/awards/optimize", body: { segments: segmentsFor(16) } },
  { name: "/api/v1/conversions/quote", method: "POST", path: "/api/v1/conversions/quote", body: { route: "ponta-jal", points: 10001, date: "2023-07-15" } },
  { name: "/api/v1/conversions/points-needed", method: "POST", path: "/api/v1/conversions/points-needed", body: { route: "ponta-jal", miles: 5000 } },
  { name: "/api/v1/conversions/campaigns", path: "/api/v1/conversions/campaigns" },
  { name: "/api/v1/ihg/buy-points", method: "POST", path: "/api/v1/ihg/buy-points", body: { points: 20000, bonusPercent: 100, centsPerPoint: 1 } },
  { name: "/api/v1/ihg/price-series", path: "/api/v1/ihg/price-series?bonusPercent=100" },
  { name: "/api/v1/avios/subscriptions", path: "/api/v1/avios/subscriptions" },
  { name: "/api/v1/avios/plan", method: "POST", path: "/api/v1/avios/plan", body: { targetAvios: 100000, deadline: "2027-06-30" } },
  { name: "/api/v1/kiva/simulate", method: "POST", path: "/api/v1/kiva/simulate", body: { loanUsd: 30, loans: 2, termMonths: 8, milesPerUsd: 1.5, fxCostPercent: 1.6, usdJpy: 157.58, repaymentRate: 0.96, years: 1, relend: true } },
  { name: "/api/v1/cards/compare", method: "POST", path: "/api/v1/cards/compare", body: { yearlySpendJpy: 3000000, cards: [{ preset: "saison-platinum-business-amex" }] } },
  ...["/", "/awards", "/convert", "/ihg", "/safety"].map((p) => ({ name: `page:${p}`, path: p })),
];
/**
 * The same requests computed every time (Cache-Control: no-cache skips the server's store
 * of answers, scripts/server/api-cache.mjs): what a request nobody has sent before costs.
 */
const COMPUTED: Target[] = [
  ...TARGETS.filter((t) => t.method === "POST" || t.name === "/api/v1/safety/airlines").map((t) => ({ ...t, name: `${t.name} computed`, fresh: true })),
];

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url} within ${ms / 1000} s`);
}

/** Keeps the targets that exist on this build (a probe that is not 404). */
async function available(targets: Target[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const t of targets) {
    const res = await fetch(BASE + t.path, { method: t.method ?? "GET", headers: { "content-type": "application/json" }, body: t.body ? JSON.stringify(t.body) : undefined });
    if (res.status === 404 || res.status === 405) log(`  (skipped ${t.name}: not on this build)`);
    else out.push(t);
  }
  return out;
}

async function main() {
  const figures: Figure[] = [];
  const info = machine();
  log(`Tabiji benchmarks — ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}\n`);
  log("In-process (median / p95 per call):");
  figures.push(...runInProcess(log));

  let server: ChildProcess;
  if (!process.argv.includes("--inprocess")) {
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: process.env.TABIJI_BENCH_DATABASE_URL ?? "file:./.tmp/bench.db", PORT: String(PORT), TABIJI_RATE_LIMIT_PER_MINUTE: "1000000", NODE_ENV: "production" };
    mkdirSync(".tmp", { recursive: true });
    const prep = spawnSync("node_modules/.bin/tsx", ["scripts/db-prepare.ts"], { stdio: "inherit", env });
    if (prep.status !== 0) throw new Error("database preparation failed");
    spawnSync(process.execPath, ["scripts/build-embed.mjs"], { stdio: "inherit" });
    if (process.env.TABIJI_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) {
      const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env });
      if (build.status !== 0) throw new Error("next build failed");
    }
    server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: ["ignore", "ignore", "inherit"], env });
    const running = server;
    try {
      await waitFor(`${BASE}/api/health`, 60_000);
      const o = DEFAULT_HTTP_OPTIONS;
      log(`\nHTTP (autocannon, ${o.connections} connections; ${o.rounds} rounds of ${o.seconds} s target + ${o.seconds} s baseline GET /api/health/live, alternating;`);
      log(`ratio = target req/s / baseline req/s of the same round, median of the rounds, spread = min–max):`);
      const targets = await available([...TARGETS, ...COMPUTED]);
      figures.push(...(await runHttp(BASE, targets, log)));
      log(`\nThe trivial route during a flood (figures, not a test):`);
      figures.push(...(await runFlood(BASE, log)));
      log(`\nFirst-load JavaScript (gzip) and HTML size:`);
      figures.push(...(await runWeight(BASE, [...PAGES, ...EMBEDS], log)));
    } finally {
      running.kill("SIGTERM");
    }
  }

  const file = path.join("bench", "results.json");
  writeFileSync(file, JSON.stringify({ generatedAt: new Date().toISOString(), machine: info, figures }, null, 2) + "\n");
  log(`\nWrote ${file} (${figures.length} figures).`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

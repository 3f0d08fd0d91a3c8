// `npm run soak`: 60 s of steady load on POST /api/v1/awards/quote against the production
// server (the existing .next build, built first if there is none), on its own database
// (.tmp/soak.db, or TABIJI_SOAK_DATABASE_URL) and port (TABIJI_SOAK_PORT, 3350), sampling
// the server process's RSS every second. Writes bench/soak.json, prints a table, and
// exits non-zero on any error, any non-2xx, or RSS growth beyond the bound (soak-lib.ts).
// `--seconds N` changes the duration.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { soak, soakTable } from "./soak-lib";

const PORT = Number(process.env.TABIJI_SOAK_PORT ?? 3350);
const BASE = `http://127.0.0.1:${PORT}`;
const arg = process.argv.indexOf("--seconds");
const SECONDS = arg > 0 ? Number(process.argv[arg + 1]) : 60;
const WARMUP = Math.min(10, Math.floor(SECONDS / 4));

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

async function main() {
  if (!Number.isInteger(SECONDS) || SECONDS < 5 || SECONDS > 3600) throw new Error("--seconds takes a whole number from 5 to 3600");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: process.env.TABIJI_SOAK_DATABASE_URL ?? "file:./.tmp/soak.db", PORT: String(PORT), HOST: "127.0.0.1", TABIJI_RATE_LIMIT_PER_MINUTE: "1000000", NODE_ENV: "production" };
  mkdirSync(".tmp", { recursive: true });
  if (spawnSync("node_modules/.bin/tsx", ["scripts/db-prepare.ts"], { stdio: "inherit", env }).status !== 0) throw new Error("database preparation failed");
  if (!existsSync(".next/BUILD_ID")) {
    spawnSync(process.execPath, ["scripts/build-embed.mjs"], { stdio: "inherit" });
    if (spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env }).status !== 0) throw new Error("next build failed");
  }
  // The server itself, not a wrapper: its pid is the process whose memory is measured.
  const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: ["ignore", "ignore", "inherit"], env });
  try {
    await waitFor(`${BASE}/api/health`, 60_000);
    console.log(`Soak: ${SECONDS} s on POST /api/v1/awards/quote (4 segments), server pid ${server.pid}, warm-up ${WARMUP} s`);
    const result = await soak({ base: BASE, pid: server.pid!, seconds: SECONDS, warmupSeconds: WARMUP });
    console.log(soakTable(result));
    const cpus = os.cpus();
    const machine = { cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, node: process.version, database: env.DATABASE_URL!.startsWith("postgres") ? "postgresql" : "sqlite" };
    writeFileSync("bench/soak.json", JSON.stringify({ generatedAt: new Date().toISOString(), machine, ...result }, null, 2) + "\n");
    console.log("Wrote bench/soak.json");
    process.exitCode = result.pass ? 0 : 1;
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

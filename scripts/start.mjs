// `npm start`: prepare the database (create, migrate, seed), build, then serve on
// http://localhost:3000 (PORT to change it). One command from a fresh clone after install.
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

// No telemetry calls from a machine that may have no network.
process.env.NEXT_TELEMETRY_DISABLED = "1";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const bin = (name) => `node_modules/.bin/${name}`;

run(bin("tsx"), ["scripts/db-prepare.ts"]);
run(process.execPath, ["scripts/build-embed.mjs"]);
if (process.env.TABIJI_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) run(bin("next"), ["build"]);
const port = process.env.PORT || "3000";
console.log(`\nTabiji is starting on http://localhost:${port}\n`);
const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: { ...process.env, PORT: port, NODE_ENV: "production" } });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));

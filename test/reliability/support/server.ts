// A production server of its own for each reliability test: `node scripts/server.mjs`
// on the existing .next build (global-setup builds one if there is none), on the
// test's own database and port, so a test may kill it, cut its database or restart it
// without touching anything else. Rate limits are lifted (these tests load it on
// purpose) unless a test sets them.
import { spawn, type ChildProcess } from "node:child_process";

export type Server = { base: string; pid: number; proc: ChildProcess; output: () => string; stop: () => Promise<void>; kill: () => Promise<void> };

export async function waitForHealth(base: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not become healthy within ${ms / 1000} s`);
}

/** `env` overrides the defaults (e.g. a real rate limit for the flood test). */
export async function startServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<Server> {
  const proc = spawn(process.execPath, ["scripts/server.mjs"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", TABIJI_RATE_LIMIT_PER_MINUTE: "1000000", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-20_000);
  };
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const end = async (signal: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await exited;
  };
  try {
    await waitForHealth(base);
  } catch (err) {
    await end("SIGKILL");
    throw new Error(`${(err as Error).message}\n${log}`);
  }
  return { base, pid: proc.pid!, proc, output: () => log, stop: () => end("SIGTERM"), kill: () => end("SIGKILL") };
}

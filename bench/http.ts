// HTTP load against the production server with autocannon, each endpoint reported
// with its ratio to the trivial JSON route (GET /api/health/live) measured by the
// same server in the same run.
import autocannon from "autocannon";
import { round, type Figure } from "./stats";

export type Target = { name: string; method?: "GET" | "POST"; path: string; body?: unknown };

async function load(base: string, t: Target, seconds: number, connections: number) {
  const result = await autocannon({
    url: base + t.path,
    method: t.method ?? "GET",
    body: t.body === undefined ? undefined : JSON.stringify(t.body),
    headers: { "content-type": "application/json", "accept-language": "en" },
    connections,
    duration: seconds,
  });
  return {
    rps: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export async function runHttp(base: string, targets: Target[], log: (line: string) => void, opts = { seconds: 5, connections: 10 }): Promise<Figure[]> {
  const baseline = await load(base, { name: "baseline", path: "/api/health/live" }, opts.seconds, opts.connections);
  const out: Figure[] = [{ name: "http:/api/health/live", kind: "http", ...baseline, ratio: 1 }];
  log(`  ${"/api/health/live (baseline)".padEnd(34)} ${String(baseline.rps).padStart(8)} req/s  p50 ${baseline.p50Ms} ms  p99 ${baseline.p99Ms} ms  errors ${baseline.errors}`);
  for (const t of targets) {
    const r = await load(base, t, opts.seconds, opts.connections);
    const ratio = round(r.rps / baseline.rps, 3);
    out.push({ name: `http:${t.name}`, kind: "http", ...r, ratio });
    log(`  ${t.name.padEnd(34)} ${String(r.rps).padStart(8)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  errors ${r.errors}  ratio ${ratio}`);
  }
  return out;
}

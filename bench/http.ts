// HTTP load against the production server with autocannon, each target reported as a
// ratio to the trivial JSON route (GET /api/health/live). On a shared machine the load
// from others drifts from second to second, so the baseline is not measured once: each
// target alternates with the baseline in short rounds (baseline, target, then target,
// baseline in the next round, so a drift within a round cancels out), every round gives
// one ratio, and the figure is the median of those ratios with their spread.
import autocannon from "autocannon";
import { median, round, type Figure } from "./stats";

/** `fresh`: sent with Cache-Control: no-cache, so the server computes every answer instead of answering from its store. */
export type Target = { name: string; method?: "GET" | "POST"; path: string; body?: unknown; fresh?: boolean };

export const BASELINE: Target = { name: "/api/health/live", path: "/api/health/live" };

export interface HttpOptions {
  /** Alternating rounds per target (each round: one baseline run and one target run). */
  rounds: number;
  /** Seconds of each run. */
  seconds: number;
  connections: number;
}

export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  rounds: Number(process.env.TABIJI_BENCH_ROUNDS ?? 5),
  seconds: Number(process.env.TABIJI_BENCH_SECONDS ?? 2),
  connections: 10,
};

async function load(base: string, t: Target, seconds: number, connections: number) {
  const result = await autocannon({
    url: base + t.path,
    method: t.method ?? "GET",
    body: t.body === undefined ? undefined : JSON.stringify(t.body),
    headers: {
      "content-type": "application/json",
      "accept-language": "en",
      // A page is asked for as a browser navigation asks for it.
      ...(t.path.startsWith("/api/") ? {} : { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" }),
      ...(t.fresh ? { "cache-control": "no-cache" } : {}),
    },
    connections,
    duration: seconds,
  });
  return { rps: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** One target against the baseline in alternating rounds: per-round ratios, median and spread. */
export async function interleaved(base: string, t: Target, opts: HttpOptions) {
  const ratios: number[] = [];
  const rps: number[] = [];
  const baselineRps: number[] = [];
  const p50: number[] = [];
  const p99: number[] = [];
  let errors = 0;
  for (let i = 0; i < opts.rounds; i++) {
    const baselineFirst = i % 2 === 0;
    const a = await load(base, baselineFirst ? BASELINE : t, opts.seconds, opts.connections);
    const b = await load(base, baselineFirst ? t : BASELINE, opts.seconds, opts.connections);
    const [bl, r] = baselineFirst ? [a, b] : [b, a];
    if (bl.rps > 0) ratios.push(r.rps / bl.rps);
    rps.push(r.rps);
    baselineRps.push(bl.rps);
    p50.push(r.p50Ms);
    p99.push(r.p99Ms);
    errors += r.errors;
  }
  ratios.sort((x, y) => x - y);
  return {
    ratio: round(median(ratios), 3),
    ratioMin: round(ratios[0], 3),
    ratioMax: round(ratios[ratios.length - 1], 3),
    rps: round(median(rps), 1),
    baselineRps: round(median(baselineRps), 1),
    p50Ms: median(p50),
    p99Ms: median(p99),
    rounds: opts.rounds,
    errors,
  };
}

export async function runHttp(base: string, targets: Target[], log: (line: string) => void, opts: HttpOptions = DEFAULT_HTTP_OPTIONS): Promise<Figure[]> {
  const out: Figure[] = [];
  log(`  ${"target".padEnd(44)} ${"ratio".padStart(6)}  ${"spread".padEnd(13)} ${"req/s".padStart(8)} ${"baseline".padStart(9)}  p50/p99 ms  errors`);
  for (const t of targets) {
    const r = await interleaved(base, t, opts);
    out.push({ name: `http:${t.name}`, kind: "http", ...r });
    const spread = `${r.ratioMin.toFixed(2)}–${r.ratioMax.toFixed(2)}`;
    log(`  ${t.name.padEnd(44)} ${r.ratio.toFixed(2).padStart(6)}  ${spread.padEnd(13)} ${String(r.rps).padStart(8)} ${String(r.baselineRps).padStart(9)}  ${r.p50Ms}/${r.p99Ms}  ${r.errors}`);
  }
  return out;
}

// The trivial route during a flood (issue 16): one client sends distinct requests that
// run the engines (map.svg, the IHG price series, award pages and embeds with inputs)
// over many connections, as the security probe did, while a second loop times
// GET /api/health/live one request after another. Reported as figures (p50/p99/max of
// the trivial route, and what the flood got back), never as a pass or fail. The bench
// server runs with the rate limit lifted, so this measures the cap on work at once
// (TABIJI_MAX_CONCURRENT_WORK), the worst case for the trivial route.
import { quantile, round, type Figure } from "./stats";

const floodPath = (i: number): string =>
  [
    `/api/v1/awards/map.svg?route=NRT-HEL-LHR&title=f${i}`,
    `/api/v1/ihg/price-series?bonusPercent=${i % 101}`,
    `/awards?s=NRT-HEL&n=${i}`,
    `/embed/awards?s=NRT-HEL&n=${i}`,
  ][i % 4];

export async function runFlood(base: string, log: (line: string) => void, opts = { seconds: 8, connections: 16 }): Promise<Figure[]> {
  const until = Date.now() + opts.seconds * 1000;
  let n = 0;
  const statuses = new Map<number, number>();
  const worker = async () => {
    while (Date.now() < until) {
      const res = await fetch(base + floodPath(n++)).catch(() => null);
      const s = res?.status ?? 0;
      statuses.set(s, (statuses.get(s) ?? 0) + 1);
      await res?.arrayBuffer().catch(() => null);
    }
  };
  const samples: number[] = [];
  const sampler = async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/health/live`).catch(() => null);
      await res?.arrayBuffer().catch(() => null);
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all([...Array.from({ length: opts.connections }, worker), sampler()]);
  const sorted = [...samples].sort((a, b) => a - b);
  const figure: Figure = {
    name: "flood:/api/health/live",
    kind: "http",
    samples: sorted.length,
    p50Ms: round(quantile(sorted, 0.5), 1),
    p99Ms: round(quantile(sorted, 0.99), 1),
    maxMs: round(sorted[sorted.length - 1] ?? 0, 1),
    floodRequests: n,
    floodStatuses: [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${s}:${c}`).join(" "),
  };
  log(`  /api/health/live during a flood of ${n} computing GETs on ${opts.connections} connections: p50 ${figure.p50Ms} ms  p99 ${figure.p99Ms} ms  max ${figure.maxMs} ms  (flood got ${figure.floodStatuses})`);
  return [figure];
}

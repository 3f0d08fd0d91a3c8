// Steady load on POST /api/v1/awards/quote with autocannon while the server process's
// resident memory (VmRSS in /proc/<pid>/status, Linux) is sampled every second. Used by
// `npm run soak` (60 s) and by the shortened soak in npm test.
//
// Memory. RSS under this load is a sawtooth: it climbs ~10 MB/s until V8's next major
// collection (every 20-30 s here), then drops back by ~100 MB. So a straight-line fit
// (reported, as growthMb / growthMbPerMin) says more about where the run ended in the
// sawtooth than about leaks. The verdict reads the floor instead: the lowest RSS in the
// last third of the post-warm-up window minus the lowest in the first third, which a leak
// raises and GC timing does not; judged only when that window lasts >= 30 s (the
// shortened soak in npm test is too short to see a collection). The bounds are generous
// on purpose: a floor rising by 64 MB in a minute would add gigabytes a day, the leak to
// catch; 768 MB is over twice the peak seen (~350 MB) and catches a runaway in any run.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export const MAX_FLOOR_GROWTH_MB = 64;
export const MAX_RSS_MB = 768;
const MIN_FLOOR_WINDOW_S = 30;

/** A realistic multi-segment itinerary (shared/reference/api.md's example, extended to a round trip). */
export const SOAK_ITINERARY = {
  segments: [
    { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" },
    { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" },
    { from: "LHR", to: "HKG", carrier: "CX", cabin: "business", departs: "2024-06-10T21:00", arrives: "2024-06-11T17:00" },
    { from: "HKG", to: "NRT", carrier: "JL", cabin: "business", departs: "2024-06-14T08:30", arrives: "2024-06-14T13:30" },
  ],
};

export type SoakResult = {
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  rssWarmMb: number | null;
  rssEndMb: number | null;
  rssMaxMb: number | null;
  growthMb: number | null;
  growthMbPerMin: number | null;
  floorGrowthMb: number | null;
  samples: { t: number; rssMb: number }[];
  pass: boolean;
  reasons: string[];
};

export function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Least-squares slope (per second) of y over t. */
export function slope(points: { t: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.t - mt) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.t - mt) ** 2, 0);
  return den ? num / den : 0;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export async function soak(opts: { base: string; pid: number; seconds: number; warmupSeconds: number; connections?: number }): Promise<SoakResult> {
  const connections = opts.connections ?? 10;
  const samples: { t: number; rssMb: number }[] = [];
  const started = Date.now();
  const sample = () => {
    const mb = rssMb(opts.pid);
    if (mb !== null) samples.push({ t: (Date.now() - started) / 1000, rssMb: r1(mb) });
  };
  sample();
  const timer = setInterval(sample, 1_000);
  let result;
  try {
    result = await autocannon({
      url: `${opts.base}/api/v1/awards/quote`,
      method: "POST",
      body: JSON.stringify(SOAK_ITINERARY),
      // no-cache: every request is computed (the server's store of answers would otherwise
      // answer all but the first, and the soak would not load the engine at all).
      headers: { "content-type": "application/json", "accept-language": "en", "cache-control": "no-cache" },
      connections,
      duration: opts.seconds,
    });
  } finally {
    clearInterval(timer);
  }
  sample();
  const warm = samples.filter((s) => s.t >= opts.warmupSeconds);
  const perSecond = warm.length >= 2 ? slope(warm.map((s) => ({ t: s.t, y: s.rssMb }))) : null;
  const span = warm.length >= 2 ? warm[warm.length - 1].t - warm[0].t : 0;
  const growthMb = perSecond === null ? null : r1(perSecond * span);
  const third = span / 3;
  const floor = (from: number, to: number) => Math.min(...warm.filter((s) => s.t >= from && s.t <= to).map((s) => s.rssMb));
  const floorGrowthMb = span >= MIN_FLOOR_WINDOW_S ? r1(floor(warm.at(-1)!.t - third, Infinity) - floor(warm[0].t, warm[0].t + third)) : null;
  const rssMaxMb = samples.length ? Math.max(...samples.map((s) => s.rssMb)) : null;
  const errors = result.errors + result.timeouts;
  const reasons: string[] = [];
  if (errors) reasons.push(`${errors} connection errors or timeouts`);
  if (result.non2xx) reasons.push(`${result.non2xx} responses were not 2xx`);
  if (result.requests.total === 0) reasons.push("no request was answered");
  if (floorGrowthMb !== null && floorGrowthMb > MAX_FLOOR_GROWTH_MB) reasons.push(`the RSS floor rose by ${floorGrowthMb} MB (bound ${MAX_FLOOR_GROWTH_MB} MB)`);
  if (rssMaxMb !== null && rssMaxMb > MAX_RSS_MB) reasons.push(`RSS reached ${rssMaxMb} MB (bound ${MAX_RSS_MB} MB)`);
  return {
    seconds: opts.seconds,
    connections,
    requests: result.requests.total,
    rps: r1(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors,
    non2xx: result.non2xx,
    rssWarmMb: warm[0]?.rssMb ?? null,
    rssEndMb: samples.at(-1)?.rssMb ?? null,
    rssMaxMb,
    growthMb,
    growthMbPerMin: perSecond === null ? null : r1(perSecond * 60),
    floorGrowthMb,
    samples,
    pass: reasons.length === 0,
    reasons,
  };
}

export function soakTable(r: SoakResult): string {
  const rows: [string, string | number | null][] = [
    ["duration / connections", `${r.seconds} s / ${r.connections}`],
    ["requests", r.requests],
    ["req/s (mean)", r.rps],
    ["latency p50 / p99", `${r.p50Ms} / ${r.p99Ms} ms`],
    ["errors / non-2xx", `${r.errors} / ${r.non2xx}`],
    ["RSS after warm-up / at end / max", `${r.rssWarmMb} / ${r.rssEndMb} / ${r.rssMaxMb} MB`],
    ["RSS growth (linear fit, figure)", r.growthMb === null ? "not measured (no /proc)" : `${r.growthMb} MB (${r.growthMbPerMin} MB/min)`],
    ["RSS floor growth (verdict)", r.floorGrowthMb === null ? "not judged (window < 30 s)" : `${r.floorGrowthMb} MB (bound ${MAX_FLOOR_GROWTH_MB} MB)`],
    ["RSS max (verdict)", `${r.rssMaxMb} MB (bound ${MAX_RSS_MB} MB)`],
    ["verdict", r.pass ? "pass" : `FAIL: ${r.reasons.join("; ")}`],
  ];
  return rows.map(([k, v]) => `  ${k.padEnd(34)} ${v}`).join("\n");
}

// Timing helpers: figures, not verdicts (benchmarks never fail on timing).
export type Figure = {
  name: string;
  kind: "inprocess" | "http" | "weight";
  [key: string]: string | number | null;
};

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** Runs fn repeatedly (after a warm-up) for about `ms` milliseconds; median and p95 per call. */
export function timeIt(fn: () => unknown, opts: { ms?: number; minRuns?: number; maxRuns?: number } = {}): { medianMs: number; p95Ms: number; runs: number } {
  const { ms = 1_000, minRuns = 50, maxRuns = 200_000 } = opts;
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  const until = performance.now() + ms;
  while ((samples.length < minRuns || performance.now() < until) && samples.length < maxRuns) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: round(quantile(samples, 0.5), 5), p95Ms: round(quantile(samples, 0.95), 5), runs: samples.length };
}

/** Median of a list (sorted or not); NaN when empty. */
export function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function round(n: number, digits = 2): number {
  return Number.isFinite(n) ? Number(n.toFixed(digits)) : n;
}

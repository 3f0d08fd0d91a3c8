// Per-client rate limits (engineering guide §3): a fixed window per key, in memory.
// One process is one limiter; a deployment with several instances gets a limit per
// instance, which still bounds abuse. Keys are bounded so a flood of clients cannot
// exhaust memory.
export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  hit(key: string, now = Date.now()): RateLimitResult {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (!w && this.windows.size >= this.maxKeys) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count > this.limit) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) };
    return { ok: true, remaining: this.limit - w.count };
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
    // Still full: drop the oldest windows rather than grow without bound.
    if (this.windows.size >= this.maxKeys) {
      const oldest = [...this.windows.entries()].sort((a, b) => a[1].start - b[1].start).slice(0, Math.ceil(this.maxKeys / 10));
      for (const [k] of oldest) this.windows.delete(k);
    }
  }
}

/**
 * The client's address as the server saw it: scripts/server.mjs always overwrites
 * x-tabiji-client (from the socket, or the first X-Forwarded-For hop when
 * TABIJI_TRUST_PROXY=1). Under `next dev` Next fills x-forwarded-for from the socket.
 */
export function clientId(request: Request): string {
  const fromServer = request.headers.get("x-tabiji-client");
  if (fromServer) return fromServer;
  return (request.headers.get("x-forwarded-for") ?? "local").split(",")[0].trim().slice(0, 64) || "local";
}

// Request limits of the production server (scripts/server.mjs), before Next sees a
// request: one per-client budget for every request that runs a calculator or renders
// from inputs, and a cap on how many requests do work at once. Pure (no I/O), so that
// lib/security/server-limits.test.ts tests it; types in limits.d.mts.
//
// Why here and not in the route handlers: pages and embeds with inputs, map.svg and
// the price series run the engines through GET, and a page render cannot be held back
// from inside Next. Here every kind of request is seen with the real client address.

/** Query parameters that do not change what is computed (language, embed theme, the embedding page's origin, Next's RSC cache key). */
const NOT_INPUTS = new Set(["lang", "theme", "parent", "_rsc"]);

/** Lookups that answer from an index (the airport and airline pickers ask on each keystroke). */
const LOOKUPS = new Set(["/api/v1/airports", "/api/v1/airlines"]);

/** Static files and health checks: never counted (never queued either, like everything not counted). */
export function isTrivial(pathname) {
  return (
    pathname.startsWith("/_next/static/") ||
    pathname.startsWith("/_next/image") ||
    pathname.startsWith("/islands/") ||
    pathname.startsWith("/api/health") ||
    ["/embed.js", "/icon.svg", "/favicon.ico", "/robots.txt"].includes(pathname)
  );
}

/** Does this request count against the client's budget (runs a calculator or renders from inputs)? */
export function isCounted(method, pathname, searchParams) {
  if (isTrivial(pathname)) return false;
  const api = pathname === "/api" || pathname.startsWith("/api/");
  if (api && !pathname.startsWith("/api/v1/")) return false; // admin has its own throttle
  if (method === "OPTIONS") return false;
  if (method !== "GET" && method !== "HEAD") return api;
  if (api && LOOKUPS.has(pathname)) return false;
  for (const key of searchParams.keys()) if (!NOT_INPUTS.has(key)) return true;
  return false;
}

/** Fixed one-minute windows per client, in memory, with a bounded number of clients. */
export class ClientBudget {
  constructor(limit, windowMs = 60_000, maxKeys = 50_000) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxKeys = maxKeys;
    this.windows = new Map();
  }

  /** { ok: true, remaining } or { ok: false, retryAfterSeconds } */
  hit(key, now = Date.now()) {
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

  sweep(now) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
    if (this.windows.size >= this.maxKeys) {
      const oldest = [...this.windows.entries()].sort((a, b) => a[1].start - b[1].start).slice(0, Math.ceil(this.maxKeys / 10));
      for (const [k] of oldest) this.windows.delete(k);
    }
  }
}

/**
 * At most `slots` counted requests (isCounted) compute at once; the others wait in
 * order (at most `queue` of them, each at most `waitMs`). A burst then costs its
 * senders time, while every other request (never queued) is answered between two
 * pieces of work.
 */
export class WorkGate {
  constructor(slots, queue = 256, waitMs = 15_000) {
    this.slots = slots;
    this.maxQueue = queue;
    this.waitMs = waitMs;
    this.busy = 0;
    this.waiting = [];
  }

  /** Resolves to a release function, or to null when the queue is full or the wait too long. */
  acquire() {
    if (this.busy < this.slots) {
      this.busy++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.maxQueue) return Promise.resolve(null);
    return new Promise((resolve) => {
      const entry = { resolve, timer: null };
      entry.timer = setTimeout(() => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(null);
      }, this.waitMs);
      entry.timer.unref?.();
      this.waiting.push(entry);
    });
  }

  releaser() {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.resolve(this.releaser());
      } else this.busy--;
    };
  }
}

/** Reads a positive whole number from the environment, or the default; a bad value stops the server with a clear message. */
export function positiveIntFromEnv(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new Error(`${name} must be a whole number from 1 to 1000000 (it is "${raw}").`);
  return n;
}

/**
 * An in-process cache of one value loaded asynchronously (the award engine's data),
 * for a hot path that must not touch the database per request:
 * - concurrent callers share one load;
 * - after `ttlMs` the next caller starts a reload in the background and keeps being
 *   served the previous value until the new one is there (no request waits on it);
 * - a failed first load is not kept (the next caller tries again); a failed reload
 *   keeps the previous value and is retried after `retryMs`;
 * - `invalidate()` drops the value at once (an admin published a chart): the next
 *   caller waits for fresh data, and a reload started before is ignored.
 * The state lives in a plain object the caller owns (e.g. on globalThis), so module
 * reloads and duplicate bundles share it.
 */

export interface TtlState<T> {
  entry?: { at: number; promise: Promise<T> };
  refreshing?: Promise<void>;
  generation: number;
}

export interface TtlCache<T> {
  get(): Promise<T>;
  invalidate(): void;
}

export interface TtlOptions {
  ttlMs: number;
  retryMs?: number;
  now?: () => number;
}

export function ttlCache<T>(state: TtlState<T>, load: () => Promise<T>, { ttlMs, retryMs = 5_000, now = Date.now }: TtlOptions): TtlCache<T> {
  function start(): Promise<T> {
    const promise = load();
    const entry = { at: now(), promise };
    state.entry = entry;
    promise.then(
      () => {
        entry.at = now(); // the value's age counts from when it arrived
      },
      () => {
        if (state.entry === entry) state.entry = undefined;
      },
    );
    return promise;
  }

  function refresh(): void {
    const generation = state.generation;
    const stale = state.entry;
    state.refreshing = load().then(
      (value) => {
        if (state.generation === generation) state.entry = { at: now(), promise: Promise.resolve(value) };
      },
      () => {
        // Keep serving the previous value; try again in a little while, not on every request.
        if (state.generation === generation && stale && state.entry === stale) state.entry = { at: now() - ttlMs + retryMs, promise: stale.promise };
      },
    ).finally(() => {
      if (state.generation === generation) state.refreshing = undefined;
    });
  }

  return {
    get() {
      const entry = state.entry;
      if (!entry) return start();
      if (now() - entry.at >= ttlMs && !state.refreshing) refresh();
      return entry.promise;
    },
    invalidate() {
      state.generation++;
      state.entry = undefined;
      state.refreshing = undefined;
    },
  };
}

/**
 * The one way to read reference data (charts, rules, campaigns, ratings, presets,
 * airports): each dataset is loaded once, held in memory and served from there, tagged
 * with the data version it was loaded under.
 * - `get(key, load)`: the dataset under `key`, loaded by `load` on first use (concurrent
 *   callers share one load; a failed load is not kept, the next caller tries again).
 * - `invalidate()`: this process changed the data (an admin published): every dataset is
 *   dropped at once, and a load started before is never served.
 * - Other processes (several servers on one PostgreSQL) learn of a change through the
 *   stored version (`readVersion`, bumped in the same transaction as every admin write):
 *   a caller more than `pollMs` after the last check waits for one shared check, and a
 *   different version drops everything. A failed check is not remembered as a success, so
 *   while the database is unreachable every caller asks again and gets the error (the
 *   routes answer 503), and the first caller after it returns sees the current data.
 * Pure: no database or framework import, the caller hands in `readVersion` and keeps the
 * state object (on globalThis, so duplicated bundles share one copy).
 */

export interface StoreState {
  entries: Map<string, { generation: number; promise: Promise<unknown> }>;
  /** Bumped by every invalidation; entries of an older generation are never served. */
  generation: number;
  /** The stored version the entries were loaded under (undefined before the first check). */
  version?: number;
  checkedAt: number;
  checking?: Promise<void>;
}

export interface ReferenceStore {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Waits for a version check if one is due; rejects when the version cannot be read. */
  fresh(): Promise<void>;
  invalidate(): void;
}

export interface StoreOptions {
  readVersion: () => Promise<number>;
  pollMs?: number;
  now?: () => number;
}

export function newStoreState(): StoreState {
  return { entries: new Map(), generation: 0, checkedAt: -Infinity };
}

export function referenceStore(state: StoreState, { readVersion, pollMs = 2_000, now = Date.now }: StoreOptions): ReferenceStore {
  function check(): Promise<void> {
    state.checking ??= readVersion()
      .then((version) => {
        if (state.version !== undefined && version !== state.version) {
          state.generation++;
          state.entries.clear();
        }
        state.version = version;
        state.checkedAt = now();
      })
      .finally(() => {
        state.checking = undefined;
      });
    return state.checking;
  }

  async function fresh(): Promise<void> {
    if (now() - state.checkedAt >= pollMs) await check();
  }

  return {
    fresh,
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      await fresh();
      const hit = state.entries.get(key);
      if (hit && hit.generation === state.generation) return hit.promise as Promise<T>;
      const generation = state.generation;
      const promise = load();
      const entry = { generation, promise };
      state.entries.set(key, entry);
      promise.catch(() => {
        if (state.entries.get(key) === entry) state.entries.delete(key);
      });
      return promise;
    },
    invalidate() {
      state.generation++;
      state.entries.clear();
      // Read the new stored version on the next call rather than taking it for a foreign change later.
      state.checkedAt = -Infinity;
    },
  };
}

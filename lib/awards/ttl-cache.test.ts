import { describe, expect, test } from "vitest";
import { ttlCache, type TtlState } from "./ttl-cache";

/** A loader whose calls are counted and whose results the test settles by hand. */
function harness(ttlMs = 60_000) {
  let clock = 0;
  const calls: { resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const state: TtlState<string> = { generation: 0 };
  const cache = ttlCache(state, () => new Promise<string>((resolve, reject) => calls.push({ resolve, reject })), { ttlMs, retryMs: 5_000, now: () => clock });
  return { cache, state, calls, tick: (ms: number) => (clock += ms), flush: () => new Promise((r) => setTimeout(r, 0)) };
}

describe("ttlCache", () => {
  test("concurrent callers share one load; within the TTL nothing is reloaded", async () => {
    const h = harness();
    const a = h.cache.get();
    const b = h.cache.get();
    expect(h.calls).toHaveLength(1);
    h.calls[0].resolve("v1");
    expect(await a).toBe("v1");
    expect(await b).toBe("v1");
    h.tick(59_000);
    expect(await h.cache.get()).toBe("v1");
    expect(h.calls).toHaveLength(1);
  });

  test("after the TTL: one background reload, the old value is served until the new one arrives", async () => {
    const h = harness();
    const first = h.cache.get();
    h.calls[0].resolve("v1");
    await first;
    h.tick(61_000);
    expect(await h.cache.get()).toBe("v1");
    expect(await h.cache.get()).toBe("v1");
    expect(h.calls).toHaveLength(2);
    h.calls[1].resolve("v2");
    await h.flush();
    expect(await h.cache.get()).toBe("v2");
  });

  test("a failed first load is not kept: the next caller loads again", async () => {
    const h = harness();
    const first = h.cache.get();
    h.calls[0].reject(new Error("db down"));
    await expect(first).rejects.toThrow("db down");
    await h.flush();
    const second = h.cache.get();
    expect(h.calls).toHaveLength(2);
    h.calls[1].resolve("v1");
    expect(await second).toBe("v1");
  });

  test("a failed reload keeps the previous value and is retried after retryMs, not on every call", async () => {
    const h = harness();
    const first = h.cache.get();
    h.calls[0].resolve("v1");
    await first;
    h.tick(61_000);
    await h.cache.get();
    h.calls[1].reject(new Error("db down"));
    await h.flush();
    expect(await h.cache.get()).toBe("v1");
    expect(h.calls).toHaveLength(2);
    h.tick(5_000);
    expect(await h.cache.get()).toBe("v1");
    expect(h.calls).toHaveLength(3);
  });

  test("invalidate: the next caller waits for fresh data; a reload started before is ignored", async () => {
    const h = harness();
    const first = h.cache.get();
    h.calls[0].resolve("v1");
    await first;
    h.tick(61_000);
    await h.cache.get(); // starts reload #2 (old data)
    h.cache.invalidate();
    const fresh = h.cache.get(); // load #3
    expect(h.calls).toHaveLength(3);
    h.calls[1].resolve("stale");
    h.calls[2].resolve("published");
    expect(await fresh).toBe("published");
    await h.flush();
    expect(await h.cache.get()).toBe("published");
  });
});

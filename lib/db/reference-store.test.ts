import { describe, expect, test } from "vitest";
import { newStoreState, referenceStore } from "./reference-store";

/** A store over a fake stored version and a counting loader; the clock moves by hand. */
function harness(pollMs = 2_000) {
  let clock = 0;
  let version = 1;
  let versionFails = false;
  let versionReads = 0;
  let loads = 0;
  const state = newStoreState();
  const store = referenceStore(state, {
    readVersion: async () => {
      versionReads++;
      if (versionFails) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
      return version;
    },
    pollMs,
    now: () => clock,
  });
  const load = async () => `data v${version} #${++loads}`;
  return {
    store,
    state,
    load,
    tick: (ms: number) => (clock += ms),
    publishElsewhere: () => version++,
    setVersionFails: (v: boolean) => (versionFails = v),
    counts: () => ({ loads, versionReads }),
  };
}

describe("referenceStore", () => {
  test("loads a dataset once; concurrent callers share the load; other keys load on their own", async () => {
    const h = harness();
    const [a, b] = await Promise.all([h.store.get("safety", h.load), h.store.get("safety", h.load)]);
    expect(a).toBe("data v1 #1");
    expect(b).toBe(a);
    expect(await h.store.get("safety", h.load)).toBe(a);
    expect(await h.store.get("cards", h.load)).toBe("data v1 #2");
    expect(h.counts().loads).toBe(2);
  });

  test("within the poll interval the stored version is read once, not per call", async () => {
    const h = harness();
    for (let i = 0; i < 50; i++) {
      await h.store.get("safety", h.load);
      h.tick(30);
    }
    expect(h.counts().versionReads).toBe(1); // 50 calls over 1.5 s
    h.tick(600);
    await h.store.get("safety", h.load);
    expect(h.counts().versionReads).toBe(2);
  });

  test("invalidate (a publish in this process): every dataset is reloaded on the next call", async () => {
    const h = harness();
    await h.store.get("safety", h.load);
    await h.store.get("awards", h.load);
    h.publishElsewhere(); // the write bumped the stored version in its transaction
    h.store.invalidate();
    expect(await h.store.get("safety", h.load)).toBe("data v2 #3");
    expect(await h.store.get("awards", h.load)).toBe("data v2 #4");
    // The new stored version is taken as this process's own: no second reload later.
    h.tick(5_000);
    expect(await h.store.get("safety", h.load)).toBe("data v2 #3");
  });

  test("a publish on another server (stored version bumped) is seen at the next check, within the poll interval", async () => {
    const h = harness();
    expect(await h.store.get("safety", h.load)).toBe("data v1 #1");
    h.publishElsewhere();
    h.tick(1_999);
    expect(await h.store.get("safety", h.load)).toBe("data v1 #1");
    h.tick(1);
    expect(await h.store.get("safety", h.load)).toBe("data v2 #2");
  });

  test("a load started before an invalidation is not served after it", async () => {
    const h = harness();
    let release: ((v: string) => void) | undefined;
    const slow = h.store.get("safety", () => new Promise<string>((r) => (release = r)));
    while (!release) await new Promise((r) => setTimeout(r, 0)); // the load has started
    h.store.invalidate();
    release("old");
    expect(await slow).toBe("old"); // that caller asked before the publish
    expect(await h.store.get("safety", h.load)).toBe("data v1 #1");
  });

  test("a failed load is not kept: the next caller tries again", async () => {
    const h = harness();
    await expect(h.store.get("safety", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await h.store.get("safety", h.load)).toBe("data v1 #1");
  });

  test("database unreachable: every call after the interval fails and asks again; the first call after recovery succeeds", async () => {
    const h = harness();
    await h.store.get("safety", h.load);
    h.setVersionFails(true);
    h.tick(2_000);
    await expect(h.store.get("safety", h.load)).rejects.toThrow("ECONNREFUSED");
    await expect(h.store.fresh()).rejects.toThrow("ECONNREFUSED");
    expect(h.counts().versionReads).toBe(3); // no success remembered: each call checks
    h.setVersionFails(false);
    expect(await h.store.get("safety", h.load)).toBe("data v1 #1"); // same version: the copy is still good
  });
});

// The process's reference-data store (lib/db/reference-store.ts) on the app's database:
// every calculator, route and page reads charts, rules, campaigns, ratings, presets and
// airports through `referenceData().get(key, loader)`, and every admin write path calls
// `bumpDataVersion(tx)` inside its transaction and `invalidateReferenceData()` after it.
import "server-only";
import { db } from "./client";
import type { Db } from "./connect";
import { newStoreState, referenceStore, type ReferenceStore, type StoreState } from "./reference-store";

type Tx = Pick<Db, "dataVersion">;

/** How often, at most, a server asks whether another server changed the data. */
export const DATA_VERSION_POLL_MS = 2_000;

/** The stored data version (0 when the row is missing, e.g. a database seeded before it existed). */
export async function readDataVersion(client: Pick<Db, "dataVersion">): Promise<number> {
  const row = await client.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}

/** Marks the reference data as changed; call inside the transaction of the write. */
export async function bumpDataVersion(tx: Tx, now = new Date()): Promise<void> {
  await tx.dataVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1, updatedAt: now }, update: { version: { increment: 1 }, updatedAt: now } });
}

// On globalThis like the PrismaClient: one store per process, shared by the proxy, route
// handlers and pages even where the bundler duplicates this module.
const globalForData = globalThis as unknown as { tabijiReferenceData?: { state: StoreState; store?: ReferenceStore } };

export function referenceData(): ReferenceStore {
  const holder = (globalForData.tabijiReferenceData ??= { state: newStoreState() });
  holder.store ??= referenceStore(holder.state, { readVersion: () => readDataVersion(db()), pollMs: DATA_VERSION_POLL_MS });
  return holder.store;
}

/**
 * A dataset from the store, or read straight through `client` when one is given (the
 * integration tests pass their own database's client, which the store must not mix in).
 */
export function referenceDataset<T>(key: string, read: (client: Db) => Promise<T>, client?: Db): Promise<T> {
  return client ? read(client) : referenceData().get(key, () => read(db()));
}

/** Drops every in-memory dataset of this process (after an admin's write committed). */
export function invalidateReferenceData(): void {
  referenceData().invalidate();
}

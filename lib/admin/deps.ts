// What the admin data layer works with: a database client and a clock. Production
// passes nothing (the app's client, the real time); tests pass their own database and
// a clock they move, to prove timeouts without waiting.
import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";

export type AdminDeps = { db: Db; now: () => Date };
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function defaultDeps(): AdminDeps {
  return { db: db(), now: () => new Date() };
}

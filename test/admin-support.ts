// Shared by the admin integration tests: a clock the test moves, an admin signed in on
// the test database, and a fingerprint of every table (row counts + a SHA-256 of the
// contents) to prove that a refused import wrote nothing.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/connect";
import type { AdminDeps } from "@/lib/admin/deps";
import type { AdminAuth } from "@/lib/admin/authorize";
import { createAdmin } from "@/lib/admin/create-admin";
import { signIn } from "@/lib/admin/session";
import { LoginThrottle } from "@/lib/admin/throttle";

export function testClock(start = "2026-11-23T09:00:00.000Z") {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

export function depsFor(db: Db, clock = testClock()): AdminDeps & { clock: ReturnType<typeof testClock> } {
  return { db, now: clock.now, clock };
}

export const newPassword = () => randomBytes(15).toString("base64url"); // 20 characters

/** A new admin (unique email) and a session for it. */
export async function signedInAdmin(deps: AdminDeps, label = "admin"): Promise<{ email: string; password: string; auth: AdminAuth }> {
  const email = `${label}-${randomBytes(4).toString("hex")}@tabiji.test`;
  const password = newPassword();
  const created = await createAdmin(deps.db, { email, password, now: deps.now() });
  if (!created.ok) throw new Error(created.message);
  const session = await signIn(deps, { email, password, client: "10.0.0.1" }, new LoginThrottle());
  if (!session.ok) throw new Error("sign-in failed");
  return { email, password, auth: { token: session.token, ip: "10.0.0.1" } };
}

const TABLES = [
  "airport", "airline", "allianceMembership", "safetyRating", "program", "awardChart", "awardChartRow", "awardRule",
  "sectorMileage", "routeOverride", "conversionRoute", "campaign", "ihgPurchaseRule", "ihgPriceTier", "aviosPlan",
  "valuation", "cardPreset", "admin", "adminSession", "auditEntry",
] as const;

/** Row count and content checksum of every table (order independent). */
export async function fingerprint(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const table of TABLES) {
    const rows = await (db[table] as unknown as { findMany: () => Promise<unknown[]> }).findMany();
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    out[table] = { rows: rows.length, sha256: createHash("sha256").update(lines.join("\n")).digest("hex") };
  }
  return out;
}

// The integration files share one database: the admin tests put every data table they
// write back as they found it (ids included), so the other files see the seed data.
const PARENTS = ["awardChart", "ihgPurchaseRule", "campaign", "safetyRating", "aviosPlan", "routeOverride", "sectorMileage"] as const;
const CHILDREN = ["awardChartRow", "ihgPriceTier"] as const;
type Snapshot = Record<(typeof PARENTS)[number] | (typeof CHILDREN)[number], unknown[]>;
type Delegate = { findMany: () => Promise<unknown[]>; deleteMany: () => Promise<unknown>; createMany: (a: { data: unknown[] }) => Promise<unknown> };

export async function snapshotData(db: Db): Promise<Snapshot> {
  const out = {} as Snapshot;
  // Sorted, so that two snapshots compare equal whatever order the database returns rows in.
  for (const t of [...PARENTS, ...CHILDREN]) out[t] = (await (db[t] as unknown as Delegate).findMany()).sort((a, b) => ((a as { id: number }).id - (b as { id: number }).id));
  return out;
}

export async function restoreData(db: Db, snap: Snapshot): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const d = (t: keyof Snapshot) => tx[t] as unknown as Delegate;
      for (const t of CHILDREN) await d(t).deleteMany();
      for (const t of PARENTS) await d(t).deleteMany();
      for (const t of [...PARENTS, ...CHILDREN]) if (snap[t].length) await d(t).createMany({ data: snap[t] });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

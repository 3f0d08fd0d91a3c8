// Fault: an admin publishes and rolls back chart versions while quotes are being served.
// Every quote must answer 200 and price the whole itinerary from one version. The new
// version is the old one with every price raised by K, so a 3-segment BA per-segment
// quote is exactly OLD (all old), exactly OLD + 3K (all new), or a mix (anything else).
import { afterAll, beforeAll, expect, it } from "vitest";
import { freshDatabase, target, type TestDatabase } from "./support/db";
import { startServer, type Server } from "./support/server";
import { createAdmin, csvOf, plus, rowsInForce, signIn, type AdminClient } from "./support/admin";
import { portFor } from "./support/ports";

const KEY = "ba.perSegment.ba-operated";
const K = 1_000;
const seg = (from: string, to: string, day: string) => ({ from, to, carrier: "BA", cabin: "economy", departs: `${day}T10:00`, arrives: `${day}T13:00` });
// Dated after both versions start, so the version in force is the one being switched.
// Booked on the first travel day: asOf is the booking date (default today), and the versions
// these tests publish start in 2030.
const ITINERARY = { segments: [seg("LHR", "MAD", "2030-03-01"), seg("MAD", "LHR", "2030-03-05"), seg("LHR", "JFK", "2030-03-10")], programs: ["BA"], asOf: "2030-03-01" };

let database: TestDatabase;
let server: Server;
let admin: AdminClient;
beforeAll(async () => {
  database = await freshDatabase("concurrent");
  const who = await createAdmin(database.url);
  server = await startServer(database.url, portFor(2));
  admin = await signIn(server.base, who);
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function quotePrice(): Promise<{ status: number; price: number | null; from: string | null }> {
  const res = await fetch(`${server.base}/api/v1/awards/quote`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ITINERARY) });
  if (res.status !== 200) return { status: res.status, price: null, from: null };
  const body = (await res.json()) as { quotes: { award: string; price: number | null; chart: { effectiveFrom: string } | null }[] };
  const q = body.quotes.find((x) => x.award === "perSegment");
  return { status: 200, price: q?.price ?? null, from: q?.chart?.effectiveFrom ?? null };
}

const version = (effectiveFrom: string, csv: string) => ({ effectiveFrom, source: "reliability test", confidence: "M", csv });

it(`quotes served during repeated publish and rollback are all 200 and never mix versions (${target()})`, async () => {
  const rows = await rowsInForce(database.url, KEY, "2024-03-01");
  const base = await admin.post(`/api/admin/charts/${KEY}/publish`, version("2030-01-01", csvOf(rows)));
  expect(base.status, await base.clone().text()).toBe(201);
  const old = await quotePrice();
  expect(old.price).toBeGreaterThan(0);
  expect(old.from).toBe("2030-01-01");

  let done = false;
  const seen = { old: 0, new: 0 };
  const bad: unknown[] = [];
  const worker = async () => {
    while (!done) {
      const q = await quotePrice();
      if (q.status === 200 && q.price === old.price && q.from === "2030-01-01") seen.old++;
      else if (q.status === 200 && q.price === old.price! + 3 * K && q.from === "2030-02-01") seen.new++;
      else bad.push(q);
    }
  };
  const workers = Array.from({ length: 6 }, worker);
  const adminStatuses: number[] = [];
  try {
    for (let cycle = 0; cycle < 8; cycle++) {
      const pub = await admin.post(`/api/admin/charts/${KEY}/publish`, version("2030-02-01", csvOf(plus(rows, K))));
      adminStatuses.push(pub.status);
      const { id } = (await pub.json()) as { id: number };
      await new Promise((r) => setTimeout(r, 150));
      const back = await admin.post(`/api/admin/charts/${KEY}/rollback`, { versionId: id });
      adminStatuses.push(back.status);
      await new Promise((r) => setTimeout(r, 150));
    }
  } finally {
    done = true;
    await Promise.all(workers);
  }
  console.log(`concurrent admin writes (${target()}): ${seen.old} all-old and ${seen.new} all-new quotes, ${bad.length} other`);
  expect(adminStatuses).toEqual(Array.from({ length: 16 }, (_, i) => (i % 2 ? 200 : 201)));
  expect(bad).toEqual([]);
  // Both versions were really served while the admin switched them.
  expect(seen.old).toBeGreaterThan(0);
  expect(seen.new).toBeGreaterThan(0);
});

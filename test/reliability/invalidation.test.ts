// Two production servers on one database (SQLite file or PostgreSQL, TABIJI_TEST_TARGET):
// each keeps the reference data in memory (lib/db/reference-data.ts). An admin write on
// one server is served by that server from the very next request, and by the other
// server within seconds (its data-version check runs at most every ~2 s). Covered:
// a chart publish, a chart rollback and a table import, each started on either server.
import { afterAll, beforeAll, expect, it } from "vitest";
import { freshDatabase, target, type TestDatabase } from "./support/db";
import { startServer, type Server } from "./support/server";
import { createAdmin, csvOf, plus, rowsInForce, signIn, type AdminClient } from "./support/admin";
import { portFor } from "./support/ports";

const KEY = "ba.perSegment.ba-operated";
const K = 1_000;
const seg = (from: string, to: string, day: string) => ({ from, to, carrier: "BA", cabin: "economy", departs: `${day}T10:00`, arrives: `${day}T13:00` });
// Booked on the first travel day: asOf is the booking date (default today), and the versions
// these tests publish start in 2030.
const ITINERARY = { segments: [seg("LHR", "MAD", "2030-03-01"), seg("MAD", "LHR", "2030-03-05"), seg("LHR", "JFK", "2030-03-10")], programs: ["BA"], asOf: "2030-03-01" };
/** Generous: the check runs every ~2 s; a loaded CI machine may answer slowly. */
const PROPAGATION_DEADLINE_MS = 20_000;

let database: TestDatabase;
let a: Server;
let b: Server;
let adminA: AdminClient;
let adminB: AdminClient;
beforeAll(async () => {
  database = await freshDatabase("invalidate");
  const who = await createAdmin(database.url);
  [a, b] = await Promise.all([startServer(database.url, portFor(4)), startServer(database.url, portFor(5))]);
  adminA = await signIn(a.base, who);
  adminB = await signIn(b.base, who);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

type Quote = { price: number | null; from: string | null };

async function quote(server: Server): Promise<Quote> {
  const res = await fetch(`${server.base}/api/v1/awards/quote`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ITINERARY) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { quotes: { award: string; price: number | null; chart: { effectiveFrom: string } | null }[] };
  const q = body.quotes.find((x) => x.award === "perSegment");
  return { price: q?.price ?? null, from: q?.chart?.effectiveFrom ?? null };
}

async function stars2031(server: Server): Promise<number | null> {
  const res = await fetch(`${server.base}/api/v1/safety/airlines/JL?year=2031`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { stars: number | null }).stars;
}

/** Polls `read` until it returns `want`; fails with the last value seen after the deadline. */
async function eventually<T>(read: () => Promise<T>, want: T): Promise<void> {
  const until = Date.now() + PROPAGATION_DEADLINE_MS;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(want) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    last = await read();
  }
  expect(last).toEqual(want);
}

const version = (effectiveFrom: string, csv: string) => ({ effectiveFrom, source: "invalidation test", confidence: "M", csv });

it(`an admin write on one server is served at once there and within seconds by the other (${target()})`, async () => {
  const rows = await rowsInForce(database.url, KEY, "2024-03-01");
  // Both servers hold the data in memory before anything is published.
  const before = await quote(a);
  expect(await quote(b)).toEqual(before);
  expect(before.from).not.toBe("2030-01-01");

  // Chart publish on A: A at once, B within seconds.
  const base = await adminA.post(`/api/admin/charts/${KEY}/publish`, version("2030-01-01", csvOf(rows)));
  expect(base.status, await base.clone().text()).toBe(201);
  const old = await quote(a);
  expect(old.from).toBe("2030-01-01");
  expect(old.price).toBeGreaterThan(0);
  await eventually(() => quote(b), old);

  // Chart publish on B (every price + K): B at once, A within seconds.
  const pub = await adminB.post(`/api/admin/charts/${KEY}/publish`, version("2030-02-01", csvOf(plus(rows, K))));
  expect(pub.status, await pub.clone().text()).toBe(201);
  const raised = { price: old.price! + 3 * K, from: "2030-02-01" };
  expect(await quote(b)).toEqual(raised);
  await eventually(() => quote(a), raised);

  // Rollback on A: A at once, B within seconds.
  const { id } = (await pub.json()) as { id: number };
  const back = await adminA.post(`/api/admin/charts/${KEY}/rollback`, { versionId: id });
  expect(back.status, await back.clone().text()).toBe(200);
  expect(await quote(a)).toEqual(old);
  await eventually(() => quote(b), old);

  // A table import (a new rating year) on B: B at once, A within seconds.
  expect(await stars2031(a)).toBeNull();
  expect(await stars2031(b)).toBeNull();
  const csv = "airlineCode,year,status,stars,top25,rank,rankList,note,noteJa,source,confidence\nJL,2031,rated,5,false,,,,,invalidation test,M\n";
  const imported = await adminB.post("/api/admin/tables/safety-ratings/import", { csv });
  expect(imported.status, await imported.clone().text()).toBe(200);
  expect(await stars2031(b)).toBe(5);
  await eventually(() => stars2031(a), 5);

  for (const s of [a, b]) expect(s.output()).not.toMatch(/uncaught|unhandled/i);
});

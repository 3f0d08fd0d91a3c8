// The security probe's flood (issue 16) against a production server with the default
// kind of limits: one client sending many distinct requests that run the engines
// (map.svg, the IHG price series, pages and embeds with inputs, API POSTs) gets 429 +
// Retry-After once its budget for the minute is spent, whichever kind it sends, while
// the trivial route keeps answering and requests without inputs are not counted.
// Also: TRACE and an undecodable path leave no stack trace in the log, and an admin
// whose account a stranger keeps failing on still signs in from their own address
// (TABIJI_TRUST_PROXY=1 so that the test can speak from several addresses).
import { afterAll, beforeAll, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "./support/db";
import { startServer, type Server } from "./support/server";
import { portFor } from "./support/ports";
import { createAdmin } from "./support/admin";
import { SOAK_ITINERARY } from "@/bench/soak-lib";
import { request as httpRequest } from "node:http";

/** Status of a request sent as it is (fetch refuses TRACE and normalises paths). */
function rawStatus(method: string, path: string): Promise<number> {
  const base = new URL(server.base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, method, path }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

const LIMIT = 30;
let database: TestDatabase;
let server: Server;

beforeAll(async () => {
  database = await freshDatabase("flood");
  server = await startServer(database.url, portFor(4), { TABIJI_RATE_LIMIT_PER_MINUTE: String(LIMIT), TABIJI_MAX_CONCURRENT_WORK: "2", TABIJI_TRUST_PROXY: "1" });
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/** A different computing request each time, of every kind the probe used. */
function floodRequest(i: number): [string, RequestInit] {
  const from = { "x-forwarded-for": "192.0.2.10" };
  switch (i % 5) {
    case 0:
      return [`/api/v1/awards/map.svg?route=NRT-HEL-LHR&title=t${i}`, { headers: from }];
    case 1:
      return [`/api/v1/ihg/price-series?bonusPercent=${i % 100}`, { headers: from }];
    case 2:
      return [`/awards?s=NRT-HEL&n=${i}`, { headers: from }];
    case 3:
      return [`/embed/awards?s=NRT-HEL&n=${i}`, { headers: from }];
    default:
      return ["/api/v1/awards/quote", { method: "POST", headers: { ...from, "content-type": "application/json" }, body: JSON.stringify(SOAK_ITINERARY) }];
  }
}

it(`a flood of distinct computing requests from one client gets 429 + Retry-After after ${LIMIT}; the trivial route keeps answering`, async () => {
  const statuses: number[] = [];
  const refusals: Response[] = [];
  let next = 0;
  const worker = async () => {
    while (next < 100) {
      const [path, init] = floodRequest(next++);
      const res = await fetch(server.base + path, init);
      statuses.push(res.status);
      if (res.status === 429) refusals.push(res);
      await res.arrayBuffer();
    }
  };
  const health: number[] = [];
  const flood = Promise.all(Array.from({ length: 16 }, worker));
  // The trivial route during the flood (answered, never counted, never queued).
  const probe = (async () => {
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${server.base}/api/health/live`, { headers: { "x-forwarded-for": "192.0.2.10" } });
      health.push(res.status);
      await res.arrayBuffer();
    }
  })();
  await Promise.all([flood, probe]);

  expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(LIMIT);
  expect(refusals.length).toBeGreaterThanOrEqual(100 - LIMIT);
  for (const r of refusals) {
    const wait = Number(r.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  }
  expect(health.every((s) => s === 200)).toBe(true);
  // Pages without inputs are not counted; another client has its own budget.
  expect((await fetch(`${server.base}/`, { headers: { "x-forwarded-for": "192.0.2.10" } })).status).toBe(200);
  expect((await fetch(`${server.base}/api/v1/ihg/price-series?bonusPercent=50`, { headers: { "x-forwarded-for": "192.0.2.11" } })).status).toBe(200);
  // An API refusal is JSON in the documented shape.
  const api = await fetch(`${server.base}/api/v1/ihg/price-series?bonusPercent=51`, { headers: { "x-forwarded-for": "192.0.2.10" } });
  expect(api.status).toBe(429);
  expect(await api.json()).toMatchObject({ error: "rate_limited" });
});

it("TRACE and an undecodable path are answered without a stack trace in the log", async () => {
  const before = server.output().length;
  for (const [method, path] of [["TRACE", "/"], ["TRACK", "/"], ["GET", "/api/v1/safety/airlines/%zz"], ["GET", "/safety/%"], ["DELETE", "/embed.js"]]) {
    expect([400, 405]).toContain(await rawStatus(method, path));
  }
  const log = server.output().slice(before);
  expect(log).not.toMatch(/\n\s+at |Error:|URIError/);
});

it("an admin whose account a stranger keeps failing on still signs in from their own address", async () => {
  const who = await createAdmin(database.url);
  const signIn = (password: string, address: string) =>
    fetch(`${server.base}/api/admin/sign-in`, { method: "POST", headers: { "content-type": "application/json", origin: server.base, "x-forwarded-for": address }, body: JSON.stringify({ email: who.email, password }) });
  const strangers: Response[] = [];
  for (let i = 0; i < 12; i++) strangers.push(await signIn(`wrong-password-${i}`, "203.0.113.9"));
  expect(strangers.slice(0, 5).map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
  // The stranger waits (a delay with Retry-After, growing with each failure: a guess
  // gets through only when a wait is over)...
  expect(strangers[5].status).toBe(429);
  expect(Number(strangers[5].headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(strangers.filter((r) => r.status === 401).length).toBeLessThanOrEqual(7);
  // ...while the owner signs in from their own address at once.
  expect((await signIn(who.password, "198.51.100.1")).status).toBe(200);
});

// Fault: the database becomes unreachable while the server runs. The API answers 503 in
// the documented shape ({ error: "unavailable", message }), pages answer 503 with a
// localized message (no stack, never a 500), and both recover by themselves, in the
// same server process, once the database is back.
//
// How the database is taken away:
// - PostgreSQL: the server talks to it through a TCP proxy the test cuts (listener
//   closed, every connection reset) and restores.
// - SQLite: another process holds the file under an exclusive lock, as a backup tool or a
//   stray migration would. This is what makes the open connection fail and recover.
//   Renaming, deleting or chmod-ing the file does nothing to a connection already open
//   (it keeps reading the same inode), and truncating it breaks the connection for good
//   (P2021 until a restart), so neither is a fault the server can recover from by itself.
//   Each query then waits out the 5 s busy timeout (better-sqlite3 is synchronous: the
//   whole server waits), so this test is slower on SQLite.
import { createRequire } from "node:module";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freshDatabase, target, type TestDatabase } from "./support/db";
import { startServer, waitForHealth, type Server } from "./support/server";
import { tcpProxy, type TcpProxy } from "./support/tcp-proxy";
import { portFor } from "./support/ports";
import { SOAK_ITINERARY } from "@/bench/soak-lib";
import en from "@/messages/en/errors.json";
import ja from "@/messages/ja/errors.json";

type Outage = { start: () => Promise<void>; end: () => Promise<void> };

let database: TestDatabase;
let server: Server;
let proxy: TcpProxy | undefined;
let outage: Outage;

beforeAll(async () => {
  database = await freshDatabase("down");
  if (database.target === "postgres") {
    const direct = new URL(database.url);
    proxy = await tcpProxy(direct.hostname, Number(direct.port || 5432), portFor(11));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    server = await startServer(viaProxy.toString(), portFor(1));
    outage = { start: proxy.cut, end: proxy.restore };
  } else {
    server = await startServer(database.url, portFor(1));
    const Database = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3"))("better-sqlite3");
    let holder: { prepare: (sql: string) => { run: () => void }; close: () => void } | undefined;
    outage = {
      start: async () => {
        holder = new Database(database.file!);
        holder!.prepare("BEGIN EXCLUSIVE").run();
      },
      end: async () => {
        holder?.prepare("ROLLBACK").run();
        holder?.close();
      },
    };
  }
});
afterAll(async () => {
  await outage?.end().catch(() => {});
  await server?.stop();
  await proxy?.close();
  await database?.drop();
});

const API_READS = ["/api/health", "/api/v1/safety/airlines/JL"];
const PAGES = [
  { path: "/safety?lang=en", text: en },
  { path: "/awards?lang=ja", text: ja },
];

/**
 * The server notices the outage at its next data-version check (at most every ~2 s, see
 * lib/db/reference-data.ts); until then it may still answer from its in-memory copy. Asks
 * until the answer is a 503 or the deadline passes, and returns the last answer.
 */
async function afterDetection(path: string, deadlineMs = 20_000): Promise<Response> {
  const until = Date.now() + deadlineMs;
  let res = await fetch(server.base + path);
  while (res.status === 200 && Date.now() < until) {
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 250));
    res = await fetch(server.base + path);
  }
  return res;
}

async function quote(base: string) {
  return fetch(`${base}/api/v1/awards/quote`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(SOAK_ITINERARY) });
}

it(`API and pages answer 503 while the database is unreachable and recover by themselves (${target()})`, async () => {
  for (const path of [...API_READS, ...PAGES.map((p) => p.path)]) expect((await fetch(server.base + path)).status, path).toBe(200);
  expect((await quote(server.base)).status).toBe(200);

  await outage.start();
  try {
    for (const path of API_READS) {
      const res = await afterDetection(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get("retry-after"), path).toBe("5");
      const body = await res.json();
      if (path === "/api/health") expect(body).toEqual({ status: "degraded", db: "unavailable" });
      else expect(body).toEqual({ error: "unavailable", message: expect.stringContaining("database cannot be reached") });
    }
    for (const { path, text } of PAGES) {
      const res = await afterDetection(path);
      expect(res.status, path).toBe(503);
      const html = await res.text();
      expect(html).toContain(text.unavailableTitle);
      expect(html).toContain(text.unavailableBody);
      expect(html).not.toMatch(/at \S+ \(|Error:|node_modules|PrismaClient/);
    }
    // The quote endpoint serves its in-process copy of the charts (lib/db/queries/awards.ts):
    // a 200 from that copy or a 503 in the documented shape, never anything else.
    const res = await quote(server.base);
    expect([200, 503]).toContain(res.status);
    if (res.status === 503) expect((await res.json()).error).toBe("unavailable");
  } finally {
    await outage.end();
  }

  await waitForHealth(server.base, 30_000);
  for (const path of [...API_READS, ...PAGES.map((p) => p.path)]) expect((await fetch(server.base + path)).status, `${path} after recovery`).toBe(200);
  expect((await quote(server.base)).status).toBe(200);
  expect(server.proc.exitCode, "the same server process recovered").toBeNull();
  expect(server.output()).not.toMatch(/uncaught|unhandled/i);
});

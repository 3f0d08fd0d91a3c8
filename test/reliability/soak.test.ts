// The shortened soak (npm run soak is the full minute): steady load on the quote endpoint
// with zero errors and zero non-2xx, RSS under the ceiling (bench/soak-lib.ts explains
// the bounds). Prints the same table as the full soak.
import { afterAll, beforeAll, expect, it } from "vitest";
import { soak, soakTable } from "@/bench/soak-lib";
import { freshDatabase, target, type TestDatabase } from "./support/db";
import { startServer, type Server } from "./support/server";
import { portFor } from "./support/ports";

let database: TestDatabase;
let server: Server;
beforeAll(async () => {
  database = await freshDatabase("soak");
  server = await startServer(database.url, portFor(0));
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

it(`the quote endpoint under 12 s of steady load: no errors, RSS bounded (${target()})`, async () => {
  const result = await soak({ base: server.base, pid: server.pid, seconds: 12, warmupSeconds: 3, connections: 8 });
  console.log(`shortened soak (${target()}):\n${soakTable(result)}`);
  expect(result.requests).toBeGreaterThan(100);
  expect(result.errors).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.reasons).toEqual([]);
}, 60_000);

// Fault: the server is killed (SIGKILL) while it publishes a large chart version. After a
// restart the chart is exactly the old state or exactly the old state plus the complete
// new version (its row count and checksum, the predecessor's end date moved, one audit
// entry more), never a mix, and quotes are served again. Kill delays are random within
// the time one uninterrupted publish takes; a kill counts only if the publish had not
// answered yet, and most must count.
import { createHash, randomInt } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect } from "@/lib/db/connect";
import type { ChartRow } from "@/lib/admin/charts/rows";
import { freshDatabase, target, type TestDatabase } from "./support/db";
import { startServer, type Server } from "./support/server";
import { createAdmin, csvOf, signIn } from "./support/admin";
import { portFor } from "./support/ports";
import { SOAK_ITINERARY } from "@/bench/soak-lib";

const KEY = "ba.perSegment.partner";
const KILLS = 4;
// 1,000 regions x 4 cabins, one open band each: 4,000 rows, a publish that takes a while.
const bigVersion = (seed: number): ChartRow[] =>
  Array.from({ length: 1000 }, (_, i) => `r-${String(i).padStart(4, "0")}`).flatMap((region, i) =>
    (["economy", "premium", "business", "first"] as const).map((cabin, c) => ({ zone: null, region, minMiles: 0, maxMiles: null, cabin, season: "any" as const, price: seed + i * 4 + c + 1 })),
  );
const checksum = (rows: readonly ChartRow[]) => createHash("sha256").update(csvOf(rows)).digest("hex");

type Snapshot = { charts: { id: number; key: string; status: string; from: string; to: string | null; rows: number; sum: string }[]; audits: number; allRows: number };

async function snapshot(url: string): Promise<Snapshot> {
  const db = connect(url);
  try {
    const charts = await db.awardChart.findMany({
      where: { key: { startsWith: KEY } },
      select: { id: true, key: true, status: true, effectiveFrom: true, effectiveTo: true, rows: { select: { zone: true, region: true, minMiles: true, maxMiles: true, cabin: true, season: true, price: true } } },
      orderBy: { id: "asc" },
    });
    return {
      charts: charts.map((c) => ({ id: c.id, key: c.key, status: c.status, from: c.effectiveFrom.toISOString().slice(0, 10), to: c.effectiveTo?.toISOString().slice(0, 10) ?? null, rows: c.rows.length, sum: checksum(c.rows as ChartRow[]) })),
      audits: await db.auditEntry.count({ where: { action: "chart.publish", entityKey: KEY } }),
      allRows: await db.awardChartRow.count(),
    };
  } finally {
    await db.$disconnect();
  }
}

/** "old", "new", or a description of the mix found. */
function verdict(before: Snapshot, after: Snapshot, from: string, rows: ChartRow[]): string {
  if (JSON.stringify(after) === JSON.stringify(before)) return "old";
  const added = after.charts.filter((c) => !before.charts.some((b) => b.id === c.id));
  const problems: string[] = [];
  if (added.length !== 1) problems.push(`${added.length} versions added`);
  else if (added[0].from !== from || added[0].rows !== rows.length || added[0].sum !== checksum(rows) || added[0].status !== "published") problems.push(`new version incomplete: ${JSON.stringify({ ...added[0], sum: undefined })}`);
  const changed = before.charts.filter((b) => JSON.stringify(after.charts.find((c) => c.id === b.id)) !== JSON.stringify(b));
  if (changed.length > 1 || changed.some((b) => JSON.stringify(after.charts.find((c) => c.id === b.id)) !== JSON.stringify({ ...b, to: from }))) problems.push(`earlier versions changed: ${JSON.stringify(changed)}`);
  if (after.audits !== before.audits + 1) problems.push(`audit entries ${before.audits} -> ${after.audits}`);
  if (after.allRows !== before.allRows + rows.length) problems.push(`chart rows ${before.allRows} -> ${after.allRows}`);
  return problems.length ? `MIX: ${problems.join("; ")}` : "new";
}

let database: TestDatabase;
let server: Server;
let who: { email: string; password: string };
beforeAll(async () => {
  database = await freshDatabase("kill");
  who = await createAdmin(database.url);
  server = await startServer(database.url, portFor(3));
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const publishBody = (from: string, rows: ChartRow[]) => ({ effectiveFrom: from, source: "reliability test: large version", confidence: "L", csv: csvOf(rows) });

it(`SIGKILL while publishing leaves exactly the old or the new version, and the server serves again (${target()})`, async () => {
  // One uninterrupted publish: it must work, and its duration sets the kill window.
  let admin = await signIn(server.base, who);
  const reference = bigVersion(10_000);
  const before0 = await snapshot(database.url);
  const t0 = Date.now();
  const first = await admin.post(`/api/admin/charts/${KEY}/publish`, publishBody("2040-01-01", reference));
  const publishMs = Date.now() - t0;
  expect(first.status, await first.clone().text()).toBe(201);
  expect(verdict(before0, await snapshot(database.url), "2040-01-01", reference)).toBe("new");

  const outcomes: { delayMs: number; killedBeforeAnswer: boolean; result: string }[] = [];
  for (let i = 1; i <= KILLS; i++) {
    const from = `${2040 + i}-01-01`;
    const rows = bigVersion(10_000 + i * 100_000);
    const before = await snapshot(database.url);
    let answered = false;
    const request = admin.post(`/api/admin/charts/${KEY}/publish`, publishBody(from, rows)).then(
      (res) => {
        answered = true;
        return res.status;
      },
      () => null, // the connection died with the server
    );
    const delayMs = randomInt(Math.max(20, Math.floor(publishMs * 0.1)), Math.max(40, Math.floor(publishMs * 0.9)));
    await new Promise((r) => setTimeout(r, delayMs));
    const killedBeforeAnswer = !answered;
    await server.kill();
    await request;
    const result = verdict(before, await snapshot(database.url), from, rows);
    outcomes.push({ delayMs, killedBeforeAnswer, result });
    server = await startServer(database.url, portFor(3));
    admin = await signIn(server.base, who);
    const quote = await fetch(`${server.base}/api/v1/awards/quote`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(SOAK_ITINERARY) });
    expect(quote.status, `quote after restart ${i}`).toBe(200);
  }
  console.log(`SIGKILL mid-publish (${target()}): one publish takes ${publishMs} ms; ${JSON.stringify(outcomes)}`);
  for (const o of outcomes) expect(["old", "new"]).toContain(o.result);
  expect(outcomes.filter((o) => o.killedBeforeAnswer).length).toBeGreaterThanOrEqual(Math.ceil(KILLS / 2));
});

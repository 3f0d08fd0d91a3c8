// The stored data version other servers poll (lib/db/reference-data.ts): every admin write
// that changes reference data bumps it in its own transaction; a refused or empty write
// leaves it alone, so no server reloads for nothing. On the real database (SQLite or
// PostgreSQL, TABIJI_TEST_TARGET); the two-server behaviour is in test/reliability.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testDb, dbTarget } from "./setup/db";
import { depsFor, restoreData, signedInAdmin, snapshotData } from "./admin-support";
import { exportTableCsv, importTable, rollbackTableImport } from "@/lib/admin/tables/service";
import { publishChartVersion, rollbackChart } from "@/lib/admin/charts/write";
import { chartRowsToCsv } from "@/lib/admin/charts/rows";
import { loadRows } from "@/lib/admin/charts/store";
import { readDataVersion } from "@/lib/db/reference-data";

const db = testDb();
let original: Awaited<ReturnType<typeof snapshotData>>;
beforeAll(async () => {
  original = await snapshotData(db);
});
afterAll(async () => {
  await restoreData(db, original);
  await db.$disconnect();
});

const RATING = "airlineCode,year,status,stars,top25,rank,rankList,note,noteJa,source,confidence\r\nJL,2031,rated,5,false,,,,,data version test,M\r\n";

describe(`the data version (${dbTarget()})`, () => {
  test("a table import and its rollback bump it once each; an unchanged or refused import does not", async () => {
    const deps = depsFor(db);
    const { auth } = await signedInAdmin(deps, "version");
    const v0 = await readDataVersion(db);
    expect(v0).toBeGreaterThan(0); // the migration stores the row

    expect(await importTable(auth, "safety-ratings", { csv: RATING }, deps)).toMatchObject({ ok: true, preview: { created: 1 } });
    expect(await readDataVersion(db)).toBe(v0 + 1);

    const unchanged = (await exportTableCsv(auth, "safety-ratings", deps))!.csv;
    expect(await importTable(auth, "safety-ratings", { csv: unchanged }, deps)).toMatchObject({ ok: true });
    expect(await importTable(auth, "safety-ratings", { csv: RATING.replace("5,false", "9,false") }, deps)).toMatchObject({ ok: false });
    expect(await readDataVersion(db)).toBe(v0 + 1);

    const imported = await db.auditEntry.findFirstOrThrow({ where: { action: "table.import", entityKey: "safety-ratings" }, orderBy: { id: "desc" } });
    expect(await rollbackTableImport(auth, "safety-ratings", { auditId: imported.id }, deps)).toMatchObject({ ok: true });
    expect(await readDataVersion(db)).toBe(v0 + 2);
  });

  test("a chart publish and its rollback bump it once each; a refused publish does not", async () => {
    const deps = depsFor(db);
    const { auth } = await signedInAdmin(deps, "version");
    const key = "ba.perSegment.ba-operated";
    const current = await db.awardChart.findFirstOrThrow({ where: { key, status: "published" }, orderBy: { effectiveFrom: "desc" }, select: { id: true } });
    const csv = chartRowsToCsv(await loadRows(db, current.id));
    const v0 = await readDataVersion(db);

    expect(await publishChartVersion(auth, key, { effectiveFrom: "2031-01-01", source: "data version test", confidence: "M", csv: "nonsense" }, deps)).toMatchObject({ ok: false });
    expect(await readDataVersion(db)).toBe(v0);

    const published = await publishChartVersion(auth, key, { effectiveFrom: "2031-01-01", source: "data version test", confidence: "M", csv }, deps);
    expect(published).toMatchObject({ ok: true });
    expect(await readDataVersion(db)).toBe(v0 + 1);

    expect(await rollbackChart(auth, key, { versionId: (published as { id: number }).id }, deps)).toMatchObject({ ok: true });
    expect(await readDataVersion(db)).toBe(v0 + 2);
  });
});

// Award chart versions through the admin data layer on the real database: a malformed
// CSV is refused with every problem listed and the database untouched (row counts and
// checksums), publishing adds a version the engine uses from its date on while earlier
// dates keep the old one, rollback puts the old one back, and each action is audited.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testDb, dbTarget } from "./setup/db";
import { depsFor, fingerprint, restoreData, signedInAdmin, snapshotData, testClock } from "./admin-support";
import { exportChartVersion, getChart } from "@/lib/admin/charts/read";
import { previewChartVersion, publishChartVersion, rollbackChart } from "@/lib/admin/charts/write";
import { listAudit } from "@/lib/admin/audit-read";
import { loadAwardData } from "@/lib/db/queries/awards";
import { quoteItinerary } from "@/lib/calculators/awards";

const db = testDb();
// Put the data tables back as they were: the other integration files read the seed data.
let original: Awaited<ReturnType<typeof snapshotData>>;
beforeAll(async () => {
  original = await snapshotData(db);
});
afterAll(async () => {
  await restoreData(db, original);
  expect(await snapshotData(db)).toEqual(original);
  await db.$disconnect();
});

const BA = "ba.perSegment.ba-operated";
/** BA's chart before its 2025-12-15 rise (published cells); the seed's newer version holds estimates. */
const BA_2021 = "2021-08-01";
const JAL = "jal.partner";

async function setup() {
  const deps = depsFor(db, testClock("2026-11-23T09:00:00.000Z"));
  const { auth, email } = await signedInAdmin(deps, "charts");
  return { deps, auth, email };
}

/** A published version's CSV: the newest, or the one starting on `from`. */
async function currentCsv(deps: Awaited<ReturnType<typeof setup>>["deps"], auth: Awaited<ReturnType<typeof setup>>["auth"], key: string, from?: string) {
  const chart = await getChart(auth, key, deps);
  const version = chart!.versions.find((v) => v.status === "published" && (from === undefined || v.effectiveFrom === from))!;
  return (await exportChartVersion(auth, key, version.id, deps))!.csv;
}

/** BA economy London-New York one way booked and flown on `day` (zone 5, off-peak by default). */
async function baPrice(day: string): Promise<number | null> {
  const data = await loadAwardData(db);
  const res = quoteItinerary({ segments: [{ from: "LHR", to: "JFK", carrier: "BA", cabin: "economy", departs: `${day}T11:00`, arrives: `${day}T14:00` }], programs: ["BA"], asOf: day }, data);
  return res.quotes.find((q) => q.award === "perSegment")!.price;
}

describe(`a malformed chart CSV writes nothing (${dbTarget()})`, () => {
  test("wrong header, a negative price, overlapping bands and a date in the wrong format: every problem listed, database unchanged", async () => {
    const { deps, auth } = await setup();
    const lines = (await currentCsv(deps, auth, BA, BA_2021)).trim().split("\r\n");
    lines[0] = lines[0].replace("zone", "zonee"); // wrong header
    const negative = lines.findIndex((l) => l.includes(",economy,offpeak,4750,"));
    lines[negative] = lines[negative].replace(",4750", ",-4750"); // row negative + 1
    const overlap = lines.findIndex((l) => l.startsWith("2,,651,1151,economy,offpeak"));
    lines[overlap] = lines[overlap].replace("2,,651,1151", "2,,600,1151"); // overlaps 1-650
    const csv = lines.join("\n");
    const body = { effectiveFrom: "01/03/2027", source: "test", confidence: "M", csv };

    const before = await fingerprint(db);
    for (const call of [previewChartVersion, publishChartVersion]) {
      const res = await call(auth, BA, body, deps);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.status).toBe(400);
      const found = res.issues.map((i) => ({ path: i.path, row: i.row, column: i.column, message: i.message }));
      expect(found).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: "effectiveFrom", message: expect.stringMatching(/YYYY-MM-DD/) }),
          expect.objectContaining({ row: 1, column: "zonee", message: expect.stringMatching(/Unknown column "zonee"/) }),
          expect.objectContaining({ row: 1, column: "zone", message: expect.stringMatching(/Missing column "zone"/) }),
          expect.objectContaining({ row: negative + 1, column: "price", message: expect.stringMatching(/-4750 is below the minimum 0/) }),
          expect.objectContaining({ row: overlap + 1, column: "minMiles", message: expect.stringMatching(/600-1,151 overlaps the band 1-650/) }),
        ]),
      );
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  test.each([
    { label: "a gap between bands", edit: (c: string) => c.replace("2,,651,1151,economy,offpeak", "2,,700,1151,economy,offpeak"), message: /Gap: no band covers 651-699/ },
    { label: "a price of zero on a published cell", edit: (c: string) => c.replace(",economy,offpeak,4750", ",economy,offpeak,0"), message: /price 0 marks an unpublished cell/ },
    { label: "a price with decimals", edit: (c: string) => c.replace(",economy,offpeak,4750", ",economy,offpeak,4750.5"), message: /not a whole number/ },
    { label: "an unknown cabin", edit: (c: string) => c.replace(",economy,offpeak,4750", ",coach,offpeak,4750"), message: /"coach" is not one of/ },
    { label: "maxMiles below minMiles", edit: (c: string) => c.replace("2,,651,1151,economy,offpeak", "2,,651,640,economy,offpeak"), message: /maxMiles 640 is below minMiles 651/ },
    { label: "an open band that is not the last", edit: (c: string) => c.replace("8,,6501,7000,economy,offpeak", "8,,6501,,economy,offpeak"), message: /overlaps the band 6,501\+/ },
  ])("refused: $label", async ({ edit, message }) => {
    const { deps, auth } = await setup();
    const before = await fingerprint(db);
    const res = await publishChartVersion(auth, BA, { effectiveFrom: "2027-03-01", source: "test", confidence: "M", csv: edit(await currentCsv(deps, auth, BA, BA_2021)) }, deps);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.issues.map((i) => i.message).join("\n")).toMatch(message);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe(`publish, asOf and rollback (${dbTarget()})`, () => {
  test("BA: the new version prices trips from its date on; earlier trips keep the old chart; rollback restores it; all audited", async () => {
    const { deps, auth, email } = await setup();
    expect(await baPrice("2025-06-01")).toBe(13000); // facts §7: zone 5 economy off-peak
    expect(await baPrice("2027-06-01")).toBe(14375); // from 2025-12-15: the estimate 14,000-14,750 (facts §8)

    // An admin replaces the estimate of zone 5 economy off-peak by a published 15,000 from 2027-03-01.
    const csv = (await currentCsv(deps, auth, BA)).replace(/^5,,3001,4000,economy,offpeak,.*$/m, "5,,3001,4000,economy,offpeak,15000,chart,,,");
    const body = { effectiveFrom: "2027-03-01", source: "ba.com chart, 2027 (test)", confidence: "H", csv };
    const preview = await previewChartVersion(auth, BA, body, deps);
    expect(preview.ok && preview.preview.diff.changed.map((c) => [c.band, c.cabin, c.before?.price, c.after?.price])).toEqual([["3,001-4,000", "economy", 14375, 15000]]);
    expect(preview.ok && preview.preview.base?.effectiveFrom).toBe("2025-12-15");

    const published = await publishChartVersion(auth, BA, body, deps);
    expect(published.ok).toBe(true);
    expect(await baPrice("2025-06-01")).toBe(13000);
    expect(await baPrice("2027-02-28")).toBe(14375);
    expect(await baPrice("2027-03-01")).toBe(15000);
    expect(await baPrice("2027-06-01")).toBe(15000);

    const chart = await getChart(auth, BA, deps);
    expect(chart!.versions.map((v) => [v.effectiveFrom, v.effectiveTo, v.status, v.confidence])).toEqual([
      ["2027-03-01", null, "published", "H"],
      ["2025-12-15", "2027-03-01", "published", "L"],
      ["2021-08-01", "2025-12-15", "published", "M"],
    ]);

    const rolled = await rollbackChart(auth, BA, { versionId: chart!.latestPublishId }, deps);
    expect(rolled.ok).toBe(true);
    expect(await baPrice("2025-06-01")).toBe(13000);
    expect(await baPrice("2027-06-01")).toBe(14375);
    const after = await getChart(auth, BA, deps);
    expect(after!.versions.map((v) => [v.effectiveFrom, v.status])).toEqual([["2027-03-01", "retired"], ["2025-12-15", "published"], ["2021-08-01", "published"]]);
    expect(await db.awardChartRow.count({ where: { chartId: chart!.latestPublishId! } })).toBeGreaterThan(0); // history kept

    const audit = (await listAudit(auth, { entity: "AwardChart", entityKey: BA }, deps)).entries;
    expect(audit.map((e) => [e.action, e.actor])).toEqual([["chart.rollback", email], ["chart.publish", email]]);
    const publishEntry = audit[1] as { before: { base: { rows: { price: number; cabin: string; season: string; minMiles: number }[] } }; after: { version: { effectiveFrom: string; rows: { price: number }[] } } };
    expect(publishEntry.before.base.rows.some((r) => r.minMiles === 3001 && r.cabin === "economy" && r.season === "offpeak" && r.price === 14375)).toBe(true);
    expect(publishEntry.after.version.effectiveFrom).toBe("2027-03-01");

    // The same date can be published again after a rollback; the retired version keeps its rows.
    const again = await publishChartVersion(auth, BA, body, deps);
    expect(again.ok).toBe(true);
    expect(await baPrice("2027-06-01")).toBe(15000);
    const versions = (await getChart(auth, BA, deps))!.versions;
    expect(versions.filter((v) => v.effectiveFrom === "2027-03-01").map((v) => v.status).sort()).toEqual(["published", "retired"]);
    await rollbackChart(auth, BA, { versionId: (await getChart(auth, BA, deps))!.latestPublishId }, deps);
  });

  test("JAL (open-ended): publishing ends the version in force on the new date; rollback makes it open-ended again", async () => {
    const { deps, auth } = await setup();
    const csv = (await currentCsv(deps, auth, JAL)).replace(",economy,any,12000", ",economy,any,12500");
    const res = await publishChartVersion(auth, JAL, { effectiveFrom: "2027-04-01", source: "jal.co.jp (test)", confidence: "H", csv }, deps);
    expect(res.ok && res.preview.closes).toMatchObject({ effectiveTo: null, newEffectiveTo: "2027-04-01" });
    let chart = (await getChart(auth, JAL, deps))!;
    expect(chart.versions.map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([["2027-04-01", null], ["2024-01-01", "2027-04-01"]]);
    expect(chart.inForce?.effectiveFrom).toBe("2024-01-01"); // the clock says 2026-11-23

    const dup = await publishChartVersion(auth, JAL, { effectiveFrom: "2027-04-01", source: "again", confidence: "H", csv }, deps);
    expect(!dup.ok && dup.issues[0]).toMatchObject({ path: "effectiveFrom", message: expect.stringMatching(/already starts on 2027-04-01/) });

    const stale = await rollbackChart(auth, JAL, { versionId: 1 }, deps);
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect((await rollbackChart(auth, JAL, { versionId: chart.latestPublishId }, deps)).ok).toBe(true);
    chart = (await getChart(auth, JAL, deps))!;
    expect(chart.versions.filter((v) => v.status === "published").map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([["2024-01-01", null]]);
    expect(await rollbackChart(auth, JAL, { versionId: chart.latestPublishId }, deps)).toMatchObject({ ok: false, status: 409 });
  });

  test("unknown chart key: 404 issue, nothing written", async () => {
    const { deps, auth } = await setup();
    const res = await publishChartVersion(auth, "no.such.chart", { effectiveFrom: "2027-01-01", source: "x", confidence: "H", csv: "a" }, deps);
    expect(res).toMatchObject({ ok: false, status: 404 });
  });

  test("without a session nothing is read or written", async () => {
    const { deps } = await setup();
    const nobody = { token: null };
    const before = await fingerprint(db);
    await expect(previewChartVersion(nobody, BA, {}, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(publishChartVersion(nobody, BA, {}, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(rollbackChart(nobody, BA, { versionId: 1 }, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(exportChartVersion(nobody, BA, 1, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    expect(await fingerprint(db)).toEqual(before);
  });
});

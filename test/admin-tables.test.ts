// CSV export and import of the other tables through the admin data layer, on the real
// database: every export imports back as "no change"; a file with any problem is
// refused with every problem listed (row, column, problem) and writes nothing (row
// counts and checksums of every table compared); versioned tables take new versions
// only; corrections are audited with before and after.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testDb, dbTarget } from "./setup/db";
import { depsFor, fingerprint, restoreData, signedInAdmin, snapshotData } from "./admin-support";
import { createTranslator } from "next-intl";
import ja from "@/messages/ja/admin.json";
import { exportTableCsv, importTable, listTables, previewTableImport, rollbackTableImport } from "@/lib/admin/tables/service";
import { TABLES } from "@/lib/admin/tables/registry";
import { listAudit } from "@/lib/admin/audit-read";

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

async function setup() {
  const deps = depsFor(db);
  const { auth, email } = await signedInAdmin(deps, "tables");
  return { deps, auth, email };
}

/** Every data table (not the admin's own: sessions and the audit trail grow with each action). */
async function dataPrint() {
  const { admin: _a, adminSession: _s, auditEntry: _e, ...rest } = await fingerprint(db);
  return rest;
}
const jaProblem = createTranslator({ locale: "ja", messages: { problems: ja.problems }, namespace: "problems" }) as unknown as (k: string, v: Record<string, string>) => string;
/** The audit entry of the latest import of a table. */
async function lastImport(table: string) {
  return db.auditEntry.findFirstOrThrow({ where: { action: "table.import", entityKey: table }, orderBy: { id: "desc" } });
}

/** The campaigns CSV with the name of saison-jal-2023-07-rateup20 given a suffix. */
const renamed = (file: string, suffix: string) => file.replace(/^(saison-jal-2023-07-rateup20,[^,]*,)([^,\r\n]*)/m, `$1$2${suffix}`);
const storedName = async () => (await db.campaign.findUniqueOrThrow({ where: { code: "saison-jal-2023-07-rateup20" } })).name;

const messages = (res: { ok: boolean; issues?: { message: string; row?: number; column?: string | null }[] }) => (res.ok ? [] : res.issues!.map((i) => ({ row: i.row, column: i.column, message: i.message })));

describe(`CSV export and import (${dbTarget()})`, () => {
  test.each(TABLES.map((t) => ({ name: t.name })))("$name: the export imports back unchanged and writes nothing", async ({ name }) => {
    const { deps, auth } = await setup();
    const file = (await exportTableCsv(auth, name, deps))!;
    const before = await fingerprint(db);
    const stored = (await listTables(auth, deps)).find((t) => t.name === name)!.count;
    if (stored === 0) {
      expect(file.csv.trim().split("\r\n")).toHaveLength(1); // header only
      return;
    }
    const res = await importTable(auth, name, { csv: file.csv }, deps);
    expect(res).toMatchObject({ ok: true, preview: { created: 0, updated: 0, unchanged: stored } });
    expect(await fingerprint(db)).toEqual(before);
  });

  test("campaigns: wrong header, a negative bonus, a date in the wrong format and more: every problem listed, database unchanged", async () => {
    const { deps, auth } = await setup();
    const lines = (await exportTableCsv(auth, "campaigns", deps))!.csv.trim().split("\r\n");
    const header = lines[0].replace("nameJa", "name_ja");
    const row = (code: string, start: string, end: string, value: string, route = "ponta-jal") =>
      `${code},${route},Test,テスト,${start},${end},percent,${value},false,Anyone,誰でも,test source,M`;
    const csv = [
      header,
      row("test-2027-a", "2027/01/05", "2027-01-31", "20"), // row 2: date format
      row("test-2027-b", "2027-02-01", "2027-02-28", "-5"), // row 3: negative bonus
      row("test-2027-c", "2027-03-31", "2027-03-01", "10"), // row 4: end before start
      row("test-2027-d", "2027-04-01", "2027-04-30", "10", "nowhere-jal"), // row 5: unknown route
      row("test-2027-d", "2027-04-01", "2027-04-30", "10"), // row 6: duplicate code
    ].join("\n");
    const before = await fingerprint(db);
    for (const call of [previewTableImport, importTable]) {
      const res = await call(auth, "campaigns", { csv }, deps);
      expect(res).toMatchObject({ ok: false, status: 400 });
      expect(messages(res)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 1, column: "name_ja", message: expect.stringMatching(/Unknown column "name_ja"/) }),
          expect.objectContaining({ row: 1, column: "nameJa", message: expect.stringMatching(/Missing column "nameJa"/) }),
          expect.objectContaining({ row: 2, column: "startDate", message: expect.stringMatching(/"2027\/01\/05" is not a date in the form YYYY-MM-DD/) }),
          expect.objectContaining({ row: 3, column: "bonusValue", message: expect.stringMatching(/-5 must not be negative/) }),
        ]),
      );
    }
    expect(await fingerprint(db)).toEqual(before);

    // Each problem has a stable code, and reads in Japanese with the value that caused it.
    const res0 = await previewTableImport(auth, "campaigns", { csv }, deps);
    const issues = res0.ok ? [] : res0.issues;
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(["unknownColumn", "missingColumn", "notDate", "negative"]));
    const jaText = Object.fromEntries(issues.map((i) => [i.code, jaProblem(i.code, i.params)]));
    expect(jaText.notDate).toBe("「2027/01/05」はYYYY-MM-DD形式の日付ではありません。");
    expect(jaText.negative).toBe("-5 は負の値にできません。");
    expect(jaText.missingColumn).toBe("列「nameJa」がありません。");

    // With the header right, the checks that need whole rows show up too.
    const fixed = csv.replace("name_ja", "nameJa");
    const res = await importTable(auth, "campaigns", { csv: fixed }, deps);
    expect(messages(res)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: "startDate" }),
        expect.objectContaining({ row: 3, column: "bonusValue" }),
        expect.objectContaining({ row: 4, column: "endDate", message: expect.stringMatching(/end date 2027-03-01 is before the start date 2027-03-31/) }),
        expect.objectContaining({ row: 5, column: "route", message: expect.stringMatching(/Unknown conversion route "nowhere-jal"/) }),
        expect.objectContaining({ row: 6, column: "code", message: expect.stringMatching(/Row 5 has the same code/) }),
      ]),
    );
    expect(await fingerprint(db)).toEqual(before);
  });

  test("campaigns: a clean file adds a campaign and corrects another, in one audited transaction", async () => {
    const { deps, auth, email } = await setup();
    const file = (await exportTableCsv(auth, "campaigns", deps))!.csv;
    const corrected = file.replace("saison-jal-2023-07-rateup20,saison-jal,Miles 20% rate-up campaign", "saison-jal-2023-07-rateup20,saison-jal,Miles 20% rate-up campaign (Saison)");
    const added = corrected.trimEnd() + "\r\nponta-jal-2027-01-test,ponta-jal,New,新規,2027-01-01,2027-01-31,percent,25,true,Members,会員,test source,L\r\n";
    const res = await importTable(auth, "campaigns", { csv: added }, deps);
    expect(res).toMatchObject({ ok: true, preview: { created: 1, updated: 1, unchanged: 1 } });
    expect((await db.campaign.findUniqueOrThrow({ where: { code: "saison-jal-2023-07-rateup20" } })).name).toBe("Miles 20% rate-up campaign (Saison)");
    expect((await db.campaign.findUniqueOrThrow({ where: { code: "ponta-jal-2027-01-test" } })).startDate.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    const [entry] = (await listAudit(auth, { entity: "Campaign" }, deps)).entries;
    expect(entry).toMatchObject({ action: "table.import", actor: email, entityKey: "campaigns" });
    expect((entry.before as { updated: { name: string }[] }).updated[0].name).toBe("Miles 20% rate-up campaign");
    expect((entry.after as { updated: { name: string }[] }).updated[0].name).toBe("Miles 20% rate-up campaign (Saison)");
  });

  test("a formula in a cell round-trips safely: the export neutralises it, the import restores it (the probe's CSV injection)", async () => {
    const { deps, auth } = await setup();
    const formula = '=HYPERLINK("https://evil.example","x")';
    const dde = "=cmd|' /C calc'!A0";
    const was = await db.campaign.findUniqueOrThrow({ where: { code: "saison-jal-2023-07-rateup20" }, select: { name: true, nameJa: true } });
    await db.campaign.update({ where: { code: "saison-jal-2023-07-rateup20" }, data: { name: formula, nameJa: dde } });
    const file = (await exportTableCsv(auth, "campaigns", deps))!.csv;
    // No cell of the file starts with a formula character: each gets an apostrophe.
    expect(file).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(file).toContain("'=cmd|' /C calc'!A0");
    expect(file).not.toMatch(/(^|,)"?[=+@\t]/m);
    // Imported back: no change, and the stored text is the formula as it was, not a quoted copy.
    const stored = await db.campaign.count();
    expect(await importTable(auth, "campaigns", { csv: file }, deps)).toMatchObject({ ok: true, preview: { created: 0, updated: 0, unchanged: stored } });
    expect(await db.campaign.findUniqueOrThrow({ where: { code: "saison-jal-2023-07-rateup20" } })).toMatchObject({ name: formula, nameJa: dde });
    // A file that writes the apostrophe itself means the same text.
    const edited = file.replace("'=cmd|' /C calc'!A0", "'@SUM(1+1)");
    expect(await importTable(auth, "campaigns", { csv: edited }, deps)).toMatchObject({ ok: true, preview: { updated: 1 } });
    expect((await db.campaign.findUniqueOrThrow({ where: { code: "saison-jal-2023-07-rateup20" } })).nameJa).toBe("@SUM(1+1)");
    await db.campaign.update({ where: { code: "saison-jal-2023-07-rateup20" }, data: was });
  });

  test("Avios plans are versioned: a stored version cannot change in place; a later effectiveFrom is a new version", async () => {
    const { deps, auth } = await setup();
    const file = (await exportTableCsv(auth, "avios-plans", deps))!.csv;
    const before = await fingerprint(db);
    const changed = await importTable(auth, "avios-plans", { csv: file.replace("Voyager,2024-01-01,2900", "Voyager,2024-01-01,3100") }, deps);
    expect(messages(changed)).toEqual([expect.objectContaining({ column: "monthlyUsdCents", message: expect.stringMatching(/already stored with other values.*monthlyUsdCents "2900" → "3100".*later effectiveFrom/) })]);
    expect(await fingerprint(db)).toEqual(before);
    const header = file.split("\r\n")[0];
    const res = await importTable(auth, "avios-plans", { csv: `${header}\nVoyager,2027-01-01,3100,33000,1667,20000,ba.com (test),M\n` }, deps);
    expect(res).toMatchObject({ ok: true, preview: { created: 1, updated: 0 } });
    expect(await db.aviosPlan.count({ where: { name: "Voyager" } })).toBe(2);
  });

  test("safety ratings: stars must agree with the status; unknown airlines refused; a new year is added", async () => {
    const { deps, auth } = await setup();
    const header = (await exportTableCsv(auth, "safety-ratings", deps))!.csv.split("\r\n")[0];
    const before = await fingerprint(db);
    const bad = [header, "JL,2027,rated,,true,,,,,test,H", "SU,2027,unrated,3,false,,,,,test,H", "ZZ,2027,rated,9,false,,,,,test,H", "BA,27,rated,7,false,,,,,test,X"].join("\n");
    const res = await importTable(auth, "safety-ratings", { csv: bad }, deps);
    expect(messages(res)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: "stars", message: expect.stringMatching(/needs stars/) }),
        expect.objectContaining({ row: 3, column: "stars", message: expect.stringMatching(/no stars/) }),
        expect.objectContaining({ row: 4, column: "stars", message: expect.stringMatching(/9 is above the maximum 7/) }),
        expect.objectContaining({ row: 5, column: "year" }),
        expect.objectContaining({ row: 5, column: "confidence" }),
      ]),
    );
    expect(await fingerprint(db)).toEqual(before);
    const ok = await importTable(auth, "safety-ratings", { csv: [header, "JL,2027,rated,7,true,,,,,airlineratings.com 2027 (test),H", "ZZ,2027,rated,5,false,,,,,x,H"].join("\n") }, deps);
    expect(messages(ok)).toEqual([expect.objectContaining({ row: 3, column: "airlineCode", message: 'Row 3, column airlineCode: Unknown airline code "ZZ".' })]);
    const added = await importTable(auth, "safety-ratings", { csv: [header, "JL,2027,rated,7,true,,,,,airlineratings.com 2027 (test),H"].join("\n") }, deps);
    expect(added).toMatchObject({ ok: true, preview: { created: 1 } });
  });

  test("IHG rules: one row per tier; rule columns must agree, tiers must follow in steps; a new version is created with its tiers", async () => {
    const { deps, auth } = await setup();
    const file = (await exportTableCsv(auth, "ihg-rules", deps))!.csv;
    const [header, ...rows] = file.trim().split("\r\n");
    const next = rows.filter((r) => r.includes("2023-11-01")).map((r) => r.replace("2023-11-01", "2027-01-01"));
    const before = await fingerprint(db);
    const bad = [header, next[0].replace(",150000,", ",160000,"), next[1].replace(",11000,25000,", ",9000,25000,"), next[2]].join("\n");
    const res = await importTable(auth, "ihg-rules", { csv: bad }, deps);
    expect(messages(res)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: "annualCap", message: expect.stringMatching(/Differs from row 2/) }),
        expect.objectContaining({ row: 3, column: "tierMinPoints", message: expect.stringMatching(/overlaps the tier of row 2/) }),
      ]),
    );
    expect(await fingerprint(db)).toEqual(before);
    const ok = await importTable(auth, "ihg-rules", { csv: [header, ...rows, ...next].join("\n") }, deps);
    expect(ok).toMatchObject({ ok: true, preview: { created: 1, unchanged: 2 } });
    const rule = await db.ihgPurchaseRule.findUniqueOrThrow({ where: { effectiveFrom: new Date("2027-01-01T00:00:00Z") }, include: { tiers: true } });
    expect(rule.tiers.map((t) => [t.minPoints, t.maxPoints, t.centsPerPoint]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([[1000, 10000, 1.35], [11000, 25000, 1.15], [26000, null, 1]]);
  });

  test("route overrides: a new BA override is stored for the award engine", async () => {
    const { deps, auth } = await setup();
    const header = (await exportTableCsv(auth, "route-overrides", deps))!.csv.trim();
    const res = await importTable(auth, "route-overrides", { csv: `${header}\nBA,LHR,LCA,2000,2027-01-01,priced below its distance,ba.com (test),M\nBA,LHR,LHR,10,2027-01-01,,x,M\n` }, deps);
    expect(messages(res)).toEqual([expect.objectContaining({ row: 3, column: "toCode", message: "Row 3, column toCode: A route needs two different codes." })]);
    const ok = await importTable(auth, "route-overrides", { csv: `${header}\nBA,LHR,LCA,2000,2027-01-01,priced below its distance,ba.com (test),M\n` }, deps);
    expect(ok).toMatchObject({ ok: true, preview: { created: 1 } });
  });

  test("campaigns: an import (one added, one corrected) is rolled back from its audit entry: the data is as before, in one audited step, once", async () => {
    const { deps, auth, email } = await setup();
    const before = await dataPrint();
    const file = (await exportTableCsv(auth, "campaigns", deps))!.csv;
    const name = await storedName();
    const csv = renamed(file, " (typo)").trimEnd() + "\r\nponta-jal-2028-01-test,ponta-jal,New,新規,2028-01-01,2028-01-31,percent,25,true,Members,会員,test source,L\r\n";
    expect(await importTable(auth, "campaigns", { csv }, deps)).toMatchObject({ ok: true, preview: { created: 1, updated: 1 } });
    expect(await dataPrint()).not.toEqual(before);
    const imported = await lastImport("campaigns");
    const listed = (await listAudit(auth, { entity: "Campaign" }, deps)).entries.find((e) => e.id === imported.id)!;
    expect(listed.rolledBackBy).toBeNull();

    const res = await rollbackTableImport(auth, "campaigns", { auditId: imported.id }, deps);
    expect(res).toEqual({ ok: true, rollback: { table: "campaigns", auditId: imported.id, removed: 1, restored: 1 } });
    expect(await dataPrint()).toEqual(before);
    const [entry] = (await listAudit(auth, { entity: "Campaign" }, deps)).entries;
    expect(entry).toMatchObject({ action: "table.rollback", actor: email, entityKey: "campaigns", after: { rollsBack: imported.id } });
    expect((entry.before as { removed: { code: string }[] }).removed.map((c) => c.code)).toEqual(["ponta-jal-2028-01-test"]);
    expect((entry.after as { restored: { name: string }[] }).restored[0].name).toBe(name);
    expect(await storedName()).toBe(name);
    expect((await listAudit(auth, { entity: "Campaign" }, deps)).entries.find((e) => e.id === imported.id)!.rolledBackBy).toBe(entry.id);

    // Once only; and only an import of this table.
    const again = await rollbackTableImport(auth, "campaigns", { auditId: imported.id }, deps);
    expect(again).toMatchObject({ ok: false, status: 409, issues: [{ code: "alreadyRolledBack", params: { by: String(entry.id) } }] });
    expect(await rollbackTableImport(auth, "safety-ratings", { auditId: imported.id }, deps)).toMatchObject({ ok: false, status: 404, issues: [{ code: "importNotFound" }] });
    expect(await rollbackTableImport(auth, "campaigns", { auditId: "x" }, deps)).toMatchObject({ ok: false, status: 400 });
    expect(await dataPrint()).toEqual(before);
  });

  test("campaigns: an import whose rows a later import changed is not rolled back (409, nothing written) until the later one is", async () => {
    const { deps, auth } = await setup();
    const before = await dataPrint();
    const file = (await exportTableCsv(auth, "campaigns", deps))!.csv;
    const name = await storedName();
    const first = renamed(file, " (1)");
    const second = renamed(file, " (2)");
    expect(await importTable(auth, "campaigns", { csv: first }, deps)).toMatchObject({ ok: true });
    const a = await lastImport("campaigns");
    expect(await importTable(auth, "campaigns", { csv: second }, deps)).toMatchObject({ ok: true });
    const b = await lastImport("campaigns");
    const mid = await fingerprint(db);
    expect(await rollbackTableImport(auth, "campaigns", { auditId: a.id }, deps)).toMatchObject({ ok: false, status: 409, issues: [{ code: "changedSince", params: { key: "saison-jal-2023-07-rateup20" } }] });
    expect(await fingerprint(db)).toEqual(mid);
    expect(await rollbackTableImport(auth, "campaigns", { auditId: b.id }, deps)).toMatchObject({ ok: true });
    expect((await db.campaign.findUniqueOrThrow({ where: { code: "saison-jal-2023-07-rateup20" } })).name).toBe(`${name} (1)`);
    expect(await rollbackTableImport(auth, "campaigns", { auditId: a.id }, deps)).toMatchObject({ ok: true });
    expect(await dataPrint()).toEqual(before);
  });

  test.each([
    { table: "ihg-rules", make: (file: string) => { const [h, ...rows] = file.trim().split("\r\n"); return [h, ...rows.filter((r) => r.includes("2023-11-01")).map((r) => r.replace("2023-11-01", "2028-02-01"))].join("\n"); } },
    { table: "avios-plans", make: (file: string) => `${file.split("\r\n")[0]}\nVoyager,2028-01-01,3100,33000,1667,20000,ba.com (test),M\n` },
    { table: "safety-ratings", make: (file: string) => `${file.split("\r\n")[0]}\nJL,2029,rated,7,true,,,,,airlineratings.com (test),H\n` },
    { table: "sector-mileages", make: (file: string) => `${file.split("\r\n")[0]}\nJAL,HND,ITM,280,2028-01-01,jal.co.jp (test),M\n` },
    { table: "route-overrides", make: (file: string) => `${file.split("\r\n")[0]}\nBA,LHR,LCA,2000,2028-01-01,test,ba.com (test),M\n` },
  ])("$table: a new version imported, then rolled back: every data table as before", async ({ table, make }) => {
    const { deps, auth } = await setup();
    const before = await dataPrint();
    const res = await importTable(auth, table, { csv: make((await exportTableCsv(auth, table, deps))!.csv) }, deps);
    expect(res).toMatchObject({ ok: true, preview: { created: 1, updated: 0 } });
    expect(await dataPrint()).not.toEqual(before);
    expect(await rollbackTableImport(auth, table, { auditId: (await lastImport(table)).id }, deps)).toMatchObject({ ok: true, rollback: { removed: 1, restored: 0 } });
    expect(await dataPrint()).toEqual(before);
  });

  test("an unknown table is a 404; without a session nothing is read", async () => {
    const { deps, auth } = await setup();
    expect(await importTable(auth, "airports", { csv: "a" }, deps)).toMatchObject({ ok: false, status: 404 });
    expect(await exportTableCsv(auth, "airports", deps)).toBeNull();
    await expect(listTables({ token: null }, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(importTable({ token: null }, "campaigns", { csv: "a" }, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
    await expect(rollbackTableImport({ token: null }, "campaigns", { auditId: 1 }, deps)).rejects.toMatchObject({ name: "AdminUnauthorized" });
  });
});

// Seed integrity on a real database (SQLite, and PostgreSQL in CI): what the calculators
// rely on is present, complete and sourced, and seeding again changes nothing.
import { afterAll, describe, expect, it } from "vitest";
import { seedAll } from "@/lib/data/seed-db";
import { isValidTimeZone } from "@/lib/data/airports";
import { testDb, dbTarget } from "./setup/db";

const db = testDb();
afterAll(() => db.$disconnect());

async function counts() {
  return {
    airports: await db.airport.count(),
    airlines: await db.airline.count(),
    memberships: await db.allianceMembership.count(),
    ratings: await db.safetyRating.count(),
    campaigns: await db.campaign.count(),
    conversionRoutes: await db.conversionRoute.count(),
    ihgRules: await db.ihgPurchaseRule.count(),
    ihgTiers: await db.ihgPriceTier.count(),
    aviosPlans: await db.aviosPlan.count(),
    cardPresets: await db.cardPreset.count(),
  };
}

describe(`seed integrity (${dbTarget()})`, () => {
  it("has every medium and large airport with scheduled service, each with coordinates and a valid Olson time zone", async () => {
    const airports = await db.airport.findMany();
    expect(airports.length).toBeGreaterThan(3000);
    const broken = airports.filter(
      (a) => !(a.lat >= -90 && a.lat <= 90 && a.lon >= -180 && a.lon <= 180) || !a.timeZone || !isValidTimeZone(a.timeZone) || !/^[A-Z]{3}$/.test(a.iata),
    );
    expect(broken.map((a) => a.iata)).toEqual([]);
  });

  it.each([
    { label: "DOH is Hamad International (not the old Doha airport)", iata: "DOH", name: /Hamad/, timeZone: "Asia/Qatar" },
    { label: "BER (Berlin Brandenburg) exists", iata: "BER", name: /Brandenburg/, timeZone: "Europe/Berlin" },
    { label: "IST is the new Istanbul Airport, not Atatürk", iata: "IST", name: /^İstanbul Airport$/, timeZone: "Europe/Istanbul" },
    { label: "HND Tokyo Haneda, Japanese name kept", iata: "HND", name: /Haneda/, timeZone: "Asia/Tokyo" },
    { label: "HEL Helsinki-Vantaa", iata: "HEL", name: /Helsinki/, timeZone: "Europe/Helsinki" },
    { label: "HNL Honolulu", iata: "HNL", name: /Honolulu|Inouye/, timeZone: "Pacific/Honolulu" },
  ])("$label", async ({ iata, name, timeZone }) => {
    const a = await db.airport.findUnique({ where: { iata } });
    expect(a?.name).toMatch(name);
    expect(a?.timeZone).toBe(timeZone);
  });

  it("IST sits at the new airport's coordinates (41.26 N), Atatürk was at 40.98 N", async () => {
    const ist = await db.airport.findUniqueOrThrow({ where: { iata: "IST" } });
    expect(ist.lat).toBeCloseTo(41.26, 1);
  });

  it.each([
    { metro: "TYO", airports: ["HND", "NRT"] },
    { metro: "OSA", airports: ["ITM", "KIX", "UKB"] },
    { metro: "NGO", airports: ["NGO", "NKM"] },
    { metro: "SPK", airports: ["CTS", "OKD"] },
    { metro: "NYC", airports: ["EWR", "JFK", "LGA"] },
    { metro: "PAR", airports: ["CDG", "ORY"] },
  ])("metropolitan code $metro = $airports", async ({ metro, airports }) => {
    const rows = await db.airport.findMany({ where: { metroCode: metro }, select: { iata: true } });
    expect(rows.map((r) => r.iata).sort()).toEqual(airports);
  });

  it("LON groups London's airports", async () => {
    const rows = await db.airport.findMany({ where: { metroCode: "LON" }, select: { iata: true } });
    expect(rows.map((r) => r.iata)).toEqual(expect.arrayContaining(["LHR", "LGW", "STN", "LCY"]));
  });

  it("Japanese users find Japanese airports by a Japanese name", async () => {
    const jp = await db.airport.findMany({ where: { country: "JP", size: "large" }, select: { iata: true, nameJa: true } });
    expect(jp.filter((a) => !a.nameJa).map((a) => a.iata)).toEqual([]);
  });

  it("every alliance membership and rating points at a known airline; JAL's named partners are marked", async () => {
    const codes = new Set((await db.airline.findMany({ select: { code: true } })).map((a) => a.code));
    for (const m of await db.allianceMembership.findMany()) expect(codes.has(m.airlineCode)).toBe(true);
    for (const r of await db.safetyRating.findMany()) expect(codes.has(r.airlineCode)).toBe(true);
    const partners = await db.airline.findMany({ where: { code: { in: ["KE", "MU", "HA", "AT", "UK"] } } });
    expect(partners.map((p) => [p.code, p.jalPartner]).sort()).toEqual([["AT", true], ["HA", true], ["KE", true], ["MU", true], ["UK", true]]);
  });

  it("every versioned row has a source and a confidence", async () => {
    const rows = [
      ...(await db.safetyRating.findMany()),
      ...(await db.campaign.findMany()),
      ...(await db.conversionRoute.findMany()),
      ...(await db.ihgPurchaseRule.findMany()),
      ...(await db.aviosPlan.findMany()),
      ...(await db.cardPreset.findMany()),
    ];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !r.source?.trim() || !["H", "M", "L"].includes(r.confidence))).toEqual([]);
  });

  it("seeding twice changes nothing", async () => {
    const before = await counts();
    const report = await seedAll(db);
    expect(report.filter((r) => r.created || r.updated)).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});

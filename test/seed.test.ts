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
    charts: await db.awardChart.count(),
    chartRows: await db.awardChartRow.count(),
    rules: await db.awardRule.count(),
    tpm: await db.sectorMileage.count(),
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

  it("stores what airport search needs: ICAO codes, metro names and kana readings (issue 17)", async () => {
    const [nrt, hel] = await Promise.all([db.airport.findUnique({ where: { iata: "NRT" } }), db.airport.findUnique({ where: { iata: "HEL" } })]);
    expect(nrt).toMatchObject({ icao: "RJAA", metroCode: "TYO" });
    expect(nrt!.searchTerms.split("|")).toEqual(expect.arrayContaining(["Tokyo", "なりた"]));
    expect(hel!.icao).toBe("EFHK");
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

  it("every chart version's bands are contiguous and non-overlapping, per cabin, season and region", async () => {
    const charts = await db.awardChart.findMany({ include: { rows: true } });
    expect(charts.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const chart of charts) {
      const groups = new Map<string, typeof chart.rows>();
      for (const row of chart.rows) {
        const k = `${row.cabin}|${row.season}|${row.region ?? ""}`;
        groups.set(k, [...(groups.get(k) ?? []), row]);
      }
      for (const [k, rows] of groups) {
        const sorted = [...rows].sort((a, b) => a.minMiles - b.minMiles);
        sorted.forEach((row, i) => {
          const next = sorted[i + 1];
          if (row.maxMiles !== null && row.maxMiles < row.minMiles) problems.push(`${chart.key} ${k}: band ${row.minMiles}-${row.maxMiles} is reversed`);
          if (!next) return;
          if (row.maxMiles === null) problems.push(`${chart.key} ${k}: open band ${row.minMiles}+ is not the last`);
          else if (next.minMiles !== row.maxMiles + 1) problems.push(`${chart.key} ${k}: ${row.maxMiles} is followed by ${next.minMiles}`);
        });
      }
      // A cabin may start at a later band (BA sells no first class on short flights),
      // but every chart covers trips from the first mile in some cabin.
      if (Math.min(...chart.rows.map((r) => r.minMiles)) > 1) problems.push(`${chart.key}: no band starts at the first mile`);
    }
    expect(problems).toEqual([]);
  });

  it("every chart, rule and sector mileage has a source and a confidence; prices are positive integers", async () => {
    const sourced = [...(await db.awardChart.findMany()), ...(await db.awardRule.findMany()), ...(await db.sectorMileage.findMany()), ...(await db.valuation.findMany())];
    expect(sourced.filter((r) => !r.source?.trim() || !["H", "M", "L"].includes(r.confidence))).toEqual([]);
    const rows = await db.awardChartRow.findMany();
    // Price 0 only on a cell the chart has but nobody published (kind "unpublished": never priced).
    expect(rows.filter((r) => !Number.isInteger(r.price) || (r.kind === "unpublished" ? r.price !== 0 : r.price <= 0))).toEqual([]);
    expect(rows.filter((r) => r.kind === "estimate" && !(r.priceMin! <= r.price && r.price <= r.priceMax!))).toEqual([]);
  });

  it("the JAL oneworld chart holds the published example: 4,001-8,000 miles = 40,000 economy / 80,000 business", async () => {
    const chart = await db.awardChart.findFirstOrThrow({ where: { program: "JAL", award: "oneworld" }, include: { rows: true } });
    const band = chart.rows.filter((r) => r.minMiles === 4001 && r.maxMiles === 8000);
    expect(Object.fromEntries(band.map((r) => [r.cabin, r.price]))).toMatchObject({ economy: 40000, business: 80000 });
  });

  it("every seeded award row says when it was last checked against its source", async () => {
    const unchecked = [
      ...(await db.program.findMany({ where: { verifiedOn: null }, select: { code: true } })).map((r) => r.code),
      ...(await db.awardChart.findMany({ where: { verifiedOn: null }, select: { key: true } })).map((r) => r.key),
      ...(await db.awardRule.findMany({ where: { verifiedOn: null }, select: { key: true } })).map((r) => r.key),
      ...(await db.sectorMileage.findMany({ where: { verifiedOn: null }, select: { toCode: true } })).map((r) => r.toCode),
      ...(await db.valuation.findMany({ where: { verifiedOn: null }, select: { currency: true } })).map((r) => r.currency),
    ];
    expect(unchecked).toEqual([]);
  });

  it("seeding again replaces wording that still carries an internal reference and fills an empty verifiedOn, but keeps an admin's own wording", async () => {
    const rule = await db.awardRule.findFirstOrThrow({ where: { program: "JAL", award: "partner", key: "maxStopovers" } });
    const chart = await db.awardChart.findFirstOrThrow({ where: { key: "jal.partner" } });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { code: "ponta-jal-2023-07-rateup20" } });
    const rating = await db.safetyRating.findFirstOrThrow({ where: { airlineCode: "WY", year: 2024 } });
    const adminWords = "JAL partner award conditions page, checked by phone 2026-11-30";
    try {
      // As a database seeded before the texts were cleaned up, plus one admin edit.
      await db.awardRule.update({ where: { id: rule.id }, data: { source: "seed 7: 航空会社特典航空券のストップオーバー規定ガイド", verifiedOn: null } });
      await db.awardChart.update({ where: { id: chart.id }, data: { notes: "Start date not confirmed (set to the seed posts' date).", source: adminWords } });
      await db.campaign.update({ where: { id: campaign.id }, data: { source: "seed 1: Pontaポイント" } });
      await db.safetyRating.update({ where: { id: rating.id }, data: { note: "Joining oneworld (seed 4)." } });

      const report = await seedAll(db);
      expect(report.filter((r) => r.created || r.updated)).toEqual([
        { table: "SafetyRating", created: 0, updated: 1 },
        { table: "Campaign", created: 0, updated: 1 },
        { table: "AwardChart", created: 0, updated: 1 },
        { table: "AwardRule", created: 0, updated: 1 },
      ]);
      expect(await db.awardRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({ source: rule.source, verifiedOn: rule.verifiedOn });
      expect(rule.source).toMatch(/^Blog post 「航空会社特典航空券のストップオーバー規定ガイド」/);
      expect(await db.awardChart.findUniqueOrThrow({ where: { id: chart.id } })).toMatchObject({ notes: chart.notes, source: adminWords });
      expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).source).toBe(campaign.source);
      expect((await db.safetyRating.findUniqueOrThrow({ where: { id: rating.id } })).note).toBe(rating.note);
    } finally {
      await db.awardChart.update({ where: { id: chart.id }, data: { source: chart.source, notes: chart.notes } });
    }
  });

  it("seeding twice changes nothing", async () => {
    const before = await counts();
    const report = await seedAll(db);
    expect(report.filter((r) => r.created || r.updated)).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});

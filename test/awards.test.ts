// The award checker on the real, migrated, seeded database: the data is loaded by the
// same loadAwardData the cached getter uses, and quoted through the same service the
// API route and the /awards page call. The facts' examples come out as the facts say.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { quoteRaw, toApiIssues } from "@/lib/awards/quote-service";
import { HELSINKI_STOPOVER, HONOLULU_ROUND_TRIP } from "@/lib/awards/examples";
import { ZQuoteResponse } from "@/lib/calculators/awards";
import { loadAwardData, type AwardDataset } from "@/lib/db/queries/awards";
import { dbTarget, testDb } from "./setup/db";

const db = testDb();
afterAll(() => db.$disconnect());

let data: AwardDataset;
beforeAll(async () => {
  data = await loadAwardData(db);
});

function quote(raw: unknown) {
  const outcome = quoteRaw(raw, data);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.quote;
}

const seg = (from: string, to: string, carrier: string, departs: string, arrives: string, cabin = "economy") => ({ from, to, carrier, cabin, departs, arrives });

describe(`award quotes on the seeded database (${dbTarget()})`, () => {
  test("the data: every airport, airlines with memberships, programs, charts with rows, rules, TPM, valuations with sources", () => {
    const airports = data.airports as Map<string, unknown>;
    expect(airports.size).toBeGreaterThan(3000);
    expect(data.airportNames.get("HEL")).toMatchObject({ city: "Helsinki", cityJa: "ヘルシンキ" });
    expect(data.airlineNames.get("AY")).toEqual({ name: "Finnair", nameJa: "フィンエアー" });
    expect(data.programs.map((p) => p.code).sort()).toEqual(["AS", "BA", "CX", "JAL"]);
    expect(data.charts.every((c) => c.rows.length > 0)).toBe(true);
    expect(data.rules.length).toBeGreaterThan(20);
    expect(data.sectorMileages.find((m) => m.toCode === "HNL")?.miles).toBe(3831);
    expect(data.valuations.find((v) => v.currency === "Avios")).toMatchObject({ centsPerPoint: 1.5, confidence: "M", effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  test("facts §7: Tokyo-Honolulu round trip HND-HNL-HND on JL + AA = 2 x 3,831 = 7,662 TPM -> 40,000 economy on the JAL oneworld chart", () => {
    const q = quote({ ...HONOLULU_ROUND_TRIP, programs: ["JAL"] });
    expect(q.segments.map((s) => s.tpmMiles)).toEqual([3831, 3831]);
    const ow = q.quotes.find((x) => x.award === "oneworld")!;
    expect(ow).toMatchObject({ valid: true, totalMiles: 7662, price: 40000, currency: "JAL miles", distanceBasis: "tpm-else-wgs84" });
    expect(ow.chart).toMatchObject({ confidence: "H" });
    expect(q.stops).toMatchObject([{ airport: "HNL", kind: "turnaround" }]);
  });

  test("facts §7: LHR-JFK is 3,451 WGS84 miles -> BA zone 5, 13,000 Avios economy off-peak (booked 2024-06-01)", () => {
    const q = quote({ segments: [seg("LHR", "JFK", "BA", "2024-06-01T10:00", "2024-06-01T13:00")], programs: ["BA"], asOf: "2024-06-01" });
    expect(q.segments[0].distanceMiles).toBe(3451);
    const ba = q.quotes.find((x) => x.award === "perSegment")!;
    expect(ba.segmentPrices![0]).toMatchObject({ zone: "5", price: 13000 });
    expect(ba).toMatchObject({ valid: true, price: 13000, currency: "Avios" });
  });

  test("api.md example: NRT-HEL-LHR on AY, HEL a stopover of 49.83 h; 4,877 + 1,151 WGS84 miles", () => {
    const q = quote({ ...HELSINKI_STOPOVER, programs: ["JAL", "BA", "AS", "CX"], asOf: "2024-06-01" });
    expect(ZQuoteResponse.safeParse(q).success).toBe(true);
    // api.md shows 1,152 for HEL-LHR, computed with other coordinates; the engine's WGS84 distance is 1,151.
    expect(q.segments.map((s) => [s.from, s.to, s.distanceMiles, s.tpmMiles])).toEqual([["NRT", "HEL", 4877, null], ["HEL", "LHR", 1151, null]]);
    expect(q.stops).toMatchObject([{ airport: "HEL", kind: "stopover", hours: 49.83 }]);
    const byType = Object.fromEntries(q.quotes.map((x) => [`${x.program}.${x.award}`, x]));
    expect(byType["JAL.jal"].violations.map((v) => v.rule)).toContain("jal.carrier");
    expect(byType["JAL.oneworld"].violations.map((v) => v.rule)).toContain("oneworld.carriers");
    expect(byType["BA.perSegment"]).toMatchObject({ valid: true });
    // Atmos' Asia-Pacific chart (from 2024-03-11): 6,028 flown miles -> 75,000 business, cheaper at the stored valuations.
    expect(q.best).toMatchObject({ program: "AS", award: "partner", price: 75000 });
  });
});

describe("bad input through the service: issues at the API's paths", () => {
  const base = HELSINKI_STOPOVER.segments;
  test.each([
    { label: "unknown airport", raw: { segments: [{ ...base[0], to: "QQQ" }] }, path: "segments.0.to" },
    { label: "unknown airline", raw: { segments: [{ ...base[0], carrier: "Q9" }] }, path: "segments.0.carrier" },
    { label: "17 segments", raw: { segments: Array(17).fill(base[0]) }, path: "segments" },
    { label: "arrival before departure in real time (NRT 10:25 JST = 01:25Z, HEL 03:00 EEST = 00:00Z)", raw: { segments: [{ ...base[0], arrives: "2024-06-01T03:00" }] }, path: "segments.0.arrives" },
    { label: "malformed date", raw: { segments: [{ ...base[0], departs: "2024-06-31T10:25" }] }, path: "segments.0.departs" },
    { label: "string too long", raw: { segments: [{ ...base[0], from: "N".repeat(200) }] }, path: "segments.0.from" },
  ])("$label", ({ raw, path }) => {
    const outcome = quoteRaw(raw, data);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.path)).toContain(path);
    // The API's shape keeps only path and message.
    for (const i of toApiIssues(outcome.issues)) expect(Object.keys(i).sort()).toEqual(["message", "path"]);
  });

  test("the data checks come in Japanese too (for the page)", () => {
    const outcome = quoteRaw({ segments: [{ ...base[0], to: "QQQ" }] }, data);
    expect(outcome.ok ? null : outcome.issues[0]).toMatchObject({ path: "segments.0.to", message: "Unknown airport QQQ.", messageJa: expect.stringContaining("QQQ") });
  });
});

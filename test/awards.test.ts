// The award checker on the real, migrated, seeded database: the data is loaded by the
// same loadAwardData the cached getter uses, and quoted through the same service the
// API route and the /awards page call. The facts' examples come out as the facts say.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { quoteRaw, toApiIssues } from "@/lib/awards/quote-service";
import { HELSINKI_STOPOVER, HONOLULU_ROUND_TRIP } from "@/lib/awards/examples";
import { ZQuoteResponse } from "@/lib/calculators/awards";
import { tripOn } from "@/lib/calculators/awards/production-fixture";
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

// charts-2026 §5 examples and the edges of each model through the service on the seeded
// database (the same path as the API and the page), booked on 2026-12-02 unless stated.
describe(`award prices by booking date, with kind, range and seasons (${dbTarget()})`, () => {
  const at = (spec: string, program: string, opts: { cabin?: "economy" | "premium" | "business" | "first"; asOf?: string | null; stays?: number[] } = {}) => {
    const req: Record<string, unknown> = { segments: tripOn(spec, { cabin: opts.cabin, stays: opts.stays ?? [96] }), programs: [program] };
    if (opts.asOf !== null) req.asOf = opts.asOf ?? "2026-12-02";
    return quote(req);
  };
  const pick = (q: ReturnType<typeof quote>, award: string) => q.quotes.find((x) => x.award === award)!;

  test.each([
    { label: "§5 #6 BA LHR-JFK First off-peak return 150,000 (derived: the one published post-change figure)", spec: "LHR-JFK/BA JFK-LHR/BA", program: "BA", award: "perSegment", cabin: "first" as const, want: { price: 150000, priceKind: "derived", confidence: "L" } },
    { label: "BA LHR-JFK economy booked 2025-12-14: the old chart, 13,000", spec: "LHR-JFK/BA", program: "BA", award: "perSegment", asOf: "2025-12-14", want: { price: 13000, priceKind: "chart", priceRange: null, seasons: [{ season: "offpeak", price: 13000, priceRange: null }, { season: "peak", price: 20000, priceRange: null }] } },
    { label: "BA LHR-JFK economy booked 2025-12-15: estimate 14,000-14,750, peak 21,500-22,750", spec: "LHR-JFK/BA", program: "BA", award: "perSegment", asOf: "2025-12-15", want: { price: 14375, priceKind: "estimate", priceRange: { min: 14000, max: 14750 }, seasons: [{ season: "offpeak", price: 14375 }, { season: "peak", price: 22125 }] } },
    { label: "§5 #12 JAL award HND-HNL-HND business 2 x 43,000", spec: "HND-HNL/JL HNL-HND/JL", program: "JAL", award: "jal", cabin: "business" as const, want: { price: 86000, priceKind: "chart", confidence: "H" } },
    { label: "§5 #13 JAL First to North America: low / regular / high", spec: "HND-JFK/JL", program: "JAL", award: "jal", cabin: "first" as const, want: { price: 125000, seasons: [{ season: "low", price: 110000 }, { season: "regular", price: 125000 }, { season: "high", price: 140000 }] } },
    { label: "JAL award booked 2025-06-09 (before the base-mile table): valid, no price", spec: "HND-HNL/JL", program: "JAL", award: "jal", cabin: "business" as const, asOf: "2025-06-09", want: { valid: true, price: null } },
    { label: "§5 #22 Atmos LAX-HND on JAL economy 37,500 + US$12.50", spec: "LAX-HND/JL", program: "AS", award: "partner", want: { price: 37500, cash: [{ amount: 12.5, currency: "USD", what: "partnerBookingFee" }] } },
    { label: "§5 #29 Asia Miles HKG-NRT-HKG economy 26,000", spec: "HKG-NRT/CX NRT-HKG/CX", program: "CX", award: "standard", want: { price: 26000, priceKind: "chart" } },
    { label: "Asia Miles short-haul category 1 economy: not published, no price", spec: "HKG-PVG/CX", program: "CX", award: "standard", want: { valid: true, price: null } },
  ])("$label", ({ spec, program, award, cabin, asOf, want }) => {
    const q = at(spec, program, { cabin, asOf });
    expect(ZQuoteResponse.safeParse(q).success).toBe(true);
    expect(pick(q, award)).toMatchObject(want);
  });

  test("without asOf a quote is priced as booked today (api.md), whatever the travel date", () => {
    const q = at("LHR-JFK/BA", "BA", { asOf: null });
    expect(q.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect(pick(q, "perSegment").chart?.effectiveFrom).toBe("2025-12-15");
  });

  test("issue 14: NRT-HEL-LHR-HND business booked today for March 2027: JAL oneworld priced, Atmos priced with its fee, BA names the one unpublished segment", () => {
    const q = quote({ segments: tripOn("NRT-HEL/AY HEL-LHR/AY LHR-HND/JL", { cabin: "business", stays: [200, 72] }) });
    const by = Object.fromEntries(q.quotes.map((x) => [`${x.program}.${x.award}`, x]));
    expect(by["JAL.oneworld"]).toMatchObject({ valid: true, priceKind: "chart" });
    expect(by["JAL.oneworld"].price).toBeGreaterThan(0);
    expect(by["AS.partner"]).toMatchObject({ valid: true, price: 150000, cash: [{ amount: 25 }] });
    expect(by["BA.perSegment"]).toMatchObject({ valid: true, price: null });
    expect(by["BA.perSegment"].note).toMatch(/segment 3 \(LHR-HND\)/);
    // The note is the engine's codes in words (one language each), never a code itself.
    expect(by["BA.perSegment"].notes[0]).toMatchObject({ code: "note.segmentsUnpublished", params: { items: [expect.objectContaining({ segment: 3, from: "LHR", to: "HND", cabin: "business" })] } });
    expect(by["BA.perSegment"].noteJa).toMatch(/区間3 \(LHR-HND\): ビジネス/);
    for (const x of q.quotes) {
      for (const v of x.violations) expect(v).toEqual(expect.objectContaining({ rule: expect.any(String), code: expect.stringMatching(/^violation\./), message: expect.any(String), messageJa: expect.stringMatching(/[ぁ-んァ-ヶ一-龠]/) }));
      for (const text of [x.note, x.noteJa, ...x.violations.flatMap((v) => [v.message, v.messageJa])]) expect(text ?? "").not.toMatch(/[{}]|violation\.|note\.|JAL\.jal/);
    }
    expect(q.best).not.toBeNull();
  });
});

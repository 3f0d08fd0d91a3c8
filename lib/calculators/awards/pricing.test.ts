import { describe, expect, test } from "vitest";
import { awardCharts } from "@/lib/data/seed/awards";
import { wgs84Miles } from "./distance";
import { fixtureAirports } from "./fixtures";
import { quoteItinerary } from "./index";
import { renderAwardQuote, renderWarning } from "@/lib/i18n/award-messages";
import { seedData, trip, type TripOptions } from "./test-data";
import type { AwardChartInput, AwardData, AwardType, ProgramCode } from "./types";

function quote(program: ProgramCode, award: AwardType, spec: string, opts: TripOptions = {}, extra: { asOf?: string } = {}, data: AwardData = seedData) {
  const q = quoteItinerary({ segments: trip(spec, opts), programs: [program], ...extra }, data);
  return q.quotes.find((x) => x.award === award)!;
}

describe("JAL charts on total miles (TPM where published)", () => {
  test.each([
    { label: "facts §7: Tokyo-Honolulu round trip 2 x 3,831 = 7,662 -> 40,000 economy (JL out, AA back)", cabin: "economy" as const, price: 40000 },
    { label: "facts §7: Tokyo-Honolulu round trip -> 80,000 business", cabin: "business" as const, price: 80000 },
    { label: "Tokyo-Honolulu round trip -> 100,000 first", cabin: "first" as const, price: 100000 },
  ])("$label", ({ cabin, price }) => {
    const q = quote("JAL", "oneworld", "HND-HNL/JL HNL-HND/AA", { cabin, stays: [96] });
    expect(q.valid).toBe(true);
    expect(q.distanceBasis).toBe("tpm-else-wgs84");
    expect(q.totalMiles).toBe(7662);
    expect(q.price).toBe(price);
    expect(q.chart).toMatchObject({ name: "JAL oneworld award (round trip)", confidence: "H" });
    expect(q.warnings).toEqual([]); // 338 miles from the 8,000 edge: more than 2%
  });

  test("mixed cabins price at the highest cabin (JAL)", () => {
    const q = quote("JAL", "oneworld", "HND-HNL/JL HNL-HND/AA", { cabin: ["business", "economy"], stays: [96] });
    expect(q.cabin).toBe("business");
    expect(q.price).toBe(80000);
  });

  test("TPM replaces the WGS84 distance where published: Tokyo-Paris 2 x 6,194 (WGS84 6,048)", () => {
    const q = quote("JAL", "oneworld", "NRT-CDG/JL CDG-NRT/AY", { stays: [96] });
    expect(q.totalMiles).toBe(2 * 6194);
    expect(q.price).toBe(70000); // 12,388 -> 12,001-14,000 economy
  });

  test("partner chart, Finnair round trip: WGS84 where no TPM is published", () => {
    const q = quote("JAL", "partner", "NRT-HEL/AY HEL-NRT/AY", { stays: [96] });
    expect(q.totalMiles).toBe(2 * 4877);
    expect(q.price).toBe(47000); // 9,754 -> 8,001-10,000 economy
  });

  test("partner chart premium economy column", () => {
    expect(quote("JAL", "partner", "NRT-HEL/AY HEL-NRT/AY", { stays: [96], cabin: "premium" }).price).toBe(62000);
  });

  test("the oneworld chart has no premium economy column: valid, price null, note", () => {
    const q = quote("JAL", "oneworld", "HND-HNL/JL HNL-HND/AA", { cabin: "premium", stays: [96] });
    expect(q.valid).toBe(true);
    expect(q.price).toBeNull();
    expect(q.notes).toEqual([{ code: "note.noCabinPrice", params: expect.objectContaining({ cabin: "premium", hasCabin: false, miles: q.totalMiles }) }]);
    expect(renderAwardQuote(q).note).toContain("no premium economy column");
  });

  test("a surface sector's distance is not counted (JAL oneworld)", () => {
    const q = quote("JAL", "oneworld", "HND-HEL/JL HEL-LHR/AY LHR-MAN/~ MAN-HEL/AY HEL-HND/JL", { stays: [2, 48, 2, 2] });
    const d = (a: string, b: string) => wgs84Miles(fixtureAirports[a], fixtureAirports[b]);
    expect(q.totalMiles).toBe(2 * d("HND", "HEL") + d("HEL", "LHR") + d("MAN", "HEL"));
    expect(d("LHR", "MAN")).toBeGreaterThan(100);
  });

  test("a JAL award booked before 2025-06-10 (no base-mile table stored for then): valid, price null, a note in words", () => {
    const q = quote("JAL", "jal", "HND-HNL/JL HNL-HND/JL", { stays: [96] });
    expect(q.valid).toBe(true);
    expect(q.price).toBeNull();
    expect(q.notes).toEqual([{ code: "note.noChart", params: expect.objectContaining({ award: "JAL.jal", asOf: expect.stringMatching(/^2024-/) }) }]);
    const r = renderAwardQuote(q);
    expect(r.note).toMatch(/^No award chart for a JAL award is stored for tickets booked on 2024-/);
    expect(r.noteJa).toMatch(/JAL特典航空券の特典チャートが登録されていない/);
    expect(`${r.note} ${r.noteJa}`).not.toMatch(/JAL jal|JAL\.jal|perSegment|facts §|seed \d/);
  });
});

describe("band-edge warning within 2% (rule bandEdgeWarningPercent)", () => {
  test("Tokyo-Frankfurt round trip 2 x 5,928 = 11,856: 145 miles below the 12,000 edge", () => {
    const q = quote("JAL", "oneworld", "HND-FRA/JL FRA-HND/AY", { stays: [96] });
    expect(q.totalMiles).toBe(11856);
    const w = q.warnings.find((x) => x.code === "chart.bandEdge")!;
    expect(w).toMatchObject({ edgeMiles: 12000, milesToEdge: 145 });
    expect(w.params).toMatchObject({ scope: "trip", miles: 11856, edge: 12000, side: "upper", toEdge: 145 });
    expect(renderWarning(w).message).toContain("12,000-mile edge");
    expect(renderWarning(w).messageJa).toContain("12,000マイル");
  });

  test("NRT-HEL-LHR on the partner chart: 6,028 is 28 miles above the 6,000 edge", () => {
    const w = quote("JAL", "partner", "NRT-HEL/AY HEL-LHR/AY").warnings.find((x) => x.code === "chart.bandEdge")!;
    expect(w).toMatchObject({ edgeMiles: 6000, milesToEdge: 28 });
  });

  test("BA per segment: HEL-LHR on AY is 1 mile above the partner zone 2/3 edge", () => {
    const w = quote("BA", "perSegment", "HEL-LHR/AY").warnings.find((x) => x.code === "chart.bandEdge")!;
    expect(w).toMatchObject({ edgeMiles: 1150, milesToEdge: 1, segmentIndex: 0 });
  });

  test("no warning more than 2% from an edge: LHR-JFK on BA (3,451, zone 3,001-4,000)", () => {
    expect(quote("BA", "perSegment", "LHR-JFK/BA").warnings).toEqual([]);
  });
});

describe("chart version selection by asOf: effectiveFrom <= asOf < effectiveTo, latest effectiveFrom wins", () => {
  const base = awardCharts.find((c) => c.key === "jal.oneworld.roundtrip")!;
  const version = (from: string, to: string | null, y: number, status = "published"): AwardChartInput => ({
    ...base,
    // Prisma hands the engine Date objects: accept them.
    effectiveFrom: new Date(`${from}T00:00:00Z`),
    effectiveTo: to ? new Date(`${to}T00:00:00Z`) : null,
    status,
    name: `test ${from}`,
    rows: base.rows.map((r) => (r.cabin === "economy" && r.minMiles === 4001 ? { ...r, price: y } : r)),
  });
  const data: AwardData = {
    ...seedData,
    charts: [
      ...seedData.charts.filter((c) => c.key !== base.key),
      version("2020-01-01", "2024-01-01", 35000),
      version("2024-01-01", null, 40000),
      version("2026-04-01", null, 45000),
      version("2025-06-01", null, 99999, "retired"),
    ],
  };
  test.each([
    { label: "before every version: no chart, price null", asOf: "2019-06-01", price: null, chart: null },
    { label: "2023-12-31: the 2020 version", asOf: "2023-12-31", price: 35000, chart: "2020-01-01" },
    { label: "2024-01-01: the 2020 version has ended (effectiveTo is exclusive)", asOf: "2024-01-01", price: 40000, chart: "2024-01-01" },
    { label: "2025-07-01: a retired version is ignored", asOf: "2025-07-01", price: 40000, chart: "2024-01-01" },
    { label: "2026-04-01: two open versions in force, the latest effectiveFrom wins", asOf: "2026-04-01", price: 45000, chart: "2026-04-01" },
  ])("$label", ({ asOf, price, chart }) => {
    const q = quote("JAL", "oneworld", "HND-HNL/JL HNL-HND/AA", { stays: [96] }, { asOf }, data);
    expect(q.price).toBe(price);
    expect(q.chart?.effectiveFrom ?? null).toBe(chart);
  });

  test("asOf defaults to the first departure date", () => {
    const q = quote("JAL", "oneworld", "HND-HNL/JL HNL-HND/AA", { stays: [96], start: "2023-03-01T01:00Z" }, {}, data);
    expect(q.price).toBe(35000);
  });
});

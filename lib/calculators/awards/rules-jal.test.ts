import { describe, expect, test } from "vitest";
import { awardRules } from "@/lib/data/seed/awards";
import { quoteItinerary } from "./index";
import { renderViolation } from "@/lib/i18n/award-messages";
import { seedData, trip, withRules, type TripOptions } from "./test-data";
import type { AwardType } from "./types";

function quote(award: AwardType, spec: string, opts: TripOptions = {}, data = seedData) {
  const q = quoteItinerary({ segments: trip(spec, opts), programs: ["JAL"] }, data);
  return q.quotes.find((x) => x.award === award)!;
}
const codes = (q: ReturnType<typeof quote>) => q.violations.map((v) => v.rule);

type Case = { label: string; award: AwardType; spec: string; opts?: TripOptions; rule: string; violated: boolean };

const cases: Case[] = [
  // JAL award (seed 7)
  { label: "jal.carrier: JAL only -> JL both ways passes", award: "jal", spec: "HND-HNL/JL HNL-HND/JL", rule: "jal.carrier", violated: false },
  { label: "jal.carrier: an AA segment fails", award: "jal", spec: "HND-HNL/JL HNL-HND/AA", rule: "jal.carrier", violated: true },
  { label: "jal.noStopovers: transfers only passes", award: "jal", spec: "HND-HEL/JL HEL-LHR/JL LHR-HEL/JL HEL-HND/JL", opts: { stays: [2, 96, 2] }, rule: "jal.noStopovers", violated: false },
  { label: "jal.noStopovers: 48 h in HEL fails", award: "jal", spec: "HND-HEL/JL HEL-LHR/JL LHR-HEL/JL HEL-HND/JL", opts: { stays: [48, 96, 2] }, rule: "jal.noStopovers", violated: true },

  // Partner award (seed 7)
  { label: "partner.notPartner: Finnair (a JAL partner) passes", award: "partner", spec: "HND-HEL/AY HEL-HND/AY", rule: "partner.notPartner", violated: false },
  { label: "partner.notPartner: JL itself is not a partner airline", award: "partner", spec: "HND-HEL/JL HEL-HND/JL", rule: "partner.notPartner", violated: true },
  { label: "partner.carriers: exactly one partner airline passes", award: "partner", spec: "HND-HEL/AY HEL-LHR/AY LHR-HEL/AY HEL-HND/AY", rule: "partner.carriers", violated: false },
  { label: "partner.carriers: two partner airlines (AY + BA) fail", award: "partner", spec: "HND-HEL/AY HEL-LHR/AY LHR-HEL/BA HEL-HND/AY", rule: "partner.carriers", violated: true },
  { label: "partner.maxSegments: 6 segments pass", award: "partner", spec: "NRT-HEL/AY HEL-CDG/AY CDG-HEL/AY HEL-MAD/AY MAD-HEL/AY HEL-NRT/AY", rule: "partner.maxSegments", violated: false },
  { label: "partner.maxSegments: 7 segments fail", award: "partner", spec: "NRT-HEL/AY HEL-MAD/AY MAD-CDG/AY CDG-HEL/AY HEL-FRA/AY FRA-HEL/AY HEL-LHR/AY", rule: "partner.maxSegments", violated: true },
  { label: "partner.maxStopovers: 3 stopovers pass", award: "partner", spec: "NRT-HEL/AY HEL-CDG/AY CDG-HEL/AY HEL-MAD/AY MAD-HEL/AY HEL-NRT/AY", opts: { stays: [48, 48, 2, 72, 48] }, rule: "partner.maxStopovers", violated: false },
  { label: "partner.maxStopovers: 4 stopovers fail", award: "partner", spec: "NRT-HEL/AY HEL-CDG/AY CDG-HEL/AY HEL-MAD/AY MAD-HEL/AY HEL-NRT/AY", opts: { stays: [48, 48, 48, 72, 48] }, rule: "partner.maxStopovers", violated: true },
  { label: "partner.carrierMaxSegments: Korean Air 2 segments pass", award: "partner", spec: "HND-ICN/KE ICN-HND/KE", opts: { stays: [48] }, rule: "partner.carrierMaxSegments", violated: false },
  { label: "partner.carrierMaxSegments: Korean Air 3 segments fail", award: "partner", spec: "HND-ICN/KE ICN-BKK/KE BKK-NRT/KE", rule: "partner.carrierMaxSegments", violated: true },
  { label: "partner.carrierMaxSegments: China Eastern 4 segments pass", award: "partner", spec: "HND-PVG/MU PVG-BKK/MU BKK-PVG/MU PVG-HND/MU", rule: "partner.carrierMaxSegments", violated: false },
  { label: "partner.carrierMaxSegments: China Eastern 5 segments fail", award: "partner", spec: "HND-PVG/MU PVG-BKK/MU BKK-PVG/MU PVG-PEK/MU PEK-HND/MU", rule: "partner.carrierMaxSegments", violated: true },
  { label: "partner.carrierNoStopoverCountry: China Eastern, transfer in Shanghai passes", award: "partner", spec: "HND-PVG/MU PVG-BKK/MU BKK-PVG/MU PVG-HND/MU", opts: { stays: [2, 72, 2] }, rule: "partner.carrierNoStopoverCountry", violated: false },
  { label: "partner.carrierNoStopoverCountry: China Eastern, 48 h in Shanghai fails", award: "partner", spec: "HND-PVG/MU PVG-BKK/MU BKK-PVG/MU PVG-HND/MU", opts: { stays: [48, 72, 2] }, rule: "partner.carrierNoStopoverCountry", violated: true },
  { label: "partner.carrierMaxSegments: Hawaiian 4 segments pass", award: "partner", spec: "HND-HNL/HA HNL-LAX/HA LAX-HNL/HA HNL-HND/HA", rule: "partner.carrierMaxSegments", violated: false },
  { label: "partner.carrierMaxSegments: Hawaiian 5 segments fail", award: "partner", spec: "HND-HNL/HA HNL-LAX/HA LAX-SFO/HA SFO-HNL/HA HNL-HND/HA", rule: "partner.carrierMaxSegments", violated: true },
  { label: "partner.carrierMaxSegments: Royal Air Maroc 4 segments pass", award: "partner", spec: "NRT-CMN/AT CMN-MAD/AT MAD-CMN/AT CMN-NRT/AT", rule: "partner.carrierMaxSegments", violated: false },
  { label: "partner.carrierMaxSegments: Royal Air Maroc 5 segments fail", award: "partner", spec: "NRT-CMN/AT CMN-MAD/AT MAD-CMN/AT CMN-CDG/AT CDG-NRT/AT", rule: "partner.carrierMaxSegments", violated: true },
  { label: "partner.carrierMaxSegments: Vistara 4 segments pass", award: "partner", spec: "NRT-DEL/UK DEL-BKK/UK BKK-DEL/UK DEL-NRT/UK", rule: "partner.carrierMaxSegments", violated: false },
  { label: "partner.carrierMaxSegments: Vistara 5 segments fail", award: "partner", spec: "NRT-DEL/UK DEL-BKK/UK BKK-SIN/UK SIN-DEL/UK DEL-NRT/UK", rule: "partner.carrierMaxSegments", violated: true },
  { label: "partner.returnToOriginCountry: a round trip passes", award: "partner", spec: "NRT-HEL/AY HEL-NRT/AY", rule: "partner.returnToOriginCountry", violated: false },
  { label: "partner.returnToOriginCountry: one way to London fails (default on, facts §1)", award: "partner", spec: "NRT-HEL/AY HEL-LHR/AY", rule: "partner.returnToOriginCountry", violated: true },

  // oneworld award (seed 7, jal.co.jp conditions)
  { label: "oneworld.member: JL + AA pass", award: "oneworld", spec: "HND-HNL/JL HNL-HND/AA", rule: "oneworld.member", violated: false },
  { label: "oneworld.member: Korean Air is not oneworld", award: "oneworld", spec: "HND-ICN/JL ICN-HND/KE", rule: "oneworld.member", violated: true },
  { label: "oneworld.member: Alaska before it joined (2021-03-31) fails", award: "oneworld", spec: "HND-SEA/JL SEA-HND/AS", opts: { start: "2020-06-01T01:00Z" }, rule: "oneworld.member", violated: true },
  { label: "oneworld.member: Alaska after it joined passes", award: "oneworld", spec: "HND-SEA/JL SEA-HND/AS", opts: { start: "2022-06-01T01:00Z" }, rule: "oneworld.member", violated: false },
  { label: "oneworld.carriers: two oneworld airlines pass", award: "oneworld", spec: "HND-HNL/JL HNL-HND/AA", rule: "oneworld.carriers", violated: false },
  { label: "oneworld.carriers: JAL alone fails", award: "oneworld", spec: "HND-HNL/JL HNL-HND/JL", rule: "oneworld.carriers", violated: true },
  { label: "oneworld.maxSegments: 8 segments pass", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-MAD/IB MAD-LHR/IB LHR-DOH/QR DOH-HKG/QR HKG-SIN/CX SIN-NRT/JL", rule: "oneworld.maxSegments", violated: false },
  { label: "oneworld.maxSegments: 9 segments fail", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-MAD/IB MAD-LHR/IB LHR-DOH/QR DOH-HKG/QR HKG-SIN/CX SIN-BKK/CX BKK-NRT/JL", rule: "oneworld.maxSegments", violated: true },
  { label: "oneworld.maxStopovers: 7 stopovers pass", award: "oneworld", spec: "HKG-NRT/JL NRT-HEL/AY HEL-LHR/BA LHR-MAD/IB MAD-JFK/IB JFK-DFW/AA DFW-LAX/AA LAX-SEA/AS", opts: { stays: [48, 48, 48, 48, 48, 48, 48] }, rule: "oneworld.maxStopovers", violated: false },
  { label: "oneworld.maxStopovers: 8 stopovers fail", award: "oneworld", spec: "HKG-NRT/JL NRT-HEL/AY HEL-LHR/BA LHR-MAD/IB MAD-JFK/IB JFK-DFW/AA DFW-LAX/AA LAX-SEA/AS SEA-ANC/AS", opts: { stays: [48, 48, 48, 48, 48, 48, 48, 48] }, rule: "oneworld.maxStopovers", violated: true },
  { label: "oneworld.domesticSegments: 2 segments within Japan pass", award: "oneworld", spec: "CTS-HND/JL HND-HNL/JL HNL-HND/AA HND-FUK/JL", rule: "oneworld.domesticSegments", violated: false },
  { label: "oneworld.domesticSegments: 3 segments within Japan fail", award: "oneworld", spec: "CTS-HND/JL HND-HNL/JL HNL-HND/AA HND-FUK/JL FUK-OKA/JL", rule: "oneworld.domesticSegments", violated: true },
  { label: "oneworld.noStopoverInOriginCountry: a transfer in Tokyo on a trip from Sapporo passes", award: "oneworld", spec: "CTS-HND/JL HND-HNL/JL HNL-HND/AA HND-CTS/JL", opts: { stays: [2, 96, 2] }, rule: "oneworld.noStopoverInOriginCountry", violated: false },
  { label: "oneworld.noStopoverInOriginCountry: 48 h in Tokyo on a trip from Sapporo fails", award: "oneworld", spec: "CTS-HND/JL HND-HNL/JL HNL-HND/AA HND-CTS/JL", opts: { stays: [48, 96, 2] }, rule: "oneworld.noStopoverInOriginCountry", violated: true },
  { label: "oneworld.noStopoverInOriginCountry: 48 h in Tokyo on a trip from Honolulu passes", award: "oneworld", spec: "HNL-HND/JL HND-HKG/CX HKG-HND/CX HND-HNL/AA", opts: { stays: [48, 96, 2] }, rule: "oneworld.noStopoverInOriginCountry", violated: false },
  { label: "oneworld.cityVisits: Helsinki 3 times passes", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-HEL/AY HEL-MAD/IB MAD-HEL/AY HEL-HND/JL", rule: "oneworld.cityVisits", violated: false },
  { label: "oneworld.cityVisits: Helsinki 4 times fails", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-HEL/AY HEL-MAD/IB MAD-HEL/AY HEL-CDG/AY CDG-HEL/AY HEL-HND/JL", rule: "oneworld.cityVisits", violated: true },
  { label: "oneworld.cityStopovers: one stopover in Helsinki passes", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-HEL/AY HEL-HND/JL", opts: { stays: [48, 96, 2] }, rule: "oneworld.cityStopovers", violated: false },
  { label: "oneworld.cityStopovers: two stopovers in Helsinki fail", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-HEL/AY HEL-HND/JL", opts: { stays: [48, 96, 48] }, rule: "oneworld.cityStopovers", violated: true },
  { label: "oneworld.surfaceSectors: one surface sector passes", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-MAN/~ MAN-HEL/AY HEL-HND/JL", rule: "oneworld.surfaceSectors", violated: false },
  { label: "oneworld.surfaceSectors: two surface sectors fail", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY LHR-MAN/~ MAN-CDG/BA CDG-MAD/~ MAD-HEL/IB HEL-HND/JL", rule: "oneworld.surfaceSectors", violated: true },
  { label: "oneworld.surfaceSectors: HND in, NRT out is one city for JAL (no surface sector) plus one surface sector passes", award: "oneworld", spec: "HKG-HND/JL NRT-LHR/JL LHR-MAN/~ MAN-HEL/AY HEL-HKG/CX", rule: "oneworld.surfaceSectors", violated: false },
  { label: "oneworld.returnToOriginCountry: a round trip passes", award: "oneworld", spec: "HND-HEL/JL HEL-HND/AY", rule: "oneworld.returnToOriginCountry", violated: false },
  { label: "oneworld.returnToOriginCountry: one way fails (default on, facts §1)", award: "oneworld", spec: "HND-HEL/JL HEL-LHR/AY", rule: "oneworld.returnToOriginCountry", violated: true },
];

describe("JAL Mileage Bank rules (facts §1)", () => {
  test.each(cases)("$label", ({ award, spec, opts, rule, violated }) => {
    expect(codes(quote(award, spec, opts)).includes(rule)).toBe(violated);
  });

  test("a rule violation names the segment: 'Segment 7 (HEL-LHR) exceeds the 6-segment limit'", () => {
    const q = quote("partner", "NRT-HEL/AY HEL-MAD/AY MAD-CDG/AY CDG-HEL/AY HEL-FRA/AY FRA-HEL/AY HEL-LHR/AY");
    const v = q.violations.find((x) => x.rule === "partner.maxSegments")!;
    expect(v).toMatchObject({ code: "violation.maxSegments", params: { segment: 7, from: "HEL", to: "LHR", limit: 6, award: "JAL.partner" } });
    expect(renderViolation(v).message).toBe("Segment 7 (HEL-LHR) exceeds the 6-segment limit of a JAL partner award.");
    expect(renderViolation(v).messageJa).toBe("区間7(HEL-LHR)は提携航空会社特典航空券の上限6区間を超えています。");
    expect(v.segmentIndex).toBe(6);
    expect(q.valid).toBe(false);
    expect(q.price).toBeNull();
  });

  test("a stopover violation names the stop and its hours", () => {
    const q = quote("jal", "HND-HEL/JL HEL-LHR/JL LHR-HEL/JL HEL-HND/JL", { stays: [48, 96, 2] });
    const v = q.violations.find((x) => x.rule === "jal.noStopovers")!;
    expect(v).toMatchObject({ code: "violation.maxStopovers", params: { limit: 0, n: 1, item: { kind: "stop", place: "HEL", hours: 48 }, award: "JAL.jal" } });
    expect(renderViolation(v).message).toBe("A JAL award allows no stopovers: the stop at HEL (48 h) is one.");
    expect(renderViolation(v).messageJa).toContain("HELでの滞在(48時間)");
    expect(v.stopIndex).toBe(0);
  });

  test("a fully valid oneworld award: Tokyo-Honolulu on JL + AA", () => {
    const q = quote("oneworld", "HND-HNL/JL HNL-HND/AA", { stays: [96] });
    expect(q.violations).toEqual([]);
    expect(q.valid).toBe(true);
  });

  test("a fully valid partner award: Tokyo-Helsinki round trip on Finnair with stopovers", () => {
    const q = quote("partner", "NRT-HEL/AY HEL-LHR/AY LHR-HEL/AY HEL-NRT/AY", { stays: [48, 96, 48] });
    expect(q.violations).toEqual([]);
    expect(q.valid).toBe(true);
  });

  test("the limits are data: lowering partner maxSegments to 2 in the rule rows makes 4 segments fail", () => {
    const rules = awardRules.map((r) => (r.program === "JAL" && r.award === "partner" && r.key === "maxSegments" ? { ...r, value: "2" } : r));
    const q = quote("partner", "NRT-HEL/AY HEL-LHR/AY LHR-HEL/AY HEL-NRT/AY", {}, withRules(seedData, rules));
    expect(q.violations.filter((v) => v.rule === "partner.maxSegments").map((v) => v.segmentIndex)).toEqual([2, 3]);
  });

  test("the return-to-origin rule is data: with the flag off a one-way partner award is valid and priced on its own total, with a warning", () => {
    const rules = awardRules.map((r) => (r.program === "JAL" && r.award === "partner" && r.key === "mustReturnToOriginCountry" ? { ...r, value: "false" } : r));
    const q = quote("partner", "NRT-HEL/AY HEL-LHR/AY", {}, withRules(seedData, rules));
    expect(q.valid).toBe(true);
    expect(q.totalMiles).toBe(4877 + 1151);
    expect(q.price).toBe(45000); // 6,001-8,000 economy
    expect(q.warnings.map((w) => w.code)).toContain("chart.oneWayOnRoundTripChart");
  });

  test.each([
    { label: "surfaceCountsAsStopover on: 1 stopover + 1 surface sector breaks a limit of 1", flag: true, violated: true },
    { label: "surfaceCountsAsStopover off: the same trip keeps within a limit of 1", flag: false, violated: false },
  ])("oneworld.maxStopovers, $label", ({ flag, violated }) => {
    const rules = awardRules.map((r) => {
      if (r.program !== "JAL" || r.award !== "oneworld") return r;
      if (r.key === "maxStopovers") return { ...r, value: "1" };
      if (r.key === "surfaceCountsAsStopover") return { ...r, value: JSON.stringify(flag) };
      return r;
    });
    const q = quote("oneworld", "HND-HEL/JL HEL-LHR/AY LHR-MAN/~ MAN-HEL/AY HEL-HND/JL", { stays: [48, 2, 2, 2] }, withRules(seedData, rules));
    expect(codes(q).includes("oneworld.maxStopovers")).toBe(violated);
  });

  test("rules not yet in force on asOf: the earliest version is used and a warning says so", () => {
    const q = quoteItinerary({ segments: trip("HND-HNL/JL HNL-HND/AA", { stays: [96], start: "2023-03-01T01:00Z" }), programs: ["JAL"] }, seedData);
    expect(q.warnings.map((w) => w.code)).toContain("rules.dateFallback");
    expect(q.quotes.find((x) => x.award === "oneworld")!.valid).toBe(true);
  });

  test("removing a rule row switches its check off", () => {
    const rules = awardRules.filter((r) => !(r.program === "JAL" && r.award === "oneworld" && r.key === "minAirlines"));
    expect(codes(quote("oneworld", "HND-HNL/JL HNL-HND/JL", {}, withRules(seedData, rules)))).not.toContain("oneworld.carriers");
  });
});

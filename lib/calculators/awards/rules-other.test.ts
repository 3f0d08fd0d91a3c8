import { describe, expect, test } from "vitest";
import { quoteItinerary } from "./index";
import { renderViolation } from "@/lib/i18n/award-messages";
import { seedData, trip, type TripOptions } from "./test-data";
import type { ProgramCode } from "./types";

function quote(program: ProgramCode, spec: string, opts: TripOptions = {}) {
  return quoteItinerary({ segments: trip(spec, opts), programs: [program] }, seedData).quotes[0];
}

type Case = { label: string; program: ProgramCode; spec: string; opts?: TripOptions; rule: string; violated: boolean };
const cases: Case[] = [
  // Alaska (seed 7): a stopover on a one-way award, so two on a round trip
  { label: "alaska.stopoversPerDirection: seed 7's LAX-Tokyo-SIN one way on JAL with a stop in Japan passes", program: "AS", spec: "LAX-NRT/JL NRT-SIN/JL", opts: { stays: [48] }, rule: "alaska.stopoversPerDirection", violated: false },
  { label: "alaska.stopoversPerDirection: two stopovers on a one-way fail", program: "AS", spec: "LAX-HNL/AS HNL-NRT/JL NRT-SIN/JL", opts: { stays: [48, 48] }, rule: "alaska.stopoversPerDirection", violated: true },
  { label: "alaska.stopoversPerDirection: a round trip with one stopover each way passes", program: "AS", spec: "SEA-NRT/JL NRT-SIN/JL SIN-NRT/JL NRT-SEA/JL", opts: { stays: [48, 96, 48] }, rule: "alaska.stopoversPerDirection", violated: false },
  { label: "alaska.stopoversPerDirection: two stopovers on the outbound fail", program: "AS", spec: "SEA-HNL/AS HNL-NRT/JL NRT-SIN/JL SIN-NRT/JL NRT-SEA/JL", opts: { stays: [48, 48, 96, 2] }, rule: "alaska.stopoversPerDirection", violated: true },

  // Cathay Pacific Asia Miles (asiamiles.com T&C)
  { label: "cathay.roundTripAllowance: two stopovers pass", program: "CX", spec: "HKG-NRT/CX NRT-HNL/JL HNL-NRT/JL NRT-HKG/CX", opts: { stays: [48, 96, 48] }, rule: "cathay.roundTripAllowance", violated: false },
  { label: "cathay.roundTripAllowance: two transfers pass", program: "CX", spec: "HKG-NRT/CX NRT-HNL/JL HNL-NRT/JL NRT-HKG/CX", opts: { stays: [2, 96, 2] }, rule: "cathay.roundTripAllowance", violated: false },
  { label: "cathay.roundTripAllowance: one open jaw (into Tokyo, out of Osaka) passes", program: "CX", spec: "HKG-NRT/CX KIX-HKG/CX", rule: "cathay.roundTripAllowance", violated: false },
  { label: "cathay.roundTripAllowance: into NRT, out of HND is the same city, no open jaw: passes", program: "CX", spec: "HKG-NRT/CX HND-HKG/CX", rule: "cathay.roundTripAllowance", violated: false },
  { label: "cathay.roundTripAllowance: an open jaw plus a transfer fails (alternatives read literally)", program: "CX", spec: "HKG-NRT/CX KIX-TPE/CX TPE-HKG/CX", rule: "cathay.roundTripAllowance", violated: true },
  { label: "cathay.roundTripAllowance: an open jaw at the origin (PVG out, PEK back, same country) passes", program: "CX", spec: "PVG-HKG/CX HKG-PEK/CX", opts: { stays: [96] }, rule: "cathay.roundTripAllowance", violated: false },
  { label: "cathay.roundTripAllowance: three stopovers fail", program: "CX", spec: "HKG-TPE/CX TPE-NRT/JL NRT-HNL/JL HNL-NRT/JL NRT-HKG/CX", opts: { stays: [48, 48, 96, 48] }, rule: "cathay.roundTripAllowance", violated: true },
  { label: "cathay.roundTripAllowance: a stopover plus a transfer fails (alternatives read literally)", program: "CX", spec: "HKG-NRT/CX NRT-HNL/JL HNL-NRT/JL NRT-HKG/CX", opts: { stays: [48, 96, 2] }, rule: "cathay.roundTripAllowance", violated: true },
  { label: "cathay.oneWayStopovers: one en-route stopover passes", program: "CX", spec: "HKG-NRT/CX NRT-HNL/JL", opts: { stays: [48] }, rule: "cathay.oneWayStopovers", violated: false },
  { label: "cathay.oneWayStopovers: two stopovers fail", program: "CX", spec: "HKG-TPE/CX TPE-NRT/CX NRT-HNL/JL", opts: { stays: [48, 48] }, rule: "cathay.oneWayStopovers", violated: true },
];

describe("Alaska and Asia Miles rules (facts §1)", () => {
  test.each(cases)("$label", ({ program, spec, opts, rule, violated }) => {
    expect(quote(program, spec, opts).violations.map((v) => v.rule).includes(rule)).toBe(violated);
  });

  test.each([
    { label: "Asia Miles, charts-2026 §5 #29: Hong Kong-Japan economy 13,000 one way, a round trip twice its longer direction = 26,000", program: "AS" as const, want: null },
    { label: "Atmos, Asia-Pacific 1,501-3,000 miles (charts-2026 §3.2): 25,000 each way + US$12.50 each way", program: "CX" as const, want: null },
  ])("HKG-NRT-HKG on Cathay: $label", ({ program }) => {
    const q = quote(program, "HKG-NRT/CX NRT-HKG/CX", { stays: [96] });
    expect(q.valid).toBe(true);
    if (program === "CX") expect(q).toMatchObject({ price: 26000, priceKind: "chart", cash: [] });
    else expect(q).toMatchObject({ price: 50000, priceKind: "chart", cash: [{ amount: 25, currency: "USD" }] });
    expect(q.chart).not.toBeNull();
  });

  test("the Alaska violation says which direction", () => {
    const v = quote("AS", "SEA-HNL/AS HNL-NRT/JL NRT-SIN/JL SIN-NRT/JL NRT-SEA/JL", { stays: [48, 48, 96, 2] }).violations[0];
    expect(v).toMatchObject({ rule: "alaska.stopoversPerDirection", params: { n: 2, direction: "outbound", max: 1 } });
    expect(renderViolation(v).message).toBe("The stop at NRT (48 h) is stopover 2 on the outbound journey; an Atmos Rewards partner award allows 1 per direction.");
    expect(v.stopIndex).toBe(1);
  });
});

test("Asia Miles counts an open jaw by city: NRT in, KIX out is one; NRT in, HND out is none", () => {
  const osaka = quoteItinerary({ segments: trip("HKG-NRT/CX KIX-HKG/CX"), programs: ["CX"] }, seedData).quotes[0];
  expect(osaka.pointLevel).toBe("city");
  expect(osaka.stops ?? []).toMatchObject([{ kind: "turnaround", openJaw: true }]);
  const tokyo = quoteItinerary({ segments: trip("HKG-NRT/CX HND-HKG/CX"), programs: ["CX"] }, seedData).quotes[0];
  expect(tokyo.stops).toMatchObject([{ kind: "turnaround", openJaw: false, city: "TYO" }]);
});

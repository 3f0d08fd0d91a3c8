import { describe, expect, test } from "vitest";
import { seedData, trip } from "@/lib/calculators/awards/test-data";
import type { ProgramCode, QuoteSegmentInput } from "@/lib/calculators/awards";
import { awardSeed } from "@/lib/data/seed/awards";
import { optimizeItinerary } from "./index";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function suggestionsFor(segments: QuoteSegmentInput[], programs?: ProgramCode[]) {
  return optimizeItinerary({ segments, programs }, seedData, awardSeed.valuations).suggestions;
}

describe("suggestions a points expert would make", () => {
  test.each([
    {
      label: "a 3 h connection at HEL on a JAL oneworld round trip with 7 stopovers allowed could be a free stopover",
      segments: trip("NRT-HEL/AY HEL-LHR/BA LHR-NRT/JL", { stays: [3, 72] }),
      programs: ["JAL"] as ProgramCode[],
      expected: { code: "stopover.free", stopIndex: 0, detail: { airport: "HEL", hours: 3, program: "JAL", award: "oneworld", stopoversUsed: 1, stopoversAllowed: 7 } },
      en: /3 h connection at HEL could be a stopover of more than 24 h at no extra cost/,
    },
    {
      label: "Tokyo-Honolulu-Sapporo-Tokyo is 8,091 miles, 91 miles over the 8,000-mile edge: 40,000 instead of 50,000 JAL miles",
      segments: trip("HND-HNL/JL HNL-CTS/CX CTS-HND/JL", { stays: [30, 3] }),
      programs: ["JAL"] as ProgramCode[],
      expected: { code: "band.overEdge", detail: { miles: 8091, edgeMiles: 8000, milesOver: 91, price: 50000, priceBelow: 40000, currency: "JAL miles" } },
      en: /91 miles over the 8,000-mile edge.*40,000 JAL miles instead of 50,000 JAL miles/,
    },
    {
      label: "Hawaiian on HNL-LAX keeps a JAL/American round trip off one JAL oneworld award: flown by American (a US carrier, on a US route) it would be one award, marked unchecked; without it the rest still is",
      segments: trip("HND-HNL/JL HNL-LAX/HA LAX-HND/AA", { stays: [72, 30] }),
      programs: undefined,
      expected: { code: "segment.blocksAward", segmentIndex: 1, detail: { program: "JAL", award: "oneworld", rule: "oneworld.member", replaceCarrier: "AA", replacePrice: 60000, removePrice: 50000 } },
      en: /Segment 2 \(HNL-LAX, HA\) keeps the whole journey off one JAL oneworld award.*Flown by AA instead.*60,000 JAL miles.*Route not checked: make sure AA flies HNL-LAX.*Without it.*50,000 JAL miles/,
    },
  ])("$label", ({ segments, programs, expected, en }) => {
    const found = suggestionsFor(segments, programs).filter((s) => s.code === expected.code);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject(expected);
    expect(found[0].en).toMatch(en);
    expect(found[0].ja).toMatch(JAPANESE);
  });

  test.each([
    {
      label: "no free stopover in Japan on a trip that starts in Japan (JAL oneworld conditions): the 3 h connections at HND and NRT stay connections",
      segments: trip("ITM-HND/JL HND-HEL/AY HEL-NRT/AY NRT-ITM/JL", { stays: [3, 96, 3] }),
      programs: ["JAL"] as ProgramCode[],
      code: "stopover.free",
    },
    {
      label: "no free-stopover news on a per-segment Avios ticket (its price is the sum of its flights whatever the stays)",
      segments: trip("NRT-HEL/AY HEL-LHR/AY", { stays: [3] }),
      programs: ["BA"] as ProgramCode[],
      code: "stopover.free",
    },
    {
      label: "no band-edge news for a trip under the edge (Tokyo-Honolulu 7,662 miles is 338 under 8,000)",
      segments: trip("HND-HNL/JL HNL-HND/AA", { stays: [96] }),
      programs: ["JAL"] as ProgramCode[],
      code: "band.overEdge",
    },
    {
      label: "no blocking-segment news when the fix costs more than the best plan (JL flights on a JAL partner award)",
      segments: trip("HND-HNL/JL HNL-HND/AA", { stays: [96] }),
      programs: undefined,
      code: "segment.blocksAward",
    },
  ])("$label", ({ segments, programs, code }) => {
    expect(suggestionsFor(segments, programs).filter((s) => s.code === code)).toEqual([]);
  });

  test("issue 17: no carrier is suggested on a route far from its home (Finnair on London-Tokyo, JAL on Honolulu-Los Angeles)", () => {
    const cases = [trip("HEL-LHR/AY LHR-HND/HA HND-HEL/AY", { stays: [72, 72] }), trip("HND-HNL/JL HNL-LAX/HA LAX-HND/AA", { stays: [72, 30] })];
    const replaced = cases.flatMap((segs) => suggestionsFor(segs).flatMap((s) => (s.code === "segment.blocksAward" ? [{ seg: s.segmentIndex, by: (s.detail as { replaceCarrier: string | null }).replaceCarrier }] : [])));
    expect(replaced.filter((r) => r.by === "AY" || r.by === "JL")).toEqual([]);
  });

  test("the free stopover is real: the same ticket with a 48 h stay at HEL is valid at the same price", () => {
    const stayed = optimizeItinerary({ segments: trip("NRT-HEL/AY HEL-LHR/BA LHR-NRT/JL", { stays: [48, 72] }), programs: ["JAL"] }, seedData, awardSeed.valuations);
    const connected = optimizeItinerary({ segments: trip("NRT-HEL/AY HEL-LHR/BA LHR-NRT/JL", { stays: [3, 72] }), programs: ["JAL"] }, seedData, awardSeed.valuations);
    expect(stayed.tickets.map((t) => [t.award, t.price, t.stopovers])).toEqual([["oneworld", connected.tickets[0].price, ["HEL"]]]);
  });
});

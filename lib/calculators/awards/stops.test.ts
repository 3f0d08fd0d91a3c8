import { describe, expect, test } from "vitest";
import { quoteItinerary } from "./index";
import { seedData, seg, trip } from "./test-data";
import type { QuoteSegmentInput } from "./types";

const stopsOf = (segments: QuoteSegmentInput[]) =>
  quoteItinerary({ segments, programs: ["BA"] }, seedData).stops.map((s) => ({ airport: s.airport, kind: s.kind, hours: s.hours }));

describe("stops: transfer, stopover, turnaround, open jaw (facts §1, api.md)", () => {
  test.each([
    {
      label: "api.md: NRT-HEL-LHR on AY, 2 days in HEL -> HEL stopover of 49.83 h",
      segments: [
        seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10", "business"),
        seg("HEL", "LHR", "AY", "2024-06-03T17:00", "2024-06-03T18:35", "business"),
      ],
      expected: [{ airport: "HEL", kind: "stopover", hours: 49.83 }],
    },
    {
      label: "facts §1: exactly 24 h is a transfer",
      segments: [seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10"), seg("HEL", "LHR", "AY", "2024-06-02T15:10", "2024-06-02T16:45")],
      expected: [{ airport: "HEL", kind: "transfer", hours: 24 }],
    },
    {
      label: "facts §1: 24 h 1 min is a stopover",
      segments: [seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10"), seg("HEL", "LHR", "AY", "2024-06-02T15:11", "2024-06-02T16:46")],
      expected: [{ airport: "HEL", kind: "stopover", hours: 24.02 }],
    },
    {
      label: "DST: JFK 20:00 -> next day 20:00 across the March 2024 change is 23 real hours -> transfer",
      segments: [seg("LHR", "JFK", "BA", "2024-03-09T15:00", "2024-03-09T20:00"), seg("JFK", "DFW", "AA", "2024-03-10T20:00", "2024-03-10T23:30")],
      expected: [{ airport: "JFK", kind: "transfer", hours: 23 }],
    },
    {
      label: "DST: JFK 20:00 -> next day 20:00 across the November 2024 change is 25 real hours -> stopover",
      segments: [seg("LHR", "JFK", "BA", "2024-11-02T15:00", "2024-11-02T20:00"), seg("JFK", "DFW", "AA", "2024-11-03T20:00", "2024-11-03T23:30")],
      expected: [{ airport: "JFK", kind: "stopover", hours: 25 }],
    },
    {
      label: "date line: HND 21:55 -> HNL 10:00 the same calendar day, leaving HNL next day 09:00 = 23 h transfer",
      segments: [seg("HND", "HNL", "JL", "2024-06-01T21:55", "2024-06-01T10:00"), seg("HNL", "LAX", "AA", "2024-06-02T09:00", "2024-06-02T17:00")],
      expected: [{ airport: "HNL", kind: "transfer", hours: 23 }],
    },
    {
      label: "date line westbound: LAX-HNL, HNL 13:00 -> NRT 16:30 next day; 2 h at HNL",
      segments: [seg("LAX", "HNL", "AA", "2024-06-01T08:00", "2024-06-01T11:00"), seg("HNL", "NRT", "JL", "2024-06-01T13:00", "2024-06-02T16:30")],
      expected: [{ airport: "HNL", kind: "transfer", hours: 2 }],
    },
    {
      label: "turnaround: a round trip's farthest point (HNL), never a stopover",
      segments: [seg("HND", "HNL", "JL", "2024-06-01T21:55", "2024-06-01T10:00"), seg("HNL", "HND", "AA", "2024-06-08T13:00", "2024-06-09T16:30")],
      expected: [{ airport: "HNL", kind: "turnaround", hours: 171 }],
    },
    {
      label: "turnaround: returning to the origin country (out from HND, back to KIX) counts as a round trip",
      segments: trip("HND-HEL/JL HEL-LHR/AY LHR-HEL/AY HEL-KIX/JL", { stays: [2, 72, 2] }),
      expected: [
        { airport: "HEL", kind: "transfer", hours: 2 },
        { airport: "LHR", kind: "turnaround", hours: 72 },
        { airport: "HEL", kind: "transfer", hours: 2 },
      ],
    },
    {
      label: "turnaround flag wins over the farthest point",
      segments: trip("HND-HEL/JL HEL-LHR/AY LHR-HEL/AY HEL-HND/JL", { stays: [48, 72, 2], turnaround: 0 }),
      expected: [
        { airport: "HEL", kind: "turnaround", hours: 48 },
        { airport: "LHR", kind: "stopover", hours: 72 },
        { airport: "HEL", kind: "transfer", hours: 2 },
      ],
    },
    {
      label: "open jaw: arriving LHR, leaving MAN (no surface segment)",
      segments: [
        seg("NRT", "HEL", "AY", "2024-06-01T10:25", "2024-06-01T15:10"),
        seg("HEL", "LHR", "AY", "2024-06-01T17:00", "2024-06-01T18:35"),
        seg("MAN", "HEL", "AY", "2024-06-10T10:00", "2024-06-10T15:00"),
      ],
      expected: [
        { airport: "HEL", kind: "transfer", hours: 1.83 },
        { airport: "LHR", kind: "openJaw", hours: 207.42 },
      ],
    },
    {
      label: "surface segment LHR-MAN: both ends are stops classified by time",
      segments: trip("NRT-HEL/AY HEL-LHR/AY LHR-MAN/~ MAN-HEL/AY", { stays: [2, 30, 3] }),
      expected: [
        { airport: "HEL", kind: "transfer", hours: 2 },
        { airport: "LHR", kind: "stopover", hours: 30 },
        { airport: "MAN", kind: "transfer", hours: 3 },
      ],
    },
  ])("$label", ({ segments, expected }) => {
    expect(stopsOf(segments)).toEqual(expected);
  });

  test("JAL sees a metropolitan city as one point: arriving HND and leaving NRT is an open jaw by airport, a transfer for JAL", () => {
    const segments = [
      ...trip("LHR-HND/JL", { start: "2024-06-01T10:00Z" }),
      ...trip("NRT-HKG/CX", { start: "2024-06-02T08:00Z" }),
    ];
    const q = quoteItinerary({ segments, programs: ["JAL"] }, seedData);
    expect(q.stops[0]).toMatchObject({ airport: "HND", departsFrom: "NRT", kind: "openJaw", openJaw: true });
    const oneworld = q.quotes.find((x) => x.award === "oneworld")!;
    expect(oneworld.pointLevel).toBe("city");
    expect(oneworld.stops![0]).toMatchObject({ city: "TYO", departsFromCity: "TYO", kind: "transfer", openJaw: false });
  });
});

import { describe, expect, test } from "vitest";
import { routeMapInput } from "./map-input";

const AIRPORTS: Record<string, { lat: number; lon: number }> = { NRT: { lat: 35.8, lon: 140.4 }, HEL: { lat: 60.3, lon: 24.9 }, LHR: { lat: 51.5, lon: -0.5 }, MAN: { lat: 53.4, lon: -2.3 } };
const where = (iata: string) => AIRPORTS[iata];
const texts = { title: "Route map", labels: { endpoint: "e", transfer: "t", stopover: "s", turnaround: "r", openJaw: "o", surface: "f", flight: "l" } };
const journey = {
  segments: [
    { from: "NRT", to: "HEL", surface: false },
    { from: "HEL", to: "LHR", surface: false },
    { from: "LHR", to: "MAN", surface: true },
  ],
  stops: [
    { airport: "HEL", kind: "stopover" as const },
    { airport: "LHR", kind: "transfer" as const },
  ],
};

describe("the /awards route map input", () => {
  test("the checker: one map segment per journey segment, stops as classified, no tickets", () => {
    const input = routeMapInput(journey, where, texts)!;
    expect(input.segments.map((s) => `${s.from.iata}-${s.to.iata}${s.surface ? " surface" : ""}${s.ticket ? ` t${s.ticket}` : ""}`)).toEqual(["NRT-HEL", "HEL-LHR", "LHR-MAN surface"]);
    expect(input.stops).toEqual([{ iata: "HEL", kind: "stopover" }, { iata: "LHR", kind: "transfer" }]);
    expect(input.labels.tickets).toBeUndefined();
  });

  test("the optimizer: each segment carries its ticket number and program; segments no award covers carry none", () => {
    const input = routeMapInput(journey, where, texts, [{ segments: [0, 1], program: "BA", label: "Ticket 1: Avios" }])!;
    expect(input.segments.map((s) => [s.ticket ?? null, s.program ?? null])).toEqual([[1, "BA"], [1, "BA"], [null, null]]);
    expect(input.labels.tickets).toEqual({ 1: "Ticket 1: Avios" });
  });

  test("an airport without coordinates: no map rather than a wrong one", () => {
    expect(routeMapInput({ segments: [{ from: "NRT", to: "XXX", surface: false }], stops: [] }, where, texts)).toBeNull();
  });
});

import { describe, expect, test } from "vitest";
import { seedData } from "@/lib/calculators/awards/test-data";
import { mapInputFromRoute, type MapTexts } from "./map-input";
import { ZMapQuery } from "./query";

const texts: MapTexts = {
  title: "Route map",
  ticket: (n, award) => `Ticket ${n}: ${award}`,
  legend: { endpoint: "Origin / destination", transfer: "Transfer", stopover: "Stopover", turnaround: "Turnaround", openJaw: "Open jaw", surface: "Surface sector", flight: "Flight" },
};

const issuePaths = (q: Record<string, string>) => {
  const r = ZMapQuery.safeParse(q);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("GET /api/v1/awards/map.svg query", () => {
  test("a route of codes, case-insensitive, with defaults (English, theme auto)", () => {
    expect(ZMapQuery.parse({ route: " nrt-hel-lhr " })).toMatchObject({ route: "NRT-HEL-LHR", lang: "en", theme: "auto" });
  });

  test.each([
    { label: "no journey at all", q: {}, path: "route" },
    { label: "both a route and the /awards address", q: { route: "NRT-HEL", s: "x" }, path: "route" },
    { label: "one airport only", q: { route: "NRT" }, path: "route" },
    { label: "a code that is not 3 letters", q: { route: "NRT-HELX" }, path: "route" },
    { label: "more than 17 airports", q: { route: Array.from({ length: 18 }, (_, i) => (i % 2 ? "HEL" : "NRT")).join("-") }, path: "route" },
    { label: "a flight to where it starts", q: { route: "NRT-NRT-HEL" }, path: "route" },
    { label: "more stop kinds than stops", q: { route: "NRT-HEL-LHR", stops: "stopover,transfer" }, path: "stops" },
    { label: "an unknown stop kind", q: { route: "NRT-HEL-LHR", stops: "layover" }, path: "stops" },
    { label: "tickets that overlap", q: { route: "NRT-HEL-LHR-MAD", tickets: "JAL:0-1,BA:1-2" }, path: "tickets" },
    { label: "a ticket past the last flight", q: { route: "NRT-HEL-LHR", tickets: "BA:0-2" }, path: "tickets" },
    { label: "an unknown program", q: { route: "NRT-HEL-LHR", tickets: "LH:0-1" }, path: "tickets" },
    { label: "plan=best without times", q: { route: "NRT-HEL-LHR", plan: "best" }, path: "plan" },
    { label: "an unknown theme", q: { route: "NRT-HEL", theme: "sepia" }, path: "theme" },
    { label: "an unknown language", q: { route: "NRT-HEL", lang: "fr" }, path: "lang" },
    { label: "a title over 80 characters", q: { route: "NRT-HEL", title: "x".repeat(81) }, path: "title" },
  ])("400 for $label (issue at $path)", ({ q, path }) => {
    expect(issuePaths(q as Record<string, string>)).toContain(path);
  });
});

describe("the map's input from a route", () => {
  test("stops default to transfers; an open jaw (NRT-LAX, SFO-NRT) is marked as one", () => {
    const r = mapInputFromRoute(ZMapQuery.parse({ route: "NRT-LAX,SFO-NRT" }), seedData, texts);
    expect(r.ok && r.input.stops).toEqual([{ iata: "LAX", kind: "openJaw" }]);
    expect(r.ok && r.input.segments.map((s) => `${s.from.iata}-${s.to.iata}`)).toEqual(["NRT-LAX", "SFO-NRT"]);
  });

  test("stop kinds and tickets as given", () => {
    const r = mapInputFromRoute(ZMapQuery.parse({ route: "NRT-HEL-LHR-MAD", stops: "stopover,transfer", tickets: "JAL:0-1,BA:2" }), seedData, texts);
    if (!r.ok) throw new Error("expected a map");
    expect(r.input.stops.map((s) => s.kind)).toEqual(["stopover", "transfer"]);
    expect(r.input.segments.map((s) => [s.ticket, s.program])).toEqual([[1, "JAL"], [1, "JAL"], [2, "BA"]]);
    expect(r.input.labels.tickets).toEqual({ 1: "Ticket 1: JAL", 2: "Ticket 2: BA" });
  });

  test("an unknown airport is a 400 issue at route", () => {
    expect(mapInputFromRoute(ZMapQuery.parse({ route: "NRT-ZZZ" }), seedData, texts)).toEqual({ ok: false, issues: [{ path: "route", message: "Unknown airport ZZZ." }] });
  });
});

describe("hostile combinations found by fuzzing never throw", () => {
  test.each([
    { label: "malformed tickets with a valid route", query: { route: "NRT-HEL", tickets: "JAL" } },
    { label: "malformed stops with a valid route", query: { route: "NRT-HEL-LHR", stops: "stopover,," } },
    { label: "malformed route with tickets", query: { route: "NRT-", tickets: "JAL:0" } },
  ])("$label -> a 400-style issue list", ({ query }) => {
    const result = ZMapQuery.safeParse(query);
    expect(result.success).toBe(false);
  });
});

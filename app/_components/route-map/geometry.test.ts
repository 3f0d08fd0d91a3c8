import { geoNaturalEarth1 } from "d3-geo";
import { describe, expect, test } from "vitest";
import { fixtureAirports } from "@/lib/calculators/awards/fixtures";
import { arcLines, DEFAULT_FIT, fitProjection, meanLongitude, pathOf, pieces, project, sphereBounds } from "./geometry";
import type { MapPoint } from "./types";

const P = (iata: string): MapPoint => ({ iata, lat: fixtureAirports[iata].lat, lon: fixtureAirports[iata].lon });
const chain = (codes: string[]) => codes.slice(1).map((c, i) => ({ from: P(codes[i]), to: P(c) }));

function fitted(codes: string[]) {
  const segs = chain(codes);
  const lines = arcLines(segs);
  const projection = fitProjection(segs.flatMap((s) => [s.from, s.to]), lines);
  return { projection, lines, points: codes.map((c) => project(projection, P(c))) };
}

describe("mean longitude", () => {
  test.each([
    { label: "two points either side of the antimeridian average to it, not to Greenwich", lons: [170, -170], expected: 180 },
    { label: "points east of Greenwich", lons: [10, 20], expected: 15 },
    { label: "Tokyo, Honolulu and Los Angeles centre on the Pacific", lons: [140.4, -157.9, -118.4], expected: -164.1 },
    { label: "no points", lons: [], expected: 0 },
  ])("$label", ({ lons, expected }) => {
    const m = meanLongitude(lons);
    // 180 and -180 are the same meridian.
    expect(Math.abs(((m - expected + 540) % 360) - 180)).toBeLessThan(0.5);
  });
});

describe("fitting the projection to the route", () => {
  test.each([
    { label: "NRT-HEL-LHR (api.md's example)", codes: ["NRT", "HEL", "LHR"] },
    { label: "HND-HNL-LAX, across the antimeridian", codes: ["HND", "HNL", "LAX"] },
    { label: "SYD-NAN-LAX, across the antimeridian in the south", codes: ["SYD", "NAN", "LAX"] },
    { label: "a round-the-world trip", codes: ["NRT", "HKG", "DOH", "LHR", "JFK", "LAX", "HNL", "HND"] },
    { label: "a Tokyo-Osaka hop", codes: ["HND", "ITM"] },
  ])("every airport of $label is inside the map, clear of its edges", ({ codes }) => {
    const { points } = fitted(codes);
    for (const p of points) {
      expect(p).not.toBeNull();
      expect(p![0]).toBeGreaterThanOrEqual(DEFAULT_FIT.padding - 0.5);
      expect(p![0]).toBeLessThanOrEqual(DEFAULT_FIT.width - DEFAULT_FIT.padding + 0.5);
      expect(p![1]).toBeGreaterThanOrEqual(DEFAULT_FIT.padding - 0.5);
      expect(p![1]).toBeLessThanOrEqual(DEFAULT_FIT.height - DEFAULT_FIT.padding + 0.5);
    }
  });

  test.each([
    { label: "Honolulu-Tokyo", codes: ["HNL", "NRT"] },
    { label: "Tokyo-Honolulu-Los Angeles", codes: ["HND", "HNL", "LAX"] },
    { label: "Sydney-Nadi-Los Angeles", codes: ["SYD", "NAN", "LAX"] },
  ])("$label: each arc across the antimeridian is drawn in one piece (the map is centred on the route)", ({ codes }) => {
    const { projection, lines } = fitted(codes);
    for (const line of lines) expect(pieces(pathOf(projection, line))).toBe(1);
  });

  test("without that centring, the Honolulu-Tokyo arc would be cut in two at the map's edge", () => {
    const line = arcLines(chain(["HNL", "NRT"]))[0];
    expect(pieces(pathOf(geoNaturalEarth1(), line))).toBe(2);
  });

  test("a short hop is not zoomed to fill the map (a minimum extent around the route)", () => {
    const { points } = fitted(["HND", "ITM"]);
    const dx = Math.abs(points[0]![0] - points[1]![0]);
    expect(dx).toBeGreaterThan(20);
    expect(dx).toBeLessThan(DEFAULT_FIT.width / 3);
  });

  test("a long route fills the map: NRT and LHR are most of its width apart", () => {
    const { points } = fitted(["NRT", "HEL", "LHR"]);
    expect(Math.abs(points[0]![0] - points[2]![0])).toBeGreaterThan(DEFAULT_FIT.width * 0.6);
  });

  test("arcs follow the great circle: NRT-LHR bulges north of both airports (over Siberia)", () => {
    const { projection, lines } = fitted(["NRT", "LHR"]);
    const ys = [...pathOf(projection, lines[0]).matchAll(/[ML,]?(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[2]));
    const [nrt, lhr] = [project(projection, P("NRT"))!, project(projection, P("LHR"))!];
    expect(Math.min(...ys)).toBeLessThan(Math.min(nrt[1], lhr[1]) - 20);
  });
});

describe("no empty band: the globe fills the map from top to bottom", () => {
  // Issue 17 item 8: a wide trip in the north left a band above the North Pole where
  // nothing was drawn. Where the globe is taller than the map, it now reaches both edges.
  test.each([
    { label: "NRT-HEL-LHR-HND, a wide trip in the far north", codes: ["NRT", "HEL", "LHR", "HND"] },
    { label: "NRT-HEL-LHR (api.md's example)", codes: ["NRT", "HEL", "LHR"] },
    { label: "SYD-NAN-LAX, in the south", codes: ["SYD", "NAN", "LAX"] },
    { label: "a round-the-world trip", codes: ["NRT", "HKG", "DOH", "LHR", "JFK", "LAX", "HNL", "HND"] },
  ])("$label", ({ codes }) => {
    const { projection, points } = fitted(codes);
    const [[, top], [, bottom]] = sphereBounds(projection);
    const below = DEFAULT_FIT.height - bottom;
    if (top > 0.5 || below > 0.5) {
      // A globe shorter than the map: centred, the same band above and below.
      expect(top).toBeGreaterThan(0.5);
      expect(below).toBeGreaterThan(0.5);
      expect(Math.abs(top - below)).toBeLessThan(1);
    }
    for (const p of points) expect(p).not.toBeNull();
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { fixtureAirports } from "@/lib/calculators/awards/fixtures";
import { buildMapModel } from "./model";
import { PALETTES } from "./palette";
import { RouteMap } from "./RouteMap";
import { LABEL_SIZE, renderMapSvg } from "./svg-string";
import type { MapStop, RouteMapInput } from "./types";
import { getWorld } from "./world";
import { readFileSync } from "node:fs";
import path from "node:path";

const P = (iata: string) => ({ iata, lat: fixtureAirports[iata].lat, lon: fixtureAirports[iata].lon });
const labels = { endpoint: "Origin / destination", transfer: "Transfer", stopover: "Stopover", turnaround: "Turnaround", openJaw: "Open jaw", surface: "Surface sector", flight: "Flight", tickets: { 1: "Ticket 1: JAL oneworld", 2: "Ticket 2: BA Avios" } };

/** Tokyo-Helsinki (stopover)-London (turnaround)-Madrid / surface to Lisbon... kept to fixture airports: LHR-MAD, MAD~CDG by land, CDG-HND. */
const input: RouteMapInput = {
  title: "Route map",
  labels,
  segments: [
    { from: P("NRT"), to: P("HEL"), ticket: 1, program: "JAL" },
    { from: P("HEL"), to: P("LHR"), ticket: 1, program: "JAL" },
    { from: P("LHR"), to: P("MAD"), ticket: 2, program: "BA" },
    { from: P("MAD"), to: P("CDG"), surface: true },
    { from: P("CDG"), to: P("HND"), ticket: 2, program: "BA" },
  ],
  stops: [
    { iata: "HEL", kind: "stopover" },
    { iata: "LHR", kind: "transfer" },
    { iata: "MAD", kind: "turnaround" },
    { iata: "CDG", kind: "transfer" },
  ] satisfies MapStop[],
};

const openJaw: RouteMapInput = {
  title: "Route map",
  labels,
  segments: [
    { from: P("HND"), to: P("LAX") },
    { from: P("SFO"), to: P("NRT") },
  ],
  stops: [{ iata: "LAX", kind: "openJaw" }],
};

const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]);
const kindsOf = (html: string) => Object.fromEntries([...html.matchAll(/data-airport="([A-Z]{3})" data-kind="(\w+)"/g)].map((m) => [m[1], m[2]]));

describe("the route map component (inline SVG, server-rendered)", () => {
  const html = renderToStaticMarkup(createElement(RouteMap, { ...input, testId: "map" }));

  test("one great-circle arc per segment, tickets and the surface sector marked", () => {
    expect(attrs(html, "data-segment")).toEqual(["0", "1", "2", "3", "4"]);
    expect(attrs(html, "data-ticket")).toEqual(["1", "1", "2", "2"]);
  });

  test("one marker per airport, with the kind of stop it is", () => {
    expect(kindsOf(html)).toEqual({ NRT: "endpoint", HEL: "stopover", LHR: "transfer", MAD: "turnaround", CDG: "transfer", HND: "endpoint" });
  });

  test("an open jaw marks both airports (arrival and next departure) as open jaw", () => {
    expect(kindsOf(renderToStaticMarkup(createElement(RouteMap, openJaw)))).toEqual({ HND: "endpoint", LAX: "openJaw", SFO: "openJaw", NRT: "endpoint" });
  });

  test("an image with a text alternative naming the route and its stopovers", () => {
    expect(html).toContain('role="img"');
    expect(attrs(html, "aria-label")[0]).toBe("Route map. NRT → HEL → LHR → MAD → CDG → HND. Stopover: HEL. Turnaround: MAD.");
  });

  test("a legend of the lines and of the stop kinds shown (shape and text, not colour alone)", () => {
    expect(attrs(html, "data-legend")).toEqual(["JAL", "BA", "surface", "endpoint", "turnaround", "stopover", "transfer"]);
    for (const t of ["Ticket 1: JAL oneworld", "Ticket 2: BA Avios", "Surface sector", "Stopover", "Turnaround"]) expect(html).toContain(t);
  });

  test("the world comes from the bundled topology: land is drawn", () => {
    const land = [...html.matchAll(/<path class="[^"]*" d="(M[^"]{2000,})"/g)];
    expect(land.length).toBeGreaterThan(0);
  });
});

describe("the standalone SVG (for GET /api/v1/awards/map.svg)", () => {
  const model = buildMapModel(input, getWorld(), { labelSize: LABEL_SIZE });

  test("the same arcs, markers and legend, all inside one SVG document", () => {
    const svg = renderMapSvg(model, "light");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(attrs(svg, "data-segment")).toHaveLength(5);
    expect(kindsOf(svg)).toEqual({ NRT: "endpoint", HEL: "stopover", LHR: "transfer", MAD: "turnaround", CDG: "transfer", HND: "endpoint" });
    expect(attrs(svg, "data-legend-kind")).toEqual(["endpoint", "turnaround", "stopover", "transfer"]);
    expect(svg).toContain(">HEL</text>");
  });

  test.each([
    { theme: "light" as const, style: false },
    { theme: "dark" as const, style: false },
    { theme: "auto" as const, style: true },
  ])("theme $theme: colours as attributes; a dark-mode stylesheet only for auto", ({ theme, style }) => {
    const svg = renderMapSvg(model, theme);
    const p = PALETTES[theme === "dark" ? "dark" : "light"];
    expect(svg).toContain(`fill="${p.sea}"`);
    expect(svg).toContain(`stroke="${p.programs.JAL}"`);
    expect(svg.includes("<style>")).toBe(style);
  });

  test("text is escaped (a hostile title cannot inject markup)", () => {
    const svg = renderMapSvg(buildMapModel({ ...input, title: '<script>alert("x")</script>' }, getWorld(), { labelSize: LABEL_SIZE }));
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;");
  });
});

test("the CSS module and palette.ts give the same program colours in light and dark", () => {
  const css = readFileSync(path.join(__dirname, "route-map.module.css"), "utf8").toLowerCase();
  for (const theme of ["light", "dark"] as const) {
    for (const colour of Object.values(PALETTES[theme].programs)) expect(css).toContain(colour.toLowerCase());
    for (const key of ["sea", "land", "border", "graticule"] as const) expect(css).toContain(PALETTES[theme][key].toLowerCase());
  }
});

// The image's text alternative reads as one language: Japanese punctuation on a Japanese map.
test("a Japanese map's summary uses Japanese punctuation, an English one English", () => {
  const ja = { ...input, title: "ルートマップ", labels: { ...labels, stopover: "途中降機", turnaround: "折り返し地点" } };
  expect(buildMapModel(ja, getWorld()).summary).toBe("ルートマップ。NRT → HEL → LHR → MAD → CDG → HND。途中降機：HEL。折り返し地点：MAD。");
  expect(buildMapModel(input, getWorld()).summary).toBe("Route map. NRT → HEL → LHR → MAD → CDG → HND. Stopover: HEL. Turnaround: MAD.");
});

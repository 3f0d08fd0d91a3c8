/**
 * Everything the route map draws, as plain data (paths in viewBox units,
 * labels, legend entries), built once and written out by two renderers: the
 * React component (inline SVG in pages, styled by CSS variables, labels and
 * legend as HTML so they stay readable on a phone) and the standalone SVG of
 * GET /api/v1/awards/map.svg (everything inside the image, colours as
 * attributes).
 */
import { geoGraticule } from "d3-geo";
import { arcLines, circlePath, diamondPath, fitProjection, pathOf, project, squarePath, trianglePath, DEFAULT_FIT } from "./geometry";
import { programKey, SURFACE_DASH, TICKET_DASHES } from "./palette";
import type { MapStopKind, RouteMapInput } from "./types";
import type { World } from "./world";

export type MarkerKind = "endpoint" | MapStopKind;

/** When an airport plays several parts, the one its marker shows (the destination of a round trip over a transfer...). */
const PRIORITY: MarkerKind[] = ["endpoint", "turnaround", "stopover", "openJaw", "transfer"];

export interface ArcModel {
  d: string;
  /** "flight", "surface" or a program key ("JAL", "BA", "AS", "CX", "other"). */
  colour: string;
  dash: string | null;
  segment: number;
  ticket: number | null;
}

export interface MarkerModel {
  iata: string;
  kind: MarkerKind;
  d: string;
  x: number;
  y: number;
}

export type LabelSide = "right" | "left" | "above" | "below" | "aboveRight" | "belowRight" | "aboveLeft" | "belowLeft";

/** A label centred on (x, y), in viewBox units, on `side` of its marker at (mx, my). */
export interface LabelModel {
  text: string;
  x: number;
  y: number;
  side: LabelSide;
  mx: number;
  my: number;
}

/** A legend entry: a line (flights, a ticket, a surface sector) or a stop marker, with its text. */
export type LegendItem = { type: "line"; colour: string; dash: string | null; text: string } | { type: "marker"; kind: MarkerKind; text: string };

export interface MapModel {
  width: number;
  height: number;
  title: string;
  summary: string;
  sphere: string;
  graticule: string;
  land: string;
  borders: string;
  arcs: ArcModel[];
  /** Ground gaps of open jaws (arrive at one airport, leave from another). */
  gaps: string[];
  markers: MarkerModel[];
  labels: LabelModel[];
  legend: LegendItem[];
}

export function markerPath(kind: MarkerKind, x: number, y: number): string {
  switch (kind) {
    case "endpoint":
      return squarePath(x, y, 5);
    case "stopover":
      return diamondPath(x, y, 5);
    case "turnaround":
      return trianglePath(x, y, 5);
    case "openJaw":
      return circlePath(x, y, 5);
    default:
      return circlePath(x, y, 3.5);
  }
}

/** Rough width of a label (no font metrics on the server): 0.62 em per character. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  // Capitals and digits (IATA codes) are wide in a bold face; the halo stroke adds a few units.
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? size : /[A-Z0-9]/.test(ch) ? size * 0.72 : size * 0.62;
  return w + 4;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * IATA labels next to their markers, each moved around its marker until it
 * overlaps no other label or marker. `size` is the label's height in viewBox
 * units (larger when the labels are HTML drawn at a fixed size over a map that
 * may be shrunk to a phone's width).
 */
export function placeLabels(markers: readonly MarkerModel[], width: number, height: number, size: number, markerRadius = 6): LabelModel[] {
  const r = markerRadius;
  const placed: Box[] = markers.map((m) => ({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r }));
  const out: LabelModel[] = [];
  for (const m of markers) {
    const w = textWidth(m.iata, size);
    const h = size;
    const gap = r + 3;
    // Centres: right, left, above, below, then the diagonals.
    const candidates: [number, number, LabelSide][] = [
      [m.x + gap + w / 2, m.y, "right"],
      [m.x - gap - w / 2, m.y, "left"],
      [m.x, m.y - gap - h / 2, "above"],
      [m.x, m.y + gap + h / 2, "below"],
      [m.x + gap + w / 2, m.y - gap - h / 2 + 4, "aboveRight"],
      [m.x + gap + w / 2, m.y + gap + h / 2 - 4, "belowRight"],
      [m.x - gap - w / 2, m.y - gap - h / 2 + 4, "aboveLeft"],
      [m.x - gap - w / 2, m.y + gap + h / 2 - 4, "belowLeft"],
      // One line further out, for a second airport at (almost) the same spot.
      [m.x, m.y + gap + h * 1.5 + 2, "below"],
      [m.x, m.y - gap - h * 1.5 - 2, "above"],
      [m.x + gap + w / 2, m.y + h + 2, "belowRight"],
      [m.x - gap - w / 2, m.y + h + 2, "belowLeft"],
    ];
    const boxOf = ([x, y]: [number, number, LabelSide]): Box => ({ x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 });
    const inside = (b: Box) => b.x0 >= 1 && b.x1 <= width - 1 && b.y0 >= 1 && b.y1 <= height - 1;
    // Near an edge (Tokyo at the right of a Europe route) the same spots slid back inside,
    // so two close airports (HND, NRT) still get labels that do not overlap.
    const clamp = (v: number, half: number, max: number) => Math.min(Math.max(v, half + 1), max - half - 1);
    const slid = candidates.map(([x, y, side]): [number, number, LabelSide] => [clamp(x, w / 2, width), clamp(y, h / 2, height), side]);
    const all = [...candidates, ...slid];
    const pick =
      all.find((c) => inside(boxOf(c)) && !placed.some((p) => overlaps(p, boxOf(c)))) ??
      all.find((c) => inside(boxOf(c))) ??
      candidates[0];
    placed.push(boxOf(pick));
    out.push({ text: m.iata, x: Math.round(pick[0] * 10) / 10, y: Math.round(pick[1] * 10) / 10, side: pick[2], mx: m.x, my: m.y });
  }
  return out;
}

/** "NRT → HEL → LHR / LGW → NRT" (a slash where the next flight leaves from elsewhere). */
export function routeText(input: RouteMapInput): string {
  const segs = input.segments;
  if (!segs.length) return "";
  let text = segs[0].from.iata;
  segs.forEach((s, i) => {
    if (i > 0 && s.from.iata !== segs[i - 1].to.iata) text += ` / ${s.from.iata}`;
    text += ` → ${s.to.iata}`;
  });
  return text;
}

function summaryOf(input: RouteMapInput): string {
  const parts = [input.title, routeText(input)];
  for (const kind of ["stopover", "turnaround", "openJaw"] as const) {
    const at = [...new Set(input.stops.filter((s) => s.kind === kind).map((s) => s.iata))];
    if (at.length) parts.push(`${input.labels[kind]}: ${at.join(", ")}`);
  }
  return `${parts.filter(Boolean).join(". ")}.`;
}

export interface ModelOptions {
  /** Label height in viewBox units (see placeLabels). */
  labelSize: number;
  /** Half the size of a marker in viewBox units, kept clear of labels (default 6). */
  markerRadius?: number;
}

export function buildMapModel(input: RouteMapInput, world: World, opts: ModelOptions = { labelSize: 14 }): MapModel {
  const width = input.width ?? DEFAULT_FIT.width;
  const height = Math.round((width * DEFAULT_FIT.height) / DEFAULT_FIT.width);
  const segs = input.segments;
  const points = segs.flatMap((s) => [s.from, s.to]);
  const lines = arcLines(segs);
  const projection = fitProjection(points, lines, { ...DEFAULT_FIT, width, height });

  // Tickets of one program are told apart by their dash pattern.
  const ticketDash = new Map<number, string | null>();
  const perProgram = new Map<string, number>();
  for (const s of segs) {
    if (s.ticket === undefined || ticketDash.has(s.ticket)) continue;
    const key = programKey(s.program);
    const n = perProgram.get(key) ?? 0;
    perProgram.set(key, n + 1);
    ticketDash.set(s.ticket, TICKET_DASHES[n % TICKET_DASHES.length]);
  }
  const arcs: ArcModel[] = segs.map((s, i) => ({
    d: pathOf(projection, lines[i]),
    colour: s.surface ? "surface" : s.ticket !== undefined ? programKey(s.program) : "flight",
    dash: s.surface ? SURFACE_DASH : s.ticket !== undefined ? ticketDash.get(s.ticket) ?? null : null,
    segment: i,
    ticket: s.ticket ?? null,
  }));

  // Each airport once, marked with the most telling part it plays.
  const kinds = new Map<string, MarkerKind>();
  const coords = new Map<string, (typeof points)[number]>();
  const mark = (iata: string, kind: MarkerKind) => {
    const had = kinds.get(iata);
    if (!had || PRIORITY.indexOf(kind) < PRIORITY.indexOf(had)) kinds.set(iata, kind);
  };
  for (const p of points) if (!coords.has(p.iata)) coords.set(p.iata, p);
  const gaps: string[] = [];
  segs.forEach((s, i) => {
    const next = segs[i + 1];
    if (!next) return;
    const stop = input.stops[i];
    const kind: MarkerKind = s.to.iata !== next.from.iata && !s.surface && !next.surface ? "openJaw" : stop?.kind ?? "transfer";
    mark(s.to.iata, kind);
    if (s.to.iata !== next.from.iata) {
      mark(next.from.iata, kind === "turnaround" ? "turnaround" : "openJaw");
      if (!next.surface && !s.surface) {
        const a = project(projection, s.to);
        const b = project(projection, next.from);
        if (a && b) gaps.push(`M${a[0]},${a[1]}L${b[0]},${b[1]}`);
      }
    }
  });
  if (segs.length) {
    mark(segs[0].from.iata, "endpoint");
    mark(segs[segs.length - 1].to.iata, "endpoint");
  }
  const markers: MarkerModel[] = [];
  for (const [iata, kind] of kinds) {
    const xy = project(projection, coords.get(iata)!);
    if (xy) markers.push({ iata, kind, d: markerPath(kind, xy[0], xy[1]), x: xy[0], y: xy[1] });
  }

  // Legend: the lines drawn, then the kinds of stop shown.
  const legend: LegendItem[] = [];
  const tickets = [...new Set(segs.flatMap((s) => (s.ticket !== undefined && !s.surface ? [s.ticket] : [])))].sort((a, b) => a - b);
  for (const t of tickets) {
    const s = segs.find((x) => x.ticket === t)!;
    legend.push({ type: "line", colour: programKey(s.program), dash: ticketDash.get(t) ?? null, text: input.labels.tickets?.[t] ?? `${s.program ?? ""} ${t}`.trim() });
  }
  if (!tickets.length && segs.some((s) => !s.surface)) legend.push({ type: "line", colour: "flight", dash: null, text: input.labels.flight });
  if (segs.some((s) => s.surface)) legend.push({ type: "line", colour: "surface", dash: SURFACE_DASH, text: input.labels.surface });
  const shown = new Set(markers.map((m) => m.kind));
  for (const kind of PRIORITY) if (shown.has(kind)) legend.push({ type: "marker", kind, text: input.labels[kind] });

  return {
    width,
    height,
    title: input.title,
    summary: input.summary ?? summaryOf(input),
    sphere: pathOf(projection, { type: "Sphere" }),
    graticule: pathOf(projection, geoGraticule().step([30, 30])()),
    land: pathOf(projection, world.land),
    borders: pathOf(projection, world.borders),
    arcs,
    gaps,
    markers,
    labels: placeLabels(markers, width, height, opts.labelSize, opts.markerRadius),
    legend,
  };
}

/** What the route map draws: flights as great-circle arcs, the stops between them, tickets by program. */

export interface MapPoint {
  iata: string;
  lat: number;
  lon: number;
}

export interface MapSegment {
  from: MapPoint;
  to: MapPoint;
  /** A stretch travelled by land (drawn dashed, not as a flight). */
  surface?: boolean;
  /** 1-based ticket number in the optimize view (tickets are coloured by program). */
  ticket?: number;
  /** Program of the ticket ("JAL", "BA", "AS", "CX"): sets the colour. */
  program?: string;
}

export type MapStopKind = "transfer" | "stopover" | "turnaround" | "openJaw";

export interface MapStop {
  iata: string;
  kind: MapStopKind;
}

/** Every word the map shows, already translated by the caller (the map has no text of its own). */
export interface RouteMapLabels {
  endpoint: string;
  transfer: string;
  stopover: string;
  turnaround: string;
  openJaw: string;
  surface: string;
  flight: string;
  /** Legend text per ticket number, e.g. { 1: "Ticket 1: JAL oneworld award" }. */
  tickets?: Record<number, string>;
}

export interface RouteMapInput {
  segments: MapSegment[];
  /** Stops in journey order (between segment i and i + 1), as the checker classified them. */
  stops: MapStop[];
  title: string;
  labels: RouteMapLabels;
  /** Overrides the generated text alternative (the route and its stops). */
  summary?: string;
  /** viewBox width (the SVG scales to its container; default 640). */
  width?: number;
}

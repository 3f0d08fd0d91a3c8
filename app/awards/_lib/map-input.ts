// The route map's input for the /awards page: the checker's segments and stops (the
// journey as the engine classified it), and in the Optimize view the best plan's
// tickets (coloured by program). Pure: airports and texts are passed in.
import type { MapSegment, MapStop, RouteMapInput, RouteMapLabels } from "@/app/_components/route-map/types";

export interface MapJourney {
  segments: readonly { from: string; to: string; surface: boolean }[];
  stops: readonly { airport: string; kind: MapStop["kind"] }[];
}

export interface MapTicket {
  segments: readonly number[];
  program: string;
  /** Legend text, e.g. "Ticket 1: JAL oneworld award". */
  label: string;
}

type Coordinates = (iata: string) => { lat: number; lon: number } | undefined;

/** null when an airport has no coordinates (the map is then left out rather than wrong). */
export function routeMapInput(journey: MapJourney, where: Coordinates, texts: { title: string; labels: Omit<RouteMapLabels, "tickets"> }, tickets: readonly MapTicket[] = []): RouteMapInput | null {
  const segments: MapSegment[] = [];
  for (const s of journey.segments) {
    const a = where(s.from);
    const b = where(s.to);
    if (!a || !b) return null;
    segments.push({ from: { iata: s.from, lat: a.lat, lon: a.lon }, to: { iata: s.to, lat: b.lat, lon: b.lon }, ...(s.surface ? { surface: true } : {}) });
  }
  const legend: Record<number, string> = {};
  tickets.forEach((t, k) => {
    for (const i of t.segments) if (segments[i]) Object.assign(segments[i], { ticket: k + 1, program: t.program });
    legend[k + 1] = t.label;
  });
  const stops: MapStop[] = journey.stops.map((s) => ({ iata: s.airport, kind: s.kind }));
  return { segments, stops, title: texts.title, labels: { ...texts.labels, ...(tickets.length ? { tickets: legend } : {}) } };
}

/**
 * Map geometry (pure, d3-geo): a Natural Earth projection rotated to the
 * route's mean longitude (a Tokyo-Honolulu-Los Angeles trip is drawn in one
 * piece instead of being cut at the antimeridian), fitted to the route with
 * padding and a minimum extent (a Tokyo-Osaka hop is not zoomed to a city
 * block), great-circle arcs (geoPath on a LineString follows the great circle)
 * and marker shapes.
 */
import { geoCentroid, geoCircle, geoDistance, geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { MapPoint } from "./types";

const DEG = Math.PI / 180;

/** The circular mean of longitudes (degrees, -180..180): 170 and -170 average to 180, not 0. */
export function meanLongitude(lons: readonly number[]): number {
  if (!lons.length) return 0;
  let x = 0;
  let y = 0;
  for (const lon of lons) {
    x += Math.cos(lon * DEG);
    y += Math.sin(lon * DEG);
  }
  if (Math.abs(x) < 1e-9 && Math.abs(y) < 1e-9) return 0;
  return Math.atan2(y, x) / DEG;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Room left around the route (for labels), in viewBox units. */
  padding: number;
  /** The map shows at least this many degrees around the route's centre. */
  minRadiusDeg: number;
}

export const DEFAULT_FIT: FitOptions = { width: 640, height: 360, padding: 34, minRadiusDeg: 9 };

type Pair = [number, number];

/** Every flight as a GeoJSON LineString from one airport to the next. */
export function arcLines(pairs: readonly { from: MapPoint; to: MapPoint }[]): GeoJSON.LineString[] {
  return pairs.map((p) => ({ type: "LineString", coordinates: [[p.from.lon, p.from.lat], [p.to.lon, p.to.lat]] }));
}

/**
 * A projection that shows the whole route: rotated so the route's mean
 * longitude is in the middle, fitted to the arcs, the airports and a circle of
 * `minRadiusDeg` around the route's centre, then clipped to the viewBox.
 */
export function fitProjection(points: readonly MapPoint[], arcs: readonly GeoJSON.LineString[], opts: FitOptions = DEFAULT_FIT): GeoProjection {
  const coords: Pair[] = points.map((p) => [p.lon, p.lat]);
  const centre = coords.length ? geoCentroid({ type: "MultiPoint", coordinates: coords }) : [0, 0];
  const lon = meanLongitude(coords.map((c) => c[0]));
  const projection = geoNaturalEarth1().rotate([-lon, 0]);
  // Never zoom in further than a circle of minRadiusDeg around the centre.
  const floor = geoCircle().center(centre as Pair).radius(opts.minRadiusDeg)();
  const features: GeoJSON.Feature[] = [
    { type: "Feature", properties: {}, geometry: floor },
    ...arcs.map((a): GeoJSON.Feature => ({ type: "Feature", properties: {}, geometry: a })),
  ];
  if (coords.length) features.push({ type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: coords } });
  projection.fitExtent(
    [
      [opts.padding, opts.padding],
      [opts.width - opts.padding, opts.height - opts.padding],
    ],
    { type: "FeatureCollection", features },
  );
  // No empty band: fitting centres the route, which can leave the map's top above the
  // North Pole (or its bottom below the South Pole) with nothing drawn there. Slide the
  // globe to that edge, as far as the other edge allows; a globe shorter than the map
  // stays centred.
  const [[, top], [, bottom]] = geoPath(projection).bounds({ type: "Sphere" });
  const [tx, ty] = projection.translate();
  const globe = bottom - top;
  const dy = globe <= opts.height ? opts.height / 2 - (top + bottom) / 2 : top > 0 ? -top : bottom < opts.height ? opts.height - bottom : 0;
  if (Math.abs(dy) > 0.01) projection.translate([tx, ty + dy]);
  // Clip to the viewBox: a zoomed-in map carries only the land it shows.
  return projection.clipExtent([
    [0, 0],
    [opts.width, opts.height],
  ]);
}

/** The visible part of the globe under the projection, [[x0, y0], [x1, y1]] in viewBox units. */
export function sphereBounds(projection: GeoProjection): [Pair, Pair] {
  return geoPath(projection).bounds({ type: "Sphere" }) as [Pair, Pair];
}

/** SVG path data (1 decimal) of any GeoJSON object under the projection; "" when nothing is visible. */
export function pathOf(projection: GeoProjection, object: GeoPermissibleObjects): string {
  return geoPath(projection).digits(1)(object) ?? "";
}

/** The projected point, or null when it falls outside the visible map. */
export function project(projection: GeoProjection, p: MapPoint): Pair | null {
  const xy = projection([p.lon, p.lat]);
  return xy ? [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10] : null;
}

/** Great-circle angle between two airports, in degrees. */
export function arcDegrees(a: MapPoint, b: MapPoint): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) / DEG;
}

/** The number of separate pieces a path is drawn in (an arc cut by the map's edge has two). */
export function pieces(d: string): number {
  return (d.match(/M/g) ?? []).length;
}

// ---------------------------------------------------------------- marker shapes (centred on x, y)

const f = (n: number) => Math.round(n * 10) / 10;

export function circlePath(x: number, y: number, r: number): string {
  return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0Z`;
}

export function squarePath(x: number, y: number, r: number): string {
  return `M${f(x - r)},${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
}

export function diamondPath(x: number, y: number, r: number): string {
  return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.3)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.3)},${f(y)}Z`;
}

export function trianglePath(x: number, y: number, r: number): string {
  const h = r * 1.5;
  return `M${f(x)},${f(y - h)}L${f(x + h * 0.9)},${f(y + h * 0.6)}L${f(x - h * 0.9)},${f(y + h * 0.6)}Z`;
}

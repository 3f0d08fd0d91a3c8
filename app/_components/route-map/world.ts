// The world as GeoJSON from the bundled Natural Earth 1:110m topology (world-atlas):
// land to fill and the borders between countries. Server-only: the topology (about
// 100 KB) never reaches a client bundle; pages get the finished SVG markup.
import "server-only";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";

export interface World {
  land: GeoJSON.FeatureCollection | GeoJSON.Feature;
  borders: GeoJSON.MultiLineString;
}

let world: World | undefined;

export function getWorld(): World {
  if (!world) {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
    world = {
      land: feature(topology, topology.objects.land),
      // Only borders shared by two countries (coastlines come with the land).
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    };
  }
  return world;
}

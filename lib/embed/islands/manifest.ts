import "server-only";
// Where each island's script and stylesheet are, and which message namespaces its
// components use: written by scripts/build-embed.mjs next to the files it builds.
import { readFileSync } from "node:fs";
import path from "node:path";

export type IslandEntry = { js: string; css: string | null; namespaces: string[] };
type Manifest = Record<string, IslandEntry>;

let cached: Manifest | null = null;

export function islandEntry(name: string): IslandEntry {
  const manifest =
    cached ?? (JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "islands", "manifest.json"), "utf8")) as Manifest);
  // Rebuilt islands are picked up at once in development (npm run dev rebuilds them).
  if (process.env.NODE_ENV === "production") cached = manifest;
  const entry = manifest[name];
  if (!entry) throw new Error(`No embed island "${name}" in public/islands/manifest.json (run node scripts/build-embed.mjs)`);
  return entry;
}

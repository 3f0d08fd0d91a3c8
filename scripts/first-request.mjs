// Prints how long the first request to each calculator page takes on a server that has
// just started (run it right after "Tabiji ready"): a figure for the log, not a test.
//   node scripts/first-request.mjs http://127.0.0.1:3000
import { WARM_PATHS } from "./warm-up.mjs";

const base = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT || 3000}`;
for (const path of WARM_PATHS.filter((p) => !p.startsWith("/embed/"))) {
  const started = performance.now();
  const res = await fetch(`${base}${path}`);
  await res.arrayBuffer();
  console.log(`${path.padEnd(24)} ${res.status} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
}

// Warm-up before the server says it is ready: each page and embed is requested once, in
// English and Japanese, through a private loopback listener that shares the Next app, so
// the first real visitor does not pay for loading the page's code and data (4-6 s each
// on a 2-core machine). The public port opens only afterwards, so a health check that
// answers means the pages are warm. The timings printed are the cold ones, for the log.
import { createServer, request } from "node:http";

export const WARM_PATHS = ["/", "/awards", "/awards?view=optimize", "/convert", "/ihg", "/avios", "/safety", "/kiva", "/cards", "/developers", "/embed/awards", "/embed/convert", "/embed/ihg", "/embed/avios", "/embed/safety", "/embed/kiva", "/embed/cards"];

function get(port, path) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = request({ host: "127.0.0.1", port, path}, (res) => {
      res.resume();
      res.on("end", () => resolve({ path, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.setTimeout(60_000, () => req.destroy());
    req.on("error", () => resolve({ path, status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end();
  });
}

/**
 * Runs `handler` on a private loopback port just long enough to request every warm path
 * once per language (two at a time: the machine has two cores). Never throws: a page
 * that fails to warm is logged and served cold.
 */
export async function warmUp(handler, paths = WARM_PATHS, log = console.log) {
  if (process.env.TABIJI_SKIP_WARM_UP === "1") return [];
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const queue = paths.flatMap((p) => [p, `${p}${p.includes("?") ? "&" : "?"}lang=ja`]);
  const results = [];
  const started = Date.now();
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) results.push(await get(port, path));
  };
  await Promise.all([worker(), worker()]);
  await new Promise((resolve) => server.close(resolve));
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const failed = results.filter((r) => r.status !== 200);
  log(`Warmed ${results.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (slowest cold: ${slowest.map((r) => `${r.path} ${(r.ms / 1000).toFixed(2)} s`).join(", ")})`);
  if (failed.length > 0) log(`Warm-up: ${failed.map((r) => `${r.path} -> ${r.status || "no answer"}`).join(", ")}`);
  return results;
}

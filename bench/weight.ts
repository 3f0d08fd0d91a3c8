// First-load JavaScript of a page: every script the HTML references from our own
// origin, fetched and gzipped (what a visitor's browser downloads on a cold load).
// Scripts marked `nomodule` (Next's legacy polyfills) are left out: browsers that run
// module scripts, which is every browser Tabiji supports, never download them.
// The HTML itself is measured too (raw and gzip): it carries the page's messages and data.
import { gzipSync } from "node:zlib";
import type { Figure } from "./stats";

export async function firstLoadJs(base: string, path: string): Promise<{ gzipBytes: number; rawBytes: number; scripts: number; htmlBytes: number; htmlGzipBytes: number } | null> {
  const res = await fetch(base + path, { headers: { "Accept-Language": "en" } });
  if (!res.ok) return null;
  const html = await res.text();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnomodule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((s): s is string => !!s && s.startsWith("/"));
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  const htmlBytes = Buffer.byteLength(html);
  return { gzipBytes, rawBytes, scripts: new Set(srcs).size, htmlBytes, htmlGzipBytes: gzipSync(html, { level: 9 }).length };
}

/** The budget for an embed's first-load JavaScript (issue 7). */
export const EMBED_BUDGET_GZIP_BYTES = 80 * 1024;

export async function runWeight(base: string, paths: string[], log: (line: string) => void): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const path of paths) {
    const w = await firstLoadJs(base, path);
    if (!w) {
      log(`  ${path.padEnd(28)} (not available)`);
      continue;
    }
    out.push({ name: `weight:${path}`, kind: "weight", gzipBytes: w.gzipBytes, rawBytes: w.rawBytes, scripts: w.scripts, htmlBytes: w.htmlBytes, htmlGzipBytes: w.htmlGzipBytes });
    const budget = path.startsWith("/embed/") ? (w.gzipBytes <= EMBED_BUDGET_GZIP_BYTES ? "  within the 80 KB embed budget" : "  OVER the 80 KB embed budget") : "";
    const html = `HTML ${(w.htmlBytes / 1024).toFixed(1)} KB (${(w.htmlGzipBytes / 1024).toFixed(1)} KB gzip)`;
    log(`  ${path.padEnd(28)} JS ${(w.gzipBytes / 1024).toFixed(1)} KB gzip (${w.scripts} scripts)  ${html}${budget}`);
  }
  return out;
}

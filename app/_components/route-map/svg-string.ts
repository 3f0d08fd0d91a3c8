/**
 * The route map as a standalone SVG document (GET /api/v1/awards/map.svg), for a
 * blogger's <img>: colours as attributes (no stylesheet needed, so the API's strict
 * CSP cannot blank it), an opaque background so it reads on any page, and with
 * theme "auto" a small <style> that switches to the dark palette where the viewer
 * prefers dark. Every text is escaped, control characters removed (lib/security/xml-text.ts).
 */
import { markerPath, textWidth, type MapModel } from "./model";
import { PALETTES, type Palette, type Theme } from "./palette";
import { escapeXml } from "@/lib/security/xml-text";

export { escapeXml };

function colourOf(p: Palette, key: string): string {
  if (key === "flight") return p.flight;
  if (key === "surface") return p.muted;
  return p.programs[key] ?? p.programs.other;
}

/** The dark palette as CSS, for theme "auto" (class names as below). */
function darkCss(p: Palette): string {
  const rules = [
    `.bg{fill:${p.halo}}`,
    `.sea{fill:${p.sea}}`,
    `.grat{stroke:${p.graticule}}`,
    `.land{fill:${p.land};stroke:${p.border}}`,
    `.border{stroke:${p.border}}`,
    `.c-flight{stroke:${p.flight}}`,
    `.c-surface,.gap{stroke:${p.muted}}`,
    ...Object.entries(p.programs).map(([k, v]) => `.c-${k}{stroke:${v}}`),
    `.mk{fill:${p.ink};stroke:${p.halo}}`,
    `.hollow{fill:${p.halo};stroke:${p.ink}}`,
    `.txt{fill:${p.ink};stroke:${p.halo}}`,
    `.leg{fill:${p.ink}}`,
  ];
  return `@media (prefers-color-scheme: dark){${rules.join("")}}`;
}

/** Label and legend sizes in the image (viewBox units = pixels at its natural size). */
export const LABEL_SIZE = 14;
const LEGEND_SIZE = 13;
const LEGEND_ROW = 24;

/** Legend entries in rows under the map: [x, y] of each swatch's left middle, and the legend's height. */
function layoutLegend(m: MapModel): { at: [number, number][]; height: number } {
  const at: [number, number][] = [];
  let x = 12;
  let row = 0;
  for (const item of m.legend) {
    const w = 22 + 8 + textWidth(item.text, LEGEND_SIZE) + 18;
    if (x + w > m.width - 8 && x > 12) {
      row++;
      x = 12;
    }
    at.push([Math.round(x * 10) / 10, m.height + 18 + row * LEGEND_ROW]);
    x += w;
  }
  return { at, height: m.legend.length ? 8 + (row + 1) * LEGEND_ROW : 0 };
}

/** `m` must be built with labelSize LABEL_SIZE. */
export function renderMapSvg(m: MapModel, theme: Theme | "auto" = "auto"): string {
  const p = PALETTES[theme === "dark" ? "dark" : "light"];
  const legend = layoutLegend(m);
  const height = m.height + legend.height;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${m.width} ${height}" width="${m.width}" height="${height}" role="img" aria-label="${escapeXml(m.summary)}" font-family="system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans JP', sans-serif">`);
  out.push(`<title>${escapeXml(m.summary)}</title>`);
  if (theme === "auto") out.push(`<style>${darkCss(PALETTES.dark)}</style>`);
  out.push(`<rect class="bg" width="100%" height="100%" fill="${p.halo}"/>`);
  out.push(`<path class="sea" d="${m.sphere}" fill="${p.sea}"/>`);
  out.push(`<path class="grat" d="${m.graticule}" fill="none" stroke="${p.graticule}" stroke-width="0.6"/>`);
  out.push(`<path class="land" d="${m.land}" fill="${p.land}" stroke="${p.border}" stroke-width="0.5"/>`);
  out.push(`<path class="border" d="${m.borders}" fill="none" stroke="${p.border}" stroke-width="0.4"/>`);
  const line = (d: string, colour: string, dash: string | null, extra = "") =>
    `<path class="c-${colour}" d="${d}" fill="none" stroke="${colourOf(p, colour)}" stroke-width="${colour === "surface" ? 2 : 2.6}" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ""}${extra}/>`;
  out.push(`<g data-layer="arcs">`);
  for (const a of m.arcs) out.push(line(a.d, a.colour, a.dash, ` data-segment="${a.segment}"${a.ticket === null ? "" : ` data-ticket="${a.ticket}"`}`));
  for (const d of m.gaps) out.push(`<path class="gap" d="${d}" fill="none" stroke="${p.muted}" stroke-width="1.5" stroke-dasharray="2 4"/>`);
  out.push(`</g><g data-layer="airports">`);
  const marker = (d: string, kind: string, extra = "") =>
    kind === "openJaw"
      ? `<path class="hollow" d="${d}" fill="${p.halo}" stroke="${p.ink}" stroke-width="2"${extra}/>`
      : `<path class="mk" d="${d}" fill="${p.ink}" stroke="${p.halo}" stroke-width="1.5"${extra}/>`;
  for (const k of m.markers) out.push(marker(k.d, k.kind, ` data-airport="${escapeXml(k.iata)}" data-kind="${k.kind}"`));
  for (const l of m.labels) {
    out.push(`<text class="txt" x="${l.x}" y="${Math.round((l.y + LABEL_SIZE * 0.36) * 10) / 10}" text-anchor="middle" font-size="${LABEL_SIZE}" font-weight="600" fill="${p.ink}" stroke="${p.halo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">${escapeXml(l.text)}</text>`);
  }
  out.push(`</g><g data-layer="legend">`);
  m.legend.forEach((item, i) => {
    const [x, y] = legend.at[i];
    out.push(item.type === "line" ? line(`M${x},${y}h22`, item.colour, item.dash) : marker(markerPath(item.kind, x + 11, y), item.kind, ` data-legend-kind="${item.kind}"`));
    out.push(`<text class="leg" x="${Math.round((x + 30) * 10) / 10}" y="${y + 4.5}" font-size="${LEGEND_SIZE}" fill="${p.ink}">${escapeXml(item.text)}</text>`);
  });
  out.push(`</g></svg>`);
  return out.join("");
}

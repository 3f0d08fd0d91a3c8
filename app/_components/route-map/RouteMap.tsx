// The route map, rendered on the server (the world topology stays out of client bundles:
// the browser gets plain markup). Flights are great-circle arcs in an inline SVG (lines
// keep their width however the map is scaled), tickets coloured by program (dash patterns
// tell two tickets of one program apart). Airport markers (a shape per kind of stop) and
// codes are drawn over the map at a fixed size, and the legend is HTML under it, so all
// stay readable from a phone to a wide screen. Light and dark follow the site's theme.
// The SVG is role="img" with a text alternative naming the route and its stops.
import type { CSSProperties } from "react";
import { buildMapModel, markerPath, type LegendItem, type MapModel } from "./model";
import styles from "./route-map.module.css";
import type { RouteMapInput } from "./types";
import { getWorld } from "./world";

/**
 * Sizes in viewBox units used to keep labels apart, for the smallest map (about
 * 330px wide on a phone, 640 / 330 = 1.94 units a pixel): 13px codes are 25 units,
 * 14px markers 14 units from their centre.
 */
const HTML_LABEL_UNITS = 25;
const HTML_MARKER_UNITS = 14;

const markerClass = (kind: string) => (kind === "openJaw" ? styles.hollow : styles.marker);

function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg className={styles.swatch} viewBox="0 0 26 16" aria-hidden="true" focusable="false">
      {item.type === "line" ? (
        <path className={`${styles.arc} ${styles[item.colour] ?? styles.flight}`} d="M2,8h22" strokeDasharray={item.dash ?? undefined} />
      ) : (
        <path className={markerClass(item.kind)} d={markerPath(item.kind, 13, 8)} />
      )}
    </svg>
  );
}

export function RouteMap(props: RouteMapInput & { testId?: string }) {
  const m: MapModel = buildMapModel(props, getWorld(), { labelSize: HTML_LABEL_UNITS, markerRadius: HTML_MARKER_UNITS });
  const pct = (v: number, of: number) => `${Math.round((v / of) * 10000) / 100}%`;
  return (
    <figure className={styles.figure} data-testid={props.testId}>
      <div className={styles.frame}>
        <svg viewBox={`0 0 ${m.width} ${m.height}`} role="img" aria-label={m.summary} className={styles.svg}>
          <title>{m.summary}</title>
          <path className={styles.sea} d={m.sphere} />
          <path className={styles.graticule} d={m.graticule} />
          <path className={styles.land} d={m.land} />
          <path className={styles.border} d={m.borders} />
          <g data-layer="arcs">
            {m.arcs.map((a) => (
              <path
                key={a.segment}
                className={`${styles.arc} ${styles[a.colour] ?? styles.flight}`}
                d={a.d}
                strokeDasharray={a.dash ?? undefined}
                vectorEffect="non-scaling-stroke"
                data-segment={a.segment}
                data-ticket={a.ticket ?? undefined}
              />
            ))}
            {m.gaps.map((d, i) => (
              <path key={`gap${i}`} className={styles.gap} d={d} vectorEffect="non-scaling-stroke" />
            ))}
          </g>
        </svg>
        {/* Markers and codes repeat what the text alternative says: hidden from screen readers. */}
        <div className={styles.codes} aria-hidden="true">
          {m.markers.map((k) => (
            <svg key={k.iata} className={styles.pin} viewBox="-8 -8 16 16" style={{ left: pct(k.x, m.width), top: pct(k.y, m.height) } as CSSProperties} data-airport={k.iata} data-kind={k.kind}>
              <path className={markerClass(k.kind)} d={markerPath(k.kind, 0, 0)} />
            </svg>
          ))}
          {m.labels.map((l) => (
            <span key={l.text} className={`${styles.code} ${styles[l.side]}`} style={{ left: pct(l.mx, m.width), top: pct(l.my, m.height) } as CSSProperties}>
              {l.text}
            </span>
          ))}
        </div>
      </div>
      <figcaption>
        <span className={styles.caption}>{m.title}</span>
        <ul className={styles.legend}>
          {m.legend.map((item) => (
            <li key={`${item.type}-${item.text}`} data-legend={item.type === "marker" ? item.kind : item.colour}>
              <Swatch item={item} />
              {item.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

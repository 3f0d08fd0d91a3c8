// A small dependency-free SVG line plot: several series, optional vertical markers
// (e.g. a bonus threshold) and horizontal reference lines (e.g. a stay's value).
// Readable in light and dark themes (currentColor and CSS variables), scales to the
// container's width, and carries a text summary for screen readers.
export type PlotSeries = { name: string; points: { x: number; y: number }[]; color?: string; step?: boolean };
export type PlotMarker = { x?: number; y?: number; label: string; color?: string };

const PALETTE = ["var(--accent)", "var(--ok)", "var(--warn)", "var(--bad)", "#8e6cc9", "#2a9d8f"];

function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

export function LinePlot(props: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: PlotSeries[];
  markers?: PlotMarker[];
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  summary: string;
  yMin?: number;
  testId?: string;
}) {
  const { series, markers = [], formatX = (v) => v.toLocaleString("en-US"), formatY = (v) => v.toLocaleString("en-US") } = props;
  const xs = series.flatMap((s) => s.points.map((p) => p.x)).concat(markers.flatMap((m) => (m.x === undefined ? [] : [m.x])));
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).concat(markers.flatMap((m) => (m.y === undefined ? [] : [m.y])));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const yMin = props.yMin ?? Math.min(0, ...ys);
  const yMaxRaw = Math.max(...ys);
  const yMax = yMaxRaw === yMin ? yMin + 1 : yMaxRaw * 1.05;
  if (!xs.length || !ys.length) return null;
  // Drawn twice, at a laptop's and a phone's width, and CSS shows one: labels stay 12 px
  // on a phone instead of shrinking with the whole picture to about 6 px.
  const draw = (W: number, H: number, xTicks: number, className: string) => {
    const pad = { l: 64, r: 28, t: 16, b: 48 };
    const sx = (x: number) => pad.l + ((x - xMin) / (xMax - xMin || 1)) * (W - pad.l - pad.r);
    const sy = (y: number) => H - pad.b - ((y - yMin) / (yMax - yMin || 1)) * (H - pad.t - pad.b);
    const path = (s: PlotSeries) =>
      s.points
        .map((p, i) => {
          const [x, y] = [sx(p.x).toFixed(1), sy(p.y).toFixed(1)];
          if (i === 0) return `M${x},${y}`;
          return s.step ? `H${x}V${y}` : `L${x},${y}`;
        })
        .join("");
    return (
        <svg className={className} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.title}. ${props.summary}`} style={{ width: "100%", height: "auto", maxWidth: W }}>
          <g stroke="var(--border)" strokeWidth="1">
            {niceTicks(yMin, yMax).map((t) => (
              <line key={`y${t}`} x1={pad.l} x2={W - pad.r} y1={sy(t)} y2={sy(t)} />
            ))}
          </g>
          <g fontSize="12" style={{ color: "var(--muted)" }}>
            {niceTicks(yMin, yMax).map((t) => (
              <text key={`yl${t}`} x={pad.l - 8} y={sy(t) + 4} textAnchor="end">
                {formatY(t)}
              </text>
            ))}
            {niceTicks(xMin, xMax, xTicks).map((t) => (
              // The last label ends at its tick so it is never cut off at the right edge.
              <text key={`xl${t}`} x={sx(t)} y={H - pad.b + 18} textAnchor={sx(t) > W - pad.r - 24 ? "end" : "middle"}>
                {formatX(t)}
              </text>
            ))}
            <text x={(pad.l + W - pad.r) / 2} y={H - 8} textAnchor="middle">
              {props.xLabel}
            </text>
            <text transform={`translate(14 ${(pad.t + H - pad.b) / 2}) rotate(-90)`} textAnchor="middle">
              {props.yLabel}
            </text>
          </g>
          <line x1={pad.l} x2={pad.l} y1={pad.t} y2={H - pad.b} stroke="currentColor" />
          <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} stroke="currentColor" />
          {markers.map((m, i) =>
            m.x !== undefined ? (
              <g key={`m${i}`} style={{ color: m.color ?? "var(--warn)" }}>
                <line x1={sx(m.x)} x2={sx(m.x)} y1={pad.t} y2={H - pad.b} stroke="currentColor" strokeDasharray="4 3" />
                {/* Labels of neighbouring markers are staggered so they do not overlap. */}
                <text x={sx(m.x) + 4} y={pad.t + 12 + (i % 2) * 14} fontSize="12" textAnchor={sx(m.x) > W - pad.r - 80 ? "end" : "start"} dx={sx(m.x) > W - pad.r - 80 ? -8 : 0}>
                  {m.label}
                </text>
              </g>
            ) : m.y !== undefined ? (
              <g key={`m${i}`} style={{ color: m.color ?? "var(--bad)" }}>
                <line x1={pad.l} x2={W - pad.r} y1={sy(m.y)} y2={sy(m.y)} stroke="currentColor" strokeDasharray="6 3" />
                <text x={W - pad.r - 4} y={sy(m.y) - 4} fontSize="12" textAnchor="end">
                  {m.label}
                </text>
              </g>
            ) : null,
          )}
          {series.map((s, i) => (
            <path key={s.name} d={path(s)} fill="none" stroke={s.color ?? PALETTE[i % PALETTE.length]} strokeWidth="2.5" />
          ))}
        </svg>
    );
  };
  return (
    <figure className="plot" data-testid={props.testId}>
      {draw(640, 320, 6, "plot-wide")}
      {draw(320, 280, 3, "plot-narrow")}
      <figcaption>
        <ul className="plot-legend">
          {series.map((s, i) => (
            <li key={s.name}>
              <span aria-hidden="true" style={{ color: s.color ?? PALETTE[i % PALETTE.length] }}>
                ━{" "}
              </span>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

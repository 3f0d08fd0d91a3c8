"use client";
// Miles a year per card as horizontal bars (SVG, no dependency): the ranking at a glance.
// Colours from the theme's CSS variables, so it reads in light and dark.
export type Bar = { label: string; value: number; valueText: string; highlight?: boolean };

export function MilesBars({ bars, title, summary }: { bars: Bar[]; title: string; summary: string }) {
  if (bars.length === 0) return null;
  const W = 480; // narrow viewBox: the text stays readable when a phone scales it down
  const row = 54;
  const pad = { l: 8, r: 8, t: 8 };
  const H = pad.t + bars.length * row;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const barMax = W - pad.l - pad.r - 120; // room for the value after the bar
  return (
    <figure className="plot" data-testid="cards-bars">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}`} style={{ width: "100%", height: "auto", maxWidth: W }}>
        {bars.map((b, i) => {
          const y = pad.t + i * row;
          const w = Math.max(2, (b.value / max) * barMax);
          return (
            <g key={i}>
              <text x={pad.l} y={y + 16} fontSize="15">
                {b.label.length > 50 ? `${b.label.slice(0, 49)}…` : b.label}
              </text>
              <rect x={pad.l} y={y + 24} width={w} height={18} rx={3} fill={b.highlight ? "var(--accent)" : "var(--muted)"} />
              <text x={pad.l + w + 6} y={y + 38} fontSize="15" fontWeight={b.highlight ? 700 : 400}>
                {b.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">{title}</figcaption>
    </figure>
  );
}

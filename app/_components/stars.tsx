// A safety rating as a picture: 7 stars, the first `stars` filled, the rest outlined.
// Drawn in currentColor inside `.stars` (var(--star)), so it follows light and dark
// themes; the SVG is one image with a text alternative ("5 of 7 stars" / "7つ星中5").
// No hooks beyond useTranslations, so it renders in server and client components.
import { useTranslations } from "next-intl";

export const MAX_STARS = 7;

/** The 10 points of a five-pointed star centred in a size x size box. */
function starPoints(size: number): [number, number][] {
  const c = size / 2;
  const outer = size * 0.48;
  const inner = outer * 0.42;
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([c + r * Math.cos(angle), c + r * Math.sin(angle) + size * 0.03]);
  }
  return points;
}

const num = (n: number) => String(Number(n.toFixed(2)));

/**
 * One path for several stars, each an absolute move to its first point followed by the
 * same relative outline: /safety draws a row of stars per airline, and a polygon per star
 * made that page several times heavier (its HTML and the RSC payload repeat every row).
 */
function starsPath(size: number, gap: number, from: number, to: number): string {
  const points = starPoints(size);
  const outline = points
    .slice(1)
    .map(([x, y], i) => `${num(x - points[i][0])} ${num(y - points[i][1])}`)
    .join(" ");
  let d = "";
  for (let i = from; i < to; i++) d += `M${num(points[0][0] + i * (size + gap))} ${num(points[0][1])}l${outline}z`;
  return d;
}

export function Stars({ stars, size = 16, label, testId }: { stars: number; size?: number; label?: string; testId?: string }) {
  const t = useTranslations("safety");
  const filled = Math.max(0, Math.min(MAX_STARS, Math.round(stars)));
  const text = label ?? t("starsLabel", { stars: filled, max: MAX_STARS });
  const gap = Math.round(size / 8);
  const width = MAX_STARS * size + (MAX_STARS - 1) * gap;
  return (
    <span className="stars" data-testid={testId} data-stars={filled}>
      <svg role="img" aria-label={text} width={width} height={size} viewBox={`0 0 ${width} ${size}`} style={{ verticalAlign: "-0.15em", overflow: "visible" }}>
        <title>{text}</title>
        <g stroke="currentColor" strokeWidth={1.2} strokeLinejoin="round">
          {filled > 0 && <path d={starsPath(size, gap, 0, filled)} fill="currentColor" />}
          {filled < MAX_STARS && <path d={starsPath(size, gap, filled, MAX_STARS)} fill="none" />}
        </g>
      </svg>
    </span>
  );
}

// A safety rating as a picture: 7 stars, the first `stars` filled, the rest outlined.
// Drawn in currentColor inside `.stars` (var(--star)), so it follows light and dark
// themes; the SVG is one image with a text alternative ("5 of 7 stars" / "7つ星中5").
// No hooks beyond useTranslations, so it renders in server and client components.
import { useTranslations } from "next-intl";

export const MAX_STARS = 7;

/** The 10 points of a five-pointed star centred in a size x size box. */
function starPoints(size: number): string {
  const c = size / 2;
  const outer = size * 0.48;
  const inner = outer * 0.42;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(c + r * Math.cos(angle)).toFixed(2)},${(c + r * Math.sin(angle) + size * 0.03).toFixed(2)}`);
  }
  return points.join(" ");
}

export function Stars({ stars, size = 16, label, testId }: { stars: number; size?: number; label?: string; testId?: string }) {
  const t = useTranslations("safety");
  const filled = Math.max(0, Math.min(MAX_STARS, Math.round(stars)));
  const text = label ?? t("starsLabel", { stars: filled, max: MAX_STARS });
  const gap = Math.round(size / 8);
  const width = MAX_STARS * size + (MAX_STARS - 1) * gap;
  const points = starPoints(size);
  return (
    <span className="stars" data-testid={testId} data-stars={filled}>
      <svg role="img" aria-label={text} width={width} height={size} viewBox={`0 0 ${width} ${size}`} style={{ verticalAlign: "-0.15em", overflow: "visible" }}>
        <title>{text}</title>
        {Array.from({ length: MAX_STARS }, (_, i) => (
          <polygon
            key={i}
            points={points}
            transform={`translate(${i * (size + gap)} 0)`}
            fill={i < filled ? "currentColor" : "none"}
            stroke="currentColor"
            strokeWidth={1.2}
            strokeLinejoin="round"
          />
        ))}
      </svg>
    </span>
  );
}

// The site's sections, in navigation order. `ready` marks sections that exist today;
// the others are announced on the home page as coming soon.
export type NavKey = "awards" | "convert" | "ihg" | "avios" | "safety" | "kiva" | "cards" | "developers";

export const NAV_ITEMS: { key: NavKey; href: string }[] = [
  { key: "awards", href: "/awards" },
  { key: "convert", href: "/convert" },
  { key: "ihg", href: "/ihg" },
  { key: "avios", href: "/avios" },
  { key: "safety", href: "/safety" },
  { key: "kiva", href: "/kiva" },
  { key: "cards", href: "/cards" },
  { key: "developers", href: "/developers" },
];

export type CalculatorKey = "awards" | "optimize" | "convert" | "ihg" | "avios" | "safety" | "earning";

export const CALCULATORS: { key: CalculatorKey; href: string; icon: string }[] = [
  { key: "awards", href: "/awards", icon: "✈" },
  { key: "optimize", href: "/awards?view=optimize", icon: "⇄" },
  { key: "convert", href: "/convert", icon: "⟲" },
  { key: "ihg", href: "/ihg", icon: "⌂" },
  { key: "avios", href: "/avios", icon: "◎" },
  { key: "safety", href: "/safety", icon: "★" },
  { key: "earning", href: "/kiva", icon: "¥" },
];

/** Paths that have a page today (kept in one place so links never point at a 404). */
export const READY_PATHS = new Set<string>(["/awards", "/awards?view=optimize", "/convert", "/ihg", "/avios", "/safety", "/kiva", "/cards", "/developers"]);

/** Exact links only: "/awards?view=optimize" is ready when it is listed itself. */
export function isReady(href: string): boolean {
  return READY_PATHS.has(href);
}

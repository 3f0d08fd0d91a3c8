// next/link for embed islands: an ordinary anchor (there is no client router to hand
// the navigation to). Next-only props are dropped so they never reach the DOM. A link
// that leaves /embed/** opens in a new tab (outside-links.ts says why).
import type { AnchorHTMLAttributes, ReactNode } from "react";
import { leavesEmbed } from "../outside-links";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string | { toString(): string }; prefetch?: unknown; replace?: unknown; scroll?: unknown; children?: ReactNode };

export default function Link({ href, prefetch: _p, replace: _r, scroll: _s, ...rest }: Props) {
  const url = String(href);
  const outside = typeof window !== "undefined" && leavesEmbed(url, window.location.href);
  return outside ? <a href={url} target="_blank" rel="noopener" {...rest} /> : <a href={url} {...rest} />;
}

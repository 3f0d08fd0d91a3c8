// next/link for embed islands: an ordinary anchor (there is no client router to hand
// the navigation to). Next-only props are dropped so they never reach the DOM.
import type { AnchorHTMLAttributes, ReactNode } from "react";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string | { toString(): string }; prefetch?: unknown; replace?: unknown; scroll?: unknown; children?: ReactNode };

export default function Link({ href, prefetch: _p, replace: _r, scroll: _s, ...rest }: Props) {
  return <a href={String(href)} {...rest} />;
}

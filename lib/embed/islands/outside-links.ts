// Links inside an embed that lead outside /embed/** open in a new tab. The full site
// refuses to be framed (frame-ancestors 'none'), so a link followed inside the iframe
// would leave the host page's reader with an empty grey box.

/** True when `href` (resolved against `base`) leads to a page that is not an embed. */
export function leavesEmbed(href: string, base: string): boolean {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.origin !== new URL(base).origin) return true;
  return !(url.pathname === "/embed" || url.pathname.startsWith("/embed/"));
}

function mark(root: ParentNode, base: string) {
  for (const a of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    if (a.target === "_blank" || !leavesEmbed(a.getAttribute("href") ?? "", base)) continue;
    a.target = "_blank";
    a.rel = [...new Set([...a.rel.split(/\s+/).filter(Boolean), "noopener"])].join(" ");
  }
}

/** Marks every such link under `root` now and whenever the island re-renders. */
export function openOutsideLinksInNewTab(root: HTMLElement): void {
  const base = window.location.href;
  mark(root, base);
  new MutationObserver(() => mark(root, base)).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["href"] });
}

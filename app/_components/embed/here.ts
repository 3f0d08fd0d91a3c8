"use client";
// Links and navigation that stay where they are: on a full page, "/awards?…"; inside an
// embed, "/embed/awards?…" with the embed's own lang/theme/parent parameters kept, so a
// calculator used in a blog post never turns into the full site inside the iframe.
import { usePathname } from "next/navigation";
import { EMBED_KEEP } from "./full-site-href";

export function hereHref(pathname: string, query: string, currentSearch: string): string {
  // The query is kept as written (calculators choose readable addresses); only the
  // embed's own parameters are appended.
  const kept = new URLSearchParams();
  if (pathname.startsWith("/embed/")) {
    const current = new URLSearchParams(currentSearch);
    for (const k of EMBED_KEEP) {
      const v = current.get(k);
      if (v !== null) kept.set(k, v);
    }
  }
  const qs = [query, kept.toString()].filter(Boolean).join("&");
  return qs ? `${pathname}?${qs}` : pathname;
}

/** A function turning a query string into an address on the current page. */
export function useHere(): (query: string) => string {
  const pathname = usePathname();
  return (query) => hereHref(pathname, query, typeof window === "undefined" ? "" : window.location.search);
}

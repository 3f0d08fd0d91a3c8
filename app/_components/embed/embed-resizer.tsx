"use client";
// Inside an embed: reports the page's height to the parent page, and only to it. The
// parent's origin comes from the `parent` query parameter (set by public/embed.js);
// without it nothing is sent. Messages from the parent are accepted only from that
// exact origin and only in the validated shape.
import { useEffect } from "react";
import { ZHelloMessage, parseParentOrigin } from "@/lib/embed/protocol";

export function EmbedResizer() {
  useEffect(() => {
    const parentOrigin = parseParentOrigin(new URLSearchParams(window.location.search).get("parent"));
    if (!parentOrigin || window.parent === window) return;
    let last = -1;
    const send = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "tabiji:resize", height }, parentOrigin);
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.documentElement);
    /** Report even an unchanged height (the parent may have missed the last report). */
    const again = () => {
      last = -1;
      send();
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== parentOrigin || event.source !== window.parent) return;
      if (ZHelloMessage.safeParse(event.data).success) again();
    };
    window.addEventListener("message", onMessage);
    send();
    // Under load the parent's hello can arrive before this listener exists and the first
    // report before the parent listens: report again once the page has loaded, and later.
    window.addEventListener("load", again);
    const timers = [500, 2000].map((ms) => window.setTimeout(again, ms));
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onMessage);
      window.removeEventListener("load", again);
      timers.forEach((t) => window.clearTimeout(t));
    };
  }, []);
  return null;
}

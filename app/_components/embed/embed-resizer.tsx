"use client";
// Inside an embed: reports the page's height to the page that frames it, and only to it.
// The parent's origin is the one its `tabiji:hello` (sent by public/embed.js) came from,
// accepted only from window.parent itself; an embed address that names its parent
// (`parent` query parameter) answers that exact origin only. Without a hello from the
// framing page nothing is sent. Every message is validated before it is used.
import { useEffect } from "react";
import { ZHelloMessage, parseParentOrigin } from "@/lib/embed/protocol";

/** The framing page's origin once known; kept across in-frame (client) navigations. */
let learnedOrigin: string | null = null;

export function EmbedResizer() {
  useEffect(() => {
    if (window.parent === window) return;
    const named = parseParentOrigin(new URLSearchParams(window.location.search).get("parent"));
    let parentOrigin = named ?? learnedOrigin;
    let last = -1;
    const send = () => {
      if (!parentOrigin) return;
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
      if (event.source !== window.parent || !ZHelloMessage.safeParse(event.data).success) return;
      if (named ? event.origin !== named : !parseParentOrigin(event.origin)) return;
      parentOrigin = learnedOrigin = event.origin;
      again();
    };
    window.addEventListener("message", onMessage);
    send();
    // The parent keeps saying hello until it hears a height; these cover a report sent
    // before the parent's listener existed.
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

// public/embed.js, the optional script a blogger adds next to the iframe snippet. It
// sizes every <iframe data-tabiji> to its content. It accepts messages only from the
// exact origin it was loaded from, only from one of those iframes' windows, and only
// in the validated shape. It never changes an iframe's address (a second navigation
// while the first is loading is slow, and Chromium may drop it): it says hello to each
// frame, now and after each load, until the frame answers with its height; the frame
// answers the page that said hello, and nobody else. Bundled by scripts/build-embed.mjs.
import { ZResizeMessage } from "../protocol";

(function tabijiEmbed() {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return;
  const tabiji = new URL(script.src).origin;

  const frames = (): HTMLIFrameElement[] =>
    Array.from(document.querySelectorAll<HTMLIFrameElement>("iframe[data-tabiji]")).filter((f) => {
      try {
        return new URL(f.src || f.dataset.tabijiSrc || "", location.href).origin === tabiji;
      } catch {
        return false;
      }
    });

  /** Frames whose current document has reported a height. */
  const answered = new WeakSet<HTMLIFrameElement>();
  const timers = new WeakMap<HTMLIFrameElement, number>();
  /** Hello every half second for 15 s, or until the frame answers. */
  const greet = (frame: HTMLIFrameElement) => {
    answered.delete(frame);
    window.clearInterval(timers.get(frame));
    const hello = () => frame.contentWindow?.postMessage({ type: "tabiji:hello" }, tabiji);
    hello();
    let tries = 0;
    timers.set(
      frame,
      window.setInterval(() => {
        if (answered.has(frame) || ++tries > 30) window.clearInterval(timers.get(frame));
        else hello();
      }, 500),
    );
  };
  for (const frame of frames()) {
    if (!frame.src && frame.dataset.tabijiSrc) frame.src = frame.dataset.tabijiSrc;
    // The script is async: the frame may have loaded already (greet now) or load later,
    // and it loads again when a reader reloads it (greet after each load).
    frame.addEventListener("load", () => greet(frame));
    greet(frame);
  }

  window.addEventListener("message", (event) => {
    if (event.origin !== tabiji) return;
    const message = ZResizeMessage.safeParse(event.data);
    if (!message.success) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    answered.add(frame);
    frame.style.height = `${Math.ceil(message.data.height)}px`;
  });
})();

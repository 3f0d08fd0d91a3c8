// public/embed.js, the optional script a blogger adds next to the iframe snippet. It
// sizes every <iframe data-tabiji> to its content. It accepts messages only from the
// exact origin it was loaded from, only from one of those iframes' windows, and only
// in the validated shape; it tells each iframe its own page's origin (the `parent`
// parameter) so the iframe answers to nobody else. Bundled by scripts/build-embed.mjs.
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

  const answered = new WeakSet<HTMLIFrameElement>();
  for (const frame of frames()) {
    const url = new URL(frame.dataset.tabijiSrc || frame.src, location.href);
    if (url.searchParams.get("parent") !== location.origin) {
      url.searchParams.set("parent", location.origin);
      frame.src = url.toString();
    }
    // Ask for the height after each load, and again every half second (for 10 s) until the
    // frame answers: a hello that arrives before the widget listens is lost.
    frame.addEventListener("load", () => {
      const hello = () => frame.contentWindow?.postMessage({ type: "tabiji:hello" }, tabiji);
      hello();
      let tries = 0;
      const timer = window.setInterval(() => {
        if (answered.has(frame) || ++tries > 20) window.clearInterval(timer);
        else hello();
      }, 500);
    });
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

// The postMessage protocol between an embedded calculator (in the iframe) and the
// blogger's page (the parent, running public/embed.js). Both sides check the exact
// origin of every message and validate it with these schemas; anything else is ignored.
import * as z from "zod/mini";

export const MAX_EMBED_HEIGHT = 20_000;

/** iframe -> parent: the embed's content height in CSS pixels. */
export const ZResizeMessage = z.object({
  type: z.literal("tabiji:resize"),
  height: z.number().check(z.minimum(0), z.maximum(MAX_EMBED_HEIGHT)),
});

/** parent -> iframe: "tell me your size" (sent when the iframe has loaded). */
export const ZHelloMessage = z.object({ type: z.literal("tabiji:hello") });

/** The parent page's origin as the embed's `parent` query parameter: scheme, host and port only. */
export function parseParentOrigin(value: string | null | undefined): string | null {
  if (!value || value.length > 200) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin === value ? url.origin : null;
  } catch {
    return null;
  }
}

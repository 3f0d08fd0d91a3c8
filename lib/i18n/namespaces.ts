// Which message namespaces each part of the site sends to the browser. Server components
// read every namespace on the server (next-intl's request config); only what client
// components translate has to travel in the page, so each page sends the layout's few
// namespaces plus its own, and no page outside /admin carries the admin texts.
// lib/i18n/namespaces.test.ts checks each list against the components that use it.

/** Client components of the site chrome: the language switch and the error boundary. */
export const LAYOUT_NAMESPACES = ["nav", "errors"] as const;

/** Per top-level route: the namespaces its client components translate. */
export const ROUTE_NAMESPACES = {
  awards: ["awards", "optimize", "safety", "common", "embed"],
  convert: ["convert", "common", "embed"],
  ihg: ["ihg", "common", "embed"],
  avios: ["avios", "common", "embed"],
  kiva: ["kiva", "common", "embed"],
  cards: ["cards", "common", "embed"],
  safety: ["safety", "common", "embed"],
  developers: ["developers"],
  admin: ["admin"],
} as const satisfies Record<string, readonly string[]>;

export type Route = keyof typeof ROUTE_NAMESPACES;

/** The given namespaces of a catalogue (missing ones are left out). */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ns of namespaces) if (ns in messages) out[ns] = messages[ns];
  return out;
}

// Message catalogues: messages/<locale>/<namespace>.json, one file per namespace so each
// feature keeps its own strings. Read once per process and merged into one object.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locale";

type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

export function loadMessages(locale: Locale, root = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages")): Messages {
  const hit = cache.get(locale);
  if (hit) return hit;
  const dir = path.join(root, locale);
  const messages: Messages = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    messages[file.slice(0, -".json".length)] = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  }
  if (process.env.NODE_ENV === "production") cache.set(locale, messages);
  return messages;
}

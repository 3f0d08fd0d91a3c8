// Test support: every field a request schema can report an issue at, and the form's
// catalogue messages for them rendered through the real catalogues in both languages.
import { createTranslator } from "next-intl";
import { expect } from "vitest";
import type { z } from "zod";
import { loadMessages } from "@/lib/i18n/messages";
import type { PathMessages } from "./issue-messages";

type Unwrappable = z.ZodType & { unwrap?: () => z.ZodType; shape?: Record<string, z.ZodType> };

/** Leaf paths of an object schema ("points", "stay.cashUsd"), looking through optional and default. */
export function schemaLeafPaths(schema: z.ZodType, prefix = ""): string[] {
  let s = schema as Unwrappable;
  while (s.unwrap && !s.shape) s = s.unwrap() as Unwrappable;
  if (!s.shape) return [prefix];
  return Object.entries(s.shape).flatMap(([k, v]) => schemaLeafPaths(v, prefix ? `${prefix}.${k}` : k));
}

type AnyT = (key: `errors.${string}`, values?: Record<string, string | number>) => string;

/** The form's messages in one language, through next-intl's own formatting (ICU numbers etc.). */
export function renderMessages(namespace: string, locale: "en" | "ja", build: (t: AnyT) => PathMessages): PathMessages {
  // The catalogues are plain JSON here (no generated key types), so the translator takes any key.
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace }) as unknown as AnyT;
  return build(t);
}

/** A path has a message in both languages, and the Japanese one is Japanese (not the English fallback). */
export function expectBilingual(en: PathMessages, ja: PathMessages, path: string) {
  expect(en[path]).toBeTruthy();
  expect(ja[path]).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  expect(ja[path]).not.toBe(en[path]);
}

import { describe, expect, test } from "vitest";
import { loadMessages } from "./messages";

// Every key in one language exists in the other, so no screen falls back to a raw key.
function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("message catalogues", () => {
  const en = loadMessages("en");
  const ja = loadMessages("ja");
  test("Japanese and English have the same keys", () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
  });
  test.each(["en", "ja"] as const)("%s has no empty string", (locale) => {
    const all = loadMessages(locale);
    const empty = keys(all).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], all) === "");
    expect(empty).toEqual([]);
  });
  // What a traveller reads never cites our own documents ("facts §7", "seed 6").
  test.each(["en", "ja"] as const)("%s names no internal document or section", (locale) => {
    const all = loadMessages(locale);
    const value = (k: string) => String(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], all));
    const internal = keys(all).filter((k) => /§|\bseeds?\s*\d|\bfacts\s*§|charts-2026|promotions-safety/i.test(value(k)));
    expect(internal).toEqual([]);
  });
});

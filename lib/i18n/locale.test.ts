import { describe, expect, test } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./locale";

describe("resolveLocale: ?lang beats the cookie, which beats Accept-Language", () => {
  test.each([
    { label: "forced by ?lang=en over a ja cookie", input: { query: "en", cookie: "ja", acceptLanguage: "ja" }, expected: "en" },
    { label: "forced by ?lang=ja over an en browser", input: { query: "ja", acceptLanguage: "en-US" }, expected: "ja" },
    { label: "unknown ?lang ignored, cookie kept", input: { query: "fr", cookie: "en", acceptLanguage: "ja" }, expected: "en" },
    { label: "cookie kept across pages", input: { cookie: "ja", acceptLanguage: "en-US,en;q=0.9" }, expected: "ja" },
    { label: "browser language English", input: { acceptLanguage: "en-GB,en;q=0.9" }, expected: "en" },
    { label: "browser language Japanese", input: { acceptLanguage: "ja-JP,ja;q=0.9,en;q=0.5" }, expected: "ja" },
    { label: "q-values decide, not order", input: { acceptLanguage: "en;q=0.3, ja;q=0.8" }, expected: "ja" },
    { label: "first supported language wins", input: { acceptLanguage: "fr-FR, de;q=0.9, en;q=0.8, ja;q=0.7" }, expected: "en" },
    { label: "nothing supported -> Japanese default", input: { acceptLanguage: "fr-FR,de" }, expected: "ja" },
    { label: "no header -> Japanese default", input: {}, expected: "ja" },
  ])("$label", ({ input, expected }) => {
    expect(resolveLocale(input)).toBe(expected);
  });

  test("q=0 excludes a language", () => {
    expect(localeFromAcceptLanguage("en;q=0, ja;q=0.1")).toBe("ja");
  });
});

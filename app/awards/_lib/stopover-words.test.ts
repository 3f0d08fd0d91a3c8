// "Stopovers: 1 of 0" (issue 17): the catalogue's words for stopovers used against a
// limit, rendered through next-intl as the page renders them.
import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";

type T = (key: string, values?: Record<string, string | number>) => string;
const t = (locale: "en" | "ja", namespace: string) => createTranslator({ locale, messages: loadMessages(locale), namespace }) as unknown as T;

describe("stopovers used against the award's limit", () => {
  test.each([
    { label: "results table, 1 used where none are allowed", locale: "en" as const, used: 1, max: 0, expected: "1 used; allowed: none" },
    { label: "results table, 1 of 2", locale: "en" as const, used: 1, max: 2, expected: "1 used; allowed: 2" },
    { label: "results table in Japanese, none allowed", locale: "ja" as const, used: 1, max: 0, expected: "1回使用（上限: 0回・途中降機不可）" },
  ])("$label", ({ locale, used, max, expected }) => {
    const ta = t(locale, "awards");
    expect(ta("results.stopoversUsed", { used, allowed: ta("results.allowedMax", { max }) })).toBe(expected);
  });

  test.each([
    { used: 1, allowed: 0, expected: "1 stopover, but none allowed" },
    { used: 0, allowed: 0, expected: "No stopovers (none allowed)" },
    { used: 1, allowed: 2, expected: "1 of 2 stopovers used" },
  ])("optimizer ticket: $used with $allowed allowed -> '$expected'", ({ used, allowed, expected }) => {
    expect(t("en", "optimize.result")("stopoversUsed", { used, allowed })).toBe(expected);
  });

  test("never 'N of 0' in either language", () => {
    for (const locale of ["en", "ja"] as const) {
      const ta = t(locale, "awards");
      const text = [ta("results.stopoversUsed", { used: 1, allowed: ta("results.allowedMax", { max: 0 }) }), t(locale, "optimize.result")("stopoversUsed", { used: 1, allowed: 0 })].join(" ");
      expect(text).not.toMatch(/1 of 0|0回中/);
    }
  });
});

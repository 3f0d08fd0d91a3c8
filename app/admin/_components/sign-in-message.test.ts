import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { emptyFieldsMessage, signInFailureMessage } from "./sign-in-message";

type T = Parameters<typeof signInFailureMessage>[2];
const t = (locale: "en" | "ja") => createTranslator({ locale, messages: loadMessages(locale), namespace: "admin.signIn" }) as unknown as T;

describe("admin sign-in messages (issue 17)", () => {
  test.each([
    { label: "lock-out of 890 s in Japanese: about 15 minutes, not '890秒後'", locale: "ja" as const, status: 429, retry: 890, expected: "ログインの失敗が続いています。約15分後にもう一度お試しください。" },
    { label: "lock-out of 890 s in English", locale: "en" as const, status: 429, retry: 890, expected: "Too many failed sign-ins. Try again in about 15 minutes." },
    { label: "lock-out of 20 s: about 1 minute", locale: "en" as const, status: 429, retry: 20, expected: "Too many failed sign-ins. Try again in about 1 minute." },
    { label: "wrong password (401)", locale: "en" as const, status: 401, retry: undefined, expected: "The email address or the password is wrong." },
    { label: "malformed request (400) is not 'wrong password'", locale: "en" as const, status: 400, retry: undefined, expected: "Enter both your email address and your password." },
  ])("$label", ({ locale, status, retry, expected }) => {
    expect(signInFailureMessage(status, retry, t(locale))).toBe(expected);
  });

  test.each([
    { email: "", password: "", empty: true },
    { email: "a@example.com", password: "", empty: true },
    { email: "  ", password: "secret", empty: true },
    { email: "a@example.com", password: "secret", empty: false },
  ])("empty fields are named before asking the server: '$email' / '$password'", ({ email, password, empty }) => {
    const m = emptyFieldsMessage(email, password, t("en"));
    expect(m === null).toBe(!empty);
    if (m) expect(m).not.toMatch(/wrong/);
  });
});

import { describe, expect, test } from "vitest";
import { isCommonPassword } from "./common-password";
import { passwordProblem } from "./password";

describe("common-password check (ASVS 5.0 V6.2.4)", () => {
  test.each([
    { label: "found by the security probe: digits in a run", password: "123456789012" },
    { label: "found by the security probe: a word twice", password: "passwordpassword" },
    { label: "found by the security probe: one character repeated", password: "aaaaaaaaaaaa" },
    { label: "in the shipped list (any case)", password: "QwertyUiop123" },
    { label: "in the shipped list", password: "1qaz2wsx3edc" },
    { label: "a listed word with digits added", password: "password1234" },
    { label: "a listed word with digits and symbols added", password: "!!monkey2026!!" },
    { label: "letters in a run", password: "abcdefghijkl" },
    { label: "a descending run", password: "987654321098" },
    { label: "a short unit repeated", password: "abcabcabcabc" },
  ])("refuses $label ($password)", ({ password }) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(passwordProblem(password)).toMatch(/common|guess/i);
  });

  test.each(["velvet-harbour-42-lantern", "Tabiji rocks 旅路 2026", "k8#Vq2!mZ0pLr", "correct horse battery staple"])("accepts %s", (password) => {
    expect(isCommonPassword(password)).toBe(false);
    expect(passwordProblem(password)).toBeNull();
  });
});

import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { parseLoanLog } from "@/lib/calculators/kiva/loan-log";
import { EXAMPLE_LOAN_LOG } from "@/lib/calculators/kiva/loan-log-example";
import { loadMessages } from "@/lib/i18n/messages";
import { loanLogIssueText } from "./loan-log-issues";

const seedLoan = EXAMPLE_LOAN_LOG.loans[0];
type T = Parameters<typeof loanLogIssueText>[1];
const tFor = (locale: "en" | "ja") => createTranslator({ locale, messages: loadMessages(locale), namespace: "kiva.log" }) as unknown as T;

const files = [
  { label: "not JSON", text: "not json" },
  { label: "version 2", text: JSON.stringify({ version: 2, loans: [] }) },
  { label: "no loans list", text: JSON.stringify({ version: 1 }) },
  { label: "empty country and month 13", text: JSON.stringify({ version: 1, loans: [{ ...seedLoan, country: "", startMonth: "2024-13" }] }) },
  { label: "the same loan twice", text: JSON.stringify({ version: 1, loans: [seedLoan, seedLoan] }) },
  { label: "a loan that is not an object", text: JSON.stringify({ version: 1, loans: ["x"] }) },
];

describe("a bad loan log file, worded for people", () => {
  test.each(files)("in Japanese, no English and no internal paths: $label", ({ text }) => {
    const r = parseLoanLog(text);
    expect(r.ok).toBe(false);
    for (const issue of r.ok ? [] : r.issues) {
      const ja = loanLogIssueText(issue, tFor("ja"));
      expect(ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(ja).not.toMatch(/[a-z]{3,}/); // JSON and YYYY-MM are fine; English words are not
      expect(ja).not.toContain("loans.");
    }
  });

  test("in English, the loan's row and the field's label, not zod's message", () => {
    const r = parseLoanLog(files[3].text);
    const texts = r.ok ? [] : r.issues.map((i) => loanLogIssueText(i, tFor("en")));
    expect(texts).toEqual(["Loan 1 in the file: Country: Enter the country (up to 80 characters).", "Loan 1 in the file: Lent in (month): Enter the month as YYYY-MM, e.g. 2024-01."]);
  });
});

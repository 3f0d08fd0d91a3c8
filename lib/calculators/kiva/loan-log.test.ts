import { describe, expect, it, test } from "vitest";
import { EXAMPLE_LOAN_LOG } from "./loan-log-example";
import { parseLoanLog, serializeLoanLog, summarizeLoanLog, ZLoanLog, ZLoggedLoan } from "./loan-log";

const seedLoan = EXAMPLE_LOAN_LOG.loans[0];

describe("loan log", () => {
  it("facts §6 / seed 5: the example holds loans 2705613 (Philippines) and 2707642 (Nicaragua), 30 USD over 8 months from 2024-01", () => {
    expect(ZLoanLog.parse(EXAMPLE_LOAN_LOG)).toEqual(EXAMPLE_LOAN_LOG);
    expect(EXAMPLE_LOAN_LOG.loans.map((l) => [l.loanNumber, l.country, l.fieldPartner, l.termMonths, l.amountUsd, l.startMonth])).toEqual([
      [2705613, "Philippines", "Negros Women for Tomorrow Foundation", 8, 30, "2024-01"],
      [2707642, "Nicaragua", "FUNDENUSE", 8, 30, "2024-01"],
    ]);
    expect(summarizeLoanLog(EXAMPLE_LOAN_LOG)).toEqual({ loans: 2, lentUsd: 60, repaidUsd: 0, outstandingUsd: 60 });
  });

  it("serialize -> parse round-trips", () => {
    const text = serializeLoanLog(EXAMPLE_LOAN_LOG);
    expect(text.endsWith("\n")).toBe(true);
    expect(parseLoanLog(text)).toEqual({ ok: true, log: EXAMPLE_LOAN_LOG });
  });

  test.each([
    { label: "not JSON", text: "{version: 1", path: "" },
    { label: "unknown version 2", text: JSON.stringify({ version: 2, loans: [] }), path: "version" },
    { label: "loans missing", text: JSON.stringify({ version: 1 }), path: "loans" },
    { label: "month 13", text: JSON.stringify({ version: 1, loans: [{ ...seedLoan, startMonth: "2024-13" }] }), path: "loans.0.startMonth" },
    { label: "repaid more than lent", text: JSON.stringify({ version: 1, loans: [{ ...seedLoan, repaidUsd: 31 }] }), path: "loans.0.repaidUsd" },
    { label: "fractions of a cent", text: JSON.stringify({ version: 1, loans: [{ ...seedLoan, amountUsd: 30.001 }] }), path: "loans.0.amountUsd" },
    { label: "country over 80 characters", text: JSON.stringify({ version: 1, loans: [{ ...seedLoan, country: "x".repeat(81) }] }), path: "loans.0.country" },
    { label: "same loan twice", text: JSON.stringify({ version: 1, loans: [seedLoan, seedLoan] }), path: "loans.1.loanNumber" },
    {
      label: "more than 500 loans",
      text: JSON.stringify({ version: 1, loans: Array.from({ length: 501 }, (_, i) => ({ ...seedLoan, loanNumber: i + 1 })) }),
      path: "loans",
    },
  ])("rejects $label", ({ text, path }) => {
    const r = parseLoanLog(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });

  it.each([
    { label: "not JSON", text: "not json", issue: { code: "file.notJson" } },
    { label: "version 2", text: JSON.stringify({ version: 2, loans: [] }), issue: { code: "log.version" } },
    { label: "month 13 in the 1st loan", text: JSON.stringify({ version: 1, loans: [{ ...seedLoan, startMonth: "2024-13" }] }), issue: { code: "loan.field", loan: 1, field: "startMonth" } },
    { label: "the 2nd loan repeats the 1st", text: JSON.stringify({ version: 1, loans: [seedLoan, seedLoan] }), issue: { code: "loan.duplicate", loan: 2, field: "loanNumber" } },
    { label: "a wrong loan number type is a field problem, not a duplicate", text: JSON.stringify({ version: 1, loans: [{ ...seedLoan, loanNumber: "x" }] }), issue: { code: "loan.field", loan: 1, field: "loanNumber" } },
  ])("codes the problem for the page's language: $label", ({ text, issue }) => {
    const r = parseLoanLog(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject(issue);
  });

  it("trims text, defaults repaidUsd to 0 and accepts a partly repaid loan", () => {
    const { repaidUsd: _omit, ...noRepaid } = seedLoan;
    expect(ZLoggedLoan.parse({ ...noRepaid, country: "  Philippines " })).toMatchObject({ country: "Philippines", repaidUsd: 0 });
    expect(ZLoggedLoan.parse({ ...seedLoan, repaidUsd: 11.25 }).repaidUsd).toBe(11.25);
  });

  it("serialize refuses an invalid log", () => {
    expect(() => serializeLoanLog({ version: 1, loans: [{ ...seedLoan, termMonths: 0 }] })).toThrow();
  });
});

// A loan log file's problems in the page's language: the engine's codes (parseLoanLog)
// worded from messages/<locale>/kiva.json, with the add form's own field labels and
// error texts, so a Japanese page never shows zod's English or a path like loans.0.country.
import type { LoanLogIssue } from "@/lib/calculators/kiva/loan-log";

type T = (key: string, values?: Record<string, string | number>) => string;

const FIELDS = new Set(["loanNumber", "country", "fieldPartner", "termMonths", "amountUsd", "amountJpy", "startMonth", "repaidUsd"]);

/** `t` is scoped to "kiva.log"; the result is one sentence for one problem. */
export function loanLogIssueText(issue: LoanLogIssue, t: T): string {
  switch (issue.code) {
    case "file.tooLarge":
      return t("file.issues.tooLarge");
    case "file.notJson":
      return t("file.issues.notJson");
    case "log.version":
      return t("file.issues.version");
    case "log.loans":
      return t("file.issues.loans");
    case "loan.duplicate":
      return t("file.issues.loan", { loan: issue.loan ?? 0, problem: t("form.errors.duplicate") });
    case "loan.field": {
      const field = issue.field && FIELDS.has(issue.field) ? issue.field : null;
      const problem = field ? `${t(`form.${field}.label`)}: ${t(`form.errors.${field}`)}` : t("file.issues.loanShape");
      return t("file.issues.loan", { loan: issue.loan ?? 0, problem });
    }
  }
}

// A user's Kiva loan log (seed 5 keeps one per month): one row per loan, saved
// as a versioned JSON file so that a browser can export and import it.
import * as z from "zod";

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** True when a dollar amount has at most 2 decimals (whole cents). */
function isWholeCents(usd: number): boolean {
  return Math.abs(Math.round(usd * 100) - usd * 100) < 1e-6;
}

export const ZLoggedLoan = z
  .object({
    loanNumber: z
      .number({ error: "loanNumber must be a number." })
      .int({ error: "loanNumber must be a whole number (Kiva's loan ID)." })
      .min(1, { error: "loanNumber must be positive." })
      .max(999_999_999, { error: "loanNumber is too large." })
      .describe("Kiva loan ID, e.g. 2705613."),
    country: z
      .string({ error: "country must be text." })
      .trim()
      .min(1, { error: "country is required." })
      .max(80, { error: "country must be at most 80 characters." })
      .describe("Borrower's country, as written by the user (any language)."),
    fieldPartner: z
      .string({ error: "fieldPartner must be text." })
      .trim()
      .min(1, { error: "fieldPartner is required." })
      .max(120, { error: "fieldPartner must be at most 120 characters." })
      .describe("Kiva lending (field) partner, e.g. FUNDENUSE."),
    termMonths: z
      .number({ error: "termMonths must be a number." })
      .int({ error: "termMonths must be a whole number of months." })
      .min(1, { error: "termMonths must be at least 1." })
      .max(120, { error: "termMonths must be at most 120." })
      .describe("Repayment term in months."),
    amountUsd: z
      .number({ error: "amountUsd must be a number." })
      .min(0.01, { error: "amountUsd must be positive." })
      .max(10_000, { error: "amountUsd must be at most 10,000." })
      .refine(isWholeCents, { error: "amountUsd must have at most 2 decimals." })
      .describe("Amount lent, USD."),
    amountJpy: z
      .number({ error: "amountJpy must be a number." })
      .min(0, { error: "amountJpy cannot be negative." })
      .max(10_000_000, { error: "amountJpy must be at most 10,000,000." })
      .optional()
      .describe("Approximate yen equivalent noted by the user (e.g. about 4,727.5 yen for 30 USD)."),
    startMonth: z
      .string({ error: "startMonth must be text." })
      .trim()
      .max(7, { error: "startMonth must look like 2024-01." })
      .regex(MONTH_RE, { error: "startMonth must look like 2024-01 (YYYY-MM)." })
      .describe("Month the loan was made, YYYY-MM."),
    repaidUsd: z
      .number({ error: "repaidUsd must be a number." })
      .min(0, { error: "repaidUsd cannot be negative." })
      .max(10_000, { error: "repaidUsd must be at most 10,000." })
      .refine(isWholeCents, { error: "repaidUsd must have at most 2 decimals." })
      .default(0)
      .describe("Repaid so far, USD. Default 0."),
  })
  .superRefine((loan, ctx) => {
    if (loan.repaidUsd > loan.amountUsd) {
      ctx.addIssue({ code: "custom", path: ["repaidUsd"], message: "repaidUsd cannot exceed amountUsd." });
    }
  })
  .describe("One loan in a Kiva loan log.");

export type TLoggedLoan = z.infer<typeof ZLoggedLoan>;

export const LOAN_LOG_VERSION = 1;
export const LOAN_LOG_MAX_LOANS = 500;

export const ZLoanLog = z
  .object({
    version: z.literal(LOAN_LOG_VERSION, { error: "This loan log version is not supported (expected version 1)." }),
    loans: z
      .array(ZLoggedLoan)
      .max(LOAN_LOG_MAX_LOANS, { error: `A loan log holds at most ${LOAN_LOG_MAX_LOANS} loans.` }),
  })
  .superRefine((log, ctx) => {
    const seen = new Set<number>();
    log.loans.forEach((loan, i) => {
      if (seen.has(loan.loanNumber)) {
        ctx.addIssue({
          code: "custom",
          path: ["loans", i, "loanNumber"],
          message: `Loan ${loan.loanNumber} appears more than once.`,
        });
      }
      seen.add(loan.loanNumber);
    });
  })
  .describe("A versioned Kiva loan log file: { version: 1, loans: [...] }.");

export type TLoanLog = z.infer<typeof ZLoanLog>;

/**
 * One problem in a loan log file: a code for the page to word in its language (with the
 * 1-based loan row and the loan's field when it is about one loan), plus the dotted path
 * and zod's English message for developers.
 */
export type LoanLogIssueCode = "file.tooLarge" | "file.notJson" | "log.version" | "log.loans" | "loan.field" | "loan.duplicate";
export type LoanLogIssue = { code: LoanLogIssueCode; path: string; message: string; loan?: number; field?: string };

function issueOf(path: PropertyKey[], message: string, custom: boolean): LoanLogIssue {
  const dotted = path.map(String).join(".");
  if (path[0] === "version") return { code: "log.version", path: dotted, message };
  if (path[0] !== "loans" || typeof path[1] !== "number") return { code: "log.loans", path: dotted, message };
  const loan = path[1] + 1;
  const field = typeof path[2] === "string" ? path[2] : undefined;
  const duplicate = custom && field === "loanNumber";
  return { code: duplicate ? "loan.duplicate" : "loan.field", path: dotted, message, loan, field };
}
export type ParseLoanLogResult = { ok: true; log: TLoanLog } | { ok: false; issues: LoanLogIssue[] };

/** Longest log text accepted (500 loans x ~300 characters leaves ample room). */
export const LOAN_LOG_MAX_CHARS = 256 * 1024;

/**
 * Parses a loan log file's text. Never throws: bad JSON, a wrong version or
 * invalid rows come back as issues with a dotted path (e.g. "loans.0.country").
 *
 * @example
 * parseLoanLog('{"version":1,"loans":[]}'); // { ok: true, log: { version: 1, loans: [] } }
 */
export function parseLoanLog(text: string): ParseLoanLogResult {
  if (text.length > LOAN_LOG_MAX_CHARS) {
    return { ok: false, issues: [{ code: "file.tooLarge", path: "", message: "The loan log file is too large." }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ code: "file.notJson", path: "", message: "The loan log is not valid JSON." }] };
  }
  const parsed = ZLoanLog.safeParse(json);
  if (parsed.success) return { ok: true, log: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => issueOf(i.path, i.message, i.code === "custom")),
  };
}

/** Serialises a loan log (validated first) as pretty JSON with a trailing newline. */
export function serializeLoanLog(log: TLoanLog): string {
  const valid = ZLoanLog.parse(log);
  return `${JSON.stringify(valid, null, 2)}\n`;
}

/** Sum of amounts lent and repaid in a log, in USD rounded to cents. */
export function summarizeLoanLog(log: TLoanLog): { loans: number; lentUsd: number; repaidUsd: number; outstandingUsd: number } {
  const lentCents = log.loans.reduce((s, l) => s + Math.round(l.amountUsd * 100), 0);
  const repaidCents = log.loans.reduce((s, l) => s + Math.round(l.repaidUsd * 100), 0);
  return {
    loans: log.loans.length,
    lentUsd: lentCents / 100,
    repaidUsd: repaidCents / 100,
    outstandingUsd: (lentCents - repaidCents) / 100,
  };
}

/**
 * The /awards address beyond the itinerary (url.ts): which view is open and the
 * user's own point valuations for the optimizer.
 *
 *   view    optimize  (absent, or anything else = the checker)
 *   v       CURRENCY:CENTS pairs joined by ",":  v=JAL%20miles:2,Avios:1.5
 *           CENTS is US cents per point as typed (0 < cents <= 100, ZValuations' rules);
 *           a currency not listed uses its stored default
 *
 * Characters outside a field's plain set (letters, digits and spaces in a currency;
 * digits and "." in a value) are %-escaped as in url.ts, so any text survives a round
 * trip. Pure and total: bad values come back as issues (the page shows them next to
 * their field and ranks with the stored default instead), never as an exception.
 */
import { MAX_VALUATIONS, ZValuations } from "@/lib/calculators/optimizer/schema";
import { encodeQueryValue, escapeField, firstValue, unescapeField, type Query } from "./url";

export type AwardsView = "check" | "optimize";

/** Bounds on `v` (ten pairs like "Alaska%20miles:1.4" are about 200 characters). */
export const VIEW_LIMITS = { maxValuationsParam: 400, maxValuations: MAX_VALUATIONS, maxValueText: 12 } as const;

export type ViewIssueCode = "url.valuationsTooLong" | "url.tooManyValuations" | "url.valuationShape" | "url.badValuation";

export interface ViewIssue {
  /** "valuations" for the whole parameter, "valuations.<currency>" for one value. */
  path: string;
  code: ViewIssueCode;
  message: string;
}

export interface ViewState {
  view: AwardsView;
  /** What the address says, as typed (currency -> text), so the form shows it back. */
  valuationText: Record<string, string>;
  /** The values that passed ZValuations' rules (the others use the stored defaults). */
  valuations: Record<string, number>;
  issues: ViewIssue[];
}

const PLAIN_CURRENCY = /^[A-Za-z0-9 ]$/;
const PLAIN_VALUE = /^[0-9.]$/;
/** A plain decimal (no exponent, no sign): what a number input gives. */
const DECIMAL = /^\d{1,6}(\.\d{1,6})?$/;

/** The query string (without "?") for the view and valuations; empty for the checker with no valuations. */
export function serializeViewQuery(view: AwardsView, valuationText: Readonly<Record<string, string>> = {}): string {
  const parts: string[] = [];
  if (view === "optimize") parts.push("view=optimize");
  const pairs = Object.entries(valuationText)
    .filter(([, text]) => text.trim() !== "")
    .map(([currency, text]) => `${escapeField(currency, PLAIN_CURRENCY)}:${escapeField(text.trim(), PLAIN_VALUE)}`);
  if (pairs.length) parts.push(`v=${encodeQueryValue(pairs.join(","))}`);
  return parts.join("&");
}

/** zod 4 wraps a bad record key as "Invalid key in record" around the key schema's own message. */
function innerMessage(issue: { message: string; issues?: { message: string }[] } | undefined): string | undefined {
  return issue?.issues?.[0]?.message ?? issue?.message;
}

/** Reads `view` and `v` (Next's searchParams or a URLSearchParams). */
export function parseViewQuery(query: Query): ViewState {
  const state: ViewState = { view: firstValue(query, "view") === "optimize" ? "optimize" : "check", valuationText: {}, valuations: {}, issues: [] };
  const v = firstValue(query, "v");
  if (v === undefined || v === "") return state;
  const issue = (path: string, code: ViewIssueCode, message: string) => state.issues.push({ path, code, message });
  if (v.length > VIEW_LIMITS.maxValuationsParam) {
    issue("valuations", "url.valuationsTooLong", `The valuations in the address are longer than ${VIEW_LIMITS.maxValuationsParam} characters.`);
    return state;
  }
  const pairs = v.split(",");
  if (pairs.length > VIEW_LIMITS.maxValuations) issue("valuations", "url.tooManyValuations", `At most ${VIEW_LIMITS.maxValuations} valuations.`);

  const numbers: Record<string, number> = {};
  for (const pair of pairs.slice(0, VIEW_LIMITS.maxValuations)) {
    const at = pair.indexOf(":");
    const currency = at > 0 ? unescapeField(pair.slice(0, at))?.trim() : null;
    const text = at > 0 ? unescapeField(pair.slice(at + 1)) : null;
    if (!currency || text === null) {
      issue("valuations", "url.valuationShape", "A valuation in the address is not CURRENCY:CENTS.");
      continue;
    }
    state.valuationText[currency] = text.slice(0, VIEW_LIMITS.maxValueText);
    if (text.length > VIEW_LIMITS.maxValueText || !DECIMAL.test(text)) {
      issue(`valuations.${currency}`, "url.badValuation", `The valuation of ${currency} is not a number of cents.`);
      continue;
    }
    numbers[currency] = Number(text);
  }

  // The optimizer's own rules (0 < cents <= 100, currency names) decide what is used.
  for (const [currency, cents] of Object.entries(numbers)) {
    const one = ZValuations.safeParse({ [currency]: cents });
    if (one.success) Object.assign(state.valuations, one.data);
    else issue(`valuations.${currency}`, "url.badValuation", innerMessage(one.error.issues[0]) ?? `The valuation of ${currency} is not valid.`);
  }
  return state;
}

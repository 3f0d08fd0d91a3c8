// The /convert form's state, as the page's query string and as an API request. Shared by
// the server page (initial inputs from searchParams) and the client form (URL updates),
// so a bookmarked or shared URL reproduces the same answer.
import type { TConversionQuoteInput, TPointsForMilesInput } from "@/lib/calculators/conversions";
import { firstParam as first, lastParam as last, typedNumber, type Query } from "@/app/_components/form/query-params";

export type ConvertMode = "quote" | "reverse";

/** Input values as typed (strings), so a half-typed number never turns into 0. */
export interface ConvertForm {
  mode: ConvertMode;
  route: string;
  points: string;
  miles: string;
  date: string;
  campaignEntry: boolean;
  eligible: boolean;
}

/** Defaults: the source post's example amount (10,001 Ponta points), exchanged today in Japan. */
export function convertFormFrom(query: Query, today: string): ConvertForm {
  const flag = (key: string, fallback: boolean) => {
    const v = last(query[key]);
    return v === undefined ? fallback : v === "1" || v === "true";
  };
  return {
    mode: first(query.mode) === "reverse" ? "reverse" : "quote",
    route: first(query.route) ?? "ponta-jal",
    points: first(query.points) ?? "10001",
    miles: first(query.miles) ?? "6000",
    date: first(query.date) ?? today,
    campaignEntry: flag("entry", false),
    eligible: flag("eligible", true),
  };
}

export function convertQuery(form: ConvertForm): string {
  const q = new URLSearchParams({ mode: form.mode, route: form.route });
  if (form.mode === "quote") q.set("points", form.points);
  else q.set("miles", form.miles);
  q.set("date", form.date);
  q.set("entry", form.campaignEntry ? "1" : "0");
  q.set("eligible", form.eligible ? "1" : "0");
  return q.toString();
}

/** What both directions send besides the amount. */
function commonRequest(form: ConvertForm) {
  return {
    route: form.route as TConversionQuoteInput["route"],
    date: form.date === "" ? undefined : form.date,
    campaignEntry: form.campaignEntry,
    eligible: form.eligible,
  };
}

export function quoteRequest(form: ConvertForm): TConversionQuoteInput {
  return { ...commonRequest(form), points: typedNumber(form.points) as number };
}

export function reverseRequest(form: ConvertForm): TPointsForMilesInput {
  return { ...commonRequest(form), miles: typedNumber(form.miles) as number };
}

export const QUOTE_URL = "/api/v1/conversions/quote";
export const REVERSE_URL = "/api/v1/conversions/points-needed";

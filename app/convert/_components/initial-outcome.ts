// The answer for the page's first render, computed on the server from the URL's inputs
// with the same schemas and calculators the API uses, so a shared link shows its result
// at once (and without JavaScript). Invalid inputs come back as the API's issue list.
import { issuesFromZod, type ApiIssue } from "@/lib/api/errors";
import {
  ZConversionQuoteRequest,
  ZPointsForMilesRequest,
  pointsForMiles,
  quoteConversion,
  type ConversionData,
} from "@/lib/calculators/conversions";
import type { ConvertOutcome } from "./convert-calculator";
import { quoteRequest, reverseRequest, type ConvertForm } from "./params";

export function initialOutcome(form: ConvertForm, data: ConversionData, today: string): { outcome: ConvertOutcome; issues: ApiIssue[] } {
  const parsed = form.mode === "quote" ? ZConversionQuoteRequest.safeParse(quoteRequest(form)) : ZPointsForMilesRequest.safeParse(reverseRequest(form));
  if (!parsed.success) return { outcome: null, issues: issuesFromZod(parsed.error) };
  if (!data.routes.some((r) => r.code === parsed.data.route)) return { outcome: null, issues: [{ path: "route", message: `Unknown route: ${parsed.data.route}.` }] };
  if ("points" in parsed.data) return { outcome: { kind: "quote", data: quoteConversion(parsed.data, data, today) }, issues: [] };
  return { outcome: { kind: "reverse", data: pointsForMiles(parsed.data, data, today) }, issues: [] };
}

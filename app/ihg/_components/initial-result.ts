// The first render's answer and plot series, computed on the server from the URL's inputs
// with the same schemas and calculators as POST /api/v1/ihg/buy-points and
// GET /api/v1/ihg/price-series, so a shared link shows its result at once.
import { issuesFromZod, type ApiIssue } from "@/lib/api/errors";
import {
  ZIhgSeriesQuery,
  buyPoints,
  ihgBuyPointsRequestFor,
  ihgPriceSeries,
  type IhgPurchaseRuleData,
  type TIhgBuyPointsResponse,
  type TIhgSeriesPoint,
} from "@/lib/calculators/ihg";
import { ihgRequest, seriesQuery, type IhgForm, type IhgPlotData } from "./params";

function seriesFor(rule: IhgPurchaseRuleData, query: string): TIhgSeriesPoint[] | null {
  const parsed = ZIhgSeriesQuery.safeParse(Object.fromEntries(new URLSearchParams(query)));
  return parsed.success ? ihgPriceSeries(rule, parsed.data) : null;
}

export function initialResult(form: IhgForm, rule: IhgPurchaseRuleData): { result: TIhgBuyPointsResponse | null; issues: ApiIssue[]; series: IhgPlotData } {
  const series: IhgPlotData = {
    tiers: seriesFor(rule, seriesQuery(form, "tiers")) ?? ihgPriceSeries(rule, { bonusPercent: 100 }),
    typed: form.priceMode === "typed" ? seriesFor(rule, seriesQuery(form)) : null,
  };
  const parsed = ihgBuyPointsRequestFor(rule).safeParse(ihgRequest(form));
  if (!parsed.success) return { result: null, issues: issuesFromZod(parsed.error), series };
  return { result: buyPoints(parsed.data, rule), issues: [], series };
}

// The first render's answers, computed on the server from the URL's inputs with the same
// schemas and calculators as POST /api/v1/avios/subscriptions and POST /api/v1/avios/plan.
import { issuesFromZod, type ApiIssue } from "@/lib/api/errors";
import {
  ZAviosCollectRequest,
  ZAviosSubscriptionsRequest,
  aviosCostSeries,
  aviosSubscriptions,
  cheapestAviosPlan,
  type AviosPlanData,
  type TAviosSubscriptionsResponse,
} from "@/lib/calculators/avios";
import { collectRequest, valueRequest, type AviosForm } from "./params";
import type { AviosPlanResponse } from "./types";

export function initialResults(form: AviosForm, plans: AviosPlanData[], today: string) {
  const issues: { value: ApiIssue[]; target: ApiIssue[] } = { value: [], target: [] };
  let subscriptions: TAviosSubscriptionsResponse = aviosSubscriptions(plans);
  const value = ZAviosSubscriptionsRequest.safeParse(valueRequest(form));
  if (value.success) subscriptions = aviosSubscriptions(plans, value.data);
  else issues.value = issuesFromZod(value.error);

  let collect: AviosPlanResponse | null = null;
  const target = ZAviosCollectRequest.safeParse(collectRequest(form));
  if (target.success) {
    collect = {
      ...cheapestAviosPlan(plans, target.data, today),
      series: aviosCostSeries(plans, { maxAvios: target.data.targetAvios }),
      plans: plans.map(({ name, effectiveFrom, source, confidence }) => ({ name, effectiveFrom, source, confidence })),
    };
  } else issues.target = issuesFromZod(target.error);
  return { subscriptions, collect, issues };
}

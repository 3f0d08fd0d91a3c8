// GET /api/v1/avios/subscriptions (api.md): the plans in force with cents per Avios, each with
// its source, effective date and confidence. POST { valueCentsPerAvios } adds a verdict per
// plan and billing against that value.
import { json } from "@/lib/api/errors";
import { parseJsonBody } from "@/lib/api/body";
import { corsPreflight, publicGet, publicPost } from "@/lib/api/handler";
import { ZAviosSubscriptionsRequest, aviosSubscriptions } from "@/lib/calculators/avios";
import { todayInJapan } from "@/lib/calculators/conversions";
import { listAviosPlans } from "@/lib/db/queries/promotions";
import { aviosAsOf } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export const GET = publicGet(async () => {
  const today = todayInJapan(new Date());
  const plans = await listAviosPlans(today);
  return json({ ...aviosSubscriptions(plans), dataAsOf: await aviosAsOf(today) });
});

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZAviosSubscriptionsRequest);
  if (!parsed.ok) return parsed.response;
  const today = todayInJapan(new Date());
  const plans = await listAviosPlans(today);
  return json({ ...aviosSubscriptions(plans, parsed.data), dataAsOf: await aviosAsOf(today) });
});

export const OPTIONS = () => corsPreflight("GET, POST");

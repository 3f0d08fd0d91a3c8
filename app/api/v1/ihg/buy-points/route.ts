// POST /api/v1/ihg/buy-points (api.md): is this points purchase worth it? The request is
// validated against the stored rule in force (quantity within its limits, in its steps).
import { json } from "@/lib/api/errors";
import { parseJsonBody } from "@/lib/api/body";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { buyPoints, ihgBuyPointsRequestFor } from "@/lib/calculators/ihg";
import { ruleInForce } from "../rule-in-force";
import { ihgAsOf } from "@/lib/db/queries/data-age";
import { todayInJapan } from "@/lib/calculators/conversions/dates";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const found = await ruleInForce();
  if (!found.ok) return found.response;
  const parsed = await parseJsonBody(request, ihgBuyPointsRequestFor(found.rule));
  if (!parsed.ok) return parsed.response;
  return json({ ...buyPoints(parsed.data, found.rule), dataAsOf: await ihgAsOf(todayInJapan(new Date())) });
});

export const OPTIONS = () => corsPreflight("POST");

// POST /api/v1/conversions/points-needed: the reverse of /conversions/quote.
// Request: { route, miles, date?, campaignEntry?, eligible? } (same defaults as the quote).
// Response: { pointsNeeded, withoutCampaign, withCampaign, campaign, rate, ... }: the fewest
// points that give at least `miles`, without and with the campaign covering the date.
import { invalidRequest, json } from "@/lib/api/errors";
import { parseJsonBody } from "@/lib/api/body";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { ZPointsForMilesRequest, pointsForMiles, todayInJapan } from "@/lib/calculators/conversions";
import { loadConversionData } from "@/lib/db/queries/promotions";
import { unknownRouteIssue } from "../unknown-route";
import { conversionAsOf } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZPointsForMilesRequest);
  if (!parsed.ok) return parsed.response;
  const data = await loadConversionData();
  const issue = unknownRouteIssue(data, parsed.data.route);
  if (issue) return invalidRequest([issue]);
  const today = todayInJapan(new Date());
  return json({ ...pointsForMiles(parsed.data, data, today), dataAsOf: await conversionAsOf(parsed.data.route, parsed.data.date ?? today) });
});

export const OPTIONS = () => corsPreflight("POST");

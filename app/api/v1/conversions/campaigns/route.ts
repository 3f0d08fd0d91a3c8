// GET /api/v1/conversions/campaigns?route=ponta-jal&date=2023-07-15: the campaign calendar,
// current first, then upcoming, then past, each with its source and confidence.
// `date` (default today in Japan) is the day the campaigns are classified against.
import { json } from "@/lib/api/errors";
import { parseSearchParams } from "@/lib/api/body";
import { corsPreflight, publicGet } from "@/lib/api/handler";
import { ZCampaignCalendarQuery, campaignCalendar, todayInJapan } from "@/lib/calculators/conversions";
import { loadConversionData } from "@/lib/db/queries/promotions";
import { conversionAsOf } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export const GET = publicGet(async (request) => {
  const parsed = parseSearchParams(request.url, ZCampaignCalendarQuery);
  if (!parsed.ok) return parsed.response;
  const today = parsed.data.date ?? todayInJapan(new Date());
  const { campaigns } = await loadConversionData();
  return json({ today, campaigns: campaignCalendar(campaigns, today, { route: parsed.data.route }), dataAsOf: await conversionAsOf(parsed.data.route, null) });
});

export const OPTIONS = () => corsPreflight("GET");

// POST /api/v1/conversions/quote (api.md): points -> JAL miles with any campaign in force on the date.
import { invalidRequest, json } from "@/lib/api/errors";
import { parseJsonBody } from "@/lib/api/body";
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { ZConversionQuoteRequest, quoteConversion, todayInJapan } from "@/lib/calculators/conversions";
import { loadConversionData } from "@/lib/db/queries/promotions";
import { unknownRouteIssue } from "../unknown-route";
import { conversionAsOf } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZConversionQuoteRequest);
  if (!parsed.ok) return parsed.response;
  const data = await loadConversionData();
  const issue = unknownRouteIssue(data, parsed.data.route);
  if (issue) return invalidRequest([issue]);
  const today = todayInJapan(new Date());
  return json({ ...quoteConversion(parsed.data, data, today), dataAsOf: await conversionAsOf(parsed.data.route, parsed.data.date ?? today) });
});

export const OPTIONS = () => corsPreflight("POST");

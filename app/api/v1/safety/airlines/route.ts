// GET /api/v1/safety/airlines?year=&alliance=&minStars=&q=&lang= (api.md): every airline
// with its AirlineRatings.com rating for one year, filtered.
import { parseSearchParams } from "@/lib/api/body";
import { json } from "@/lib/api/errors";
import { corsPreflight, publicGet } from "@/lib/api/handler";
import { ZSafetyListRequest } from "@/lib/calculators/safety/schema";
import { listSafetyRatings } from "@/lib/db/queries/safety";
import { safetyAsOf } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

export const GET = publicGet(async (request) => {
  const parsed = parseSearchParams(request.url, ZSafetyListRequest);
  if (!parsed.ok) return parsed.response;
  const list = await listSafetyRatings(parsed.data);
  return json({ ...list, dataAsOf: await safetyAsOf(list.year) });
});

export const OPTIONS = () => corsPreflight("GET");

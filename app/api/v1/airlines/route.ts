import { publicGet } from "@/lib/api/handler";
import { parseSearchParams } from "@/lib/api/body";
import { json } from "@/lib/api/errors";
import { ZPlaceSearchRequest } from "@/lib/calculators/places/schema";
import { searchAirlines } from "@/lib/calculators/places";
import { getAirlineIndex } from "@/lib/db/queries/places";

export const dynamic = "force-dynamic";

/** GET /api/v1/airlines?q=finn — airlines by code or name (English or Japanese). */
export const GET = publicGet(async (request) => {
  const parsed = parseSearchParams(request.url, ZPlaceSearchRequest);
  if (!parsed.ok) return parsed.response;
  const found = searchAirlines(await getAirlineIndex(), parsed.data.q, parsed.data.limit);
  return json({ airlines: found.map(({ code, name, nameJa, alliance }) => ({ code, name, nameJa, alliance: alliance ?? null })) });
}, 3600);

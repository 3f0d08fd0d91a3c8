import { publicGet } from "@/lib/api/handler";
import { parseSearchParams } from "@/lib/api/body";
import { json } from "@/lib/api/errors";
import { ZPlaceSearchRequest } from "@/lib/calculators/places/schema";
import { searchAirports } from "@/lib/calculators/places";
import { getAirportIndex } from "@/lib/db/queries/places";

export const dynamic = "force-dynamic";

/** GET /api/v1/airports?q=hel&limit=8 — airports by code, city or name (English or Japanese). */
export const GET = publicGet(async (request) => {
  const parsed = parseSearchParams(request.url, ZPlaceSearchRequest);
  if (!parsed.ok) return parsed.response;
  const found = searchAirports(await getAirportIndex(), parsed.data.q, parsed.data.limit);
  return json({
    airports: found.map(({ iata, icao, name, nameJa, city, cityJa, country, metroCode, timeZone }) => ({ iata, icao: icao ?? null, name, nameJa, city, cityJa, country, metroCode, timeZone })),
  });
}, 3600);

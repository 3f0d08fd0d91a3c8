// GET /api/v1/safety/airlines/{code}?year=&lang= (api.md): one airline, its rating for
// `year` (default: its latest rated year) and its whole history. A year without a
// rating is status "noData", not a 404; only an unknown airline is a 404.
import { invalidRequest, issuesFromZod, json, notFound } from "@/lib/api/errors";
import { corsPreflight, publicGet } from "@/lib/api/handler";
import { ZSafetyAirlineRequest } from "@/lib/calculators/safety/schema";
import { getSafetyAirline } from "@/lib/db/queries/safety";
import { safetyAsOf } from "@/lib/db/queries/data-age";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code: string }> };

export const GET = publicGet<Context>(async (request, { params }) => {
  const raw: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in raw)) raw[key] = value;
  // The path segment wins over any ?code= in the query string.
  const parsed = ZSafetyAirlineRequest.safeParse({ ...raw, code: (await params).code });
  if (!parsed.success) return invalidRequest(issuesFromZod(parsed.error));
  const { code, ...options } = parsed.data;
  const airline = await getSafetyAirline(code, options);
  return airline ? json({ ...airline, dataAsOf: await safetyAsOf(airline.year, airline.code) }) : notFound();
});

export const OPTIONS = () => corsPreflight("GET");

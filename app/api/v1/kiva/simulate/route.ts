// POST /api/v1/kiva/simulate (api.md): Kiva loans paid by a mile-earning card, month by month.
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/errors";
import { simulateKiva, ZKivaSimulateRequest } from "@/lib/calculators/kiva";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZKivaSimulateRequest);
  if (!parsed.ok) return parsed.response;
  return json(simulateKiva(parsed.data));
});

export const OPTIONS = () => corsPreflight("POST");

// POST /api/v1/kiva/simulate (api.md): Kiva loans paid by a mile-earning card, month by month.
// Without repaymentRate the stored rate Kiva publishes is used, and dataAsOf dates it.
import { corsPreflight, publicPost } from "@/lib/api/handler";
import { parseJsonBody } from "@/lib/api/body";
import { json } from "@/lib/api/errors";
import { simulateKiva, ZKivaSimulateRequest } from "@/lib/calculators/kiva";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { REFERENCE_KEYS } from "@/lib/data/seed/reference-values";
import { asOfNow } from "@/lib/db/queries/data-age";
import { getReferenceValue } from "@/lib/db/queries/reference-values";

export const dynamic = "force-dynamic";

export const POST = publicPost(async (request) => {
  const parsed = await parseJsonBody(request, ZKivaSimulateRequest);
  if (!parsed.ok) return parsed.response;
  if (parsed.data.repaymentRate !== undefined) return json({ ...simulateKiva(parsed.data), dataAsOf: null });
  const stored = await getReferenceValue(REFERENCE_KEYS.kivaRepaymentRate, todayInJapan(new Date()));
  const input = { ...parsed.data, repaymentRate: stored?.value };
  return json({ ...simulateKiva(input), repaymentRate: input.repaymentRate ?? 1, dataAsOf: stored ? asOfNow([stored.verifiedOn]) : null });
});

export const OPTIONS = () => corsPreflight("POST");

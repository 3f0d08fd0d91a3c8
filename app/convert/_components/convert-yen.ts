// The conversion's "is it worth it" figure in yen: what a JAL mile is worth at the stored
// valuation (with its source), next to what it costs in points (1 Ponta point is spent
// like 1 yen), at the stored, dated USD -> JPY rate.
import { getTranslations } from "next-intl/server";
import { getAwardData } from "@/lib/db/queries/awards";
import type { YenRow } from "@/app/_components/yen-values";

export async function convertYenRows(): Promise<YenRow[]> {
  const t = await getTranslations("convert.yenRows");
  const jal = (await getAwardData()).valuations.find((v) => v.currency === "JAL miles");
  return jal ? [{ label: t("jalMile"), cents: jal.centsPerPoint, source: { source: jal.source, confidence: jal.confidence, effectiveFrom: jal.effectiveFrom } }] : [];
}

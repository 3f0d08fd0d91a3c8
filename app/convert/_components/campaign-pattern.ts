// The calendar's "usual pattern" (stored ReferenceValue rows: the month and the bonus of
// Ponta's usual rate-up, with their source) and the day campaigns were last searched for
// (the conversion routes' verification date).
import { REFERENCE_KEYS } from "@/lib/data/seed/reference-values";
import { getReferenceValue } from "@/lib/db/queries/reference-values";
import { campaignsSearchedOn } from "@/lib/db/queries/data-age";

export async function campaignPattern(today: string) {
  const [month, percent, searched] = await Promise.all([
    getReferenceValue(REFERENCE_KEYS.pontaUsualCampaignMonth, today),
    getReferenceValue(REFERENCE_KEYS.pontaUsualCampaignBonusPercent, today),
    campaignsSearchedOn(),
  ]);
  const pattern = month && percent
    ? { month: month.value, percent: percent.value, source: month.source, confidence: month.confidence, effectiveFrom: month.effectiveFrom }
    : null;
  return { pattern, searchedOn: searched };
}

// A campaign's bonus in words ("+20% bonus miles…" or "+500 bonus miles per 1,000-point
// unit"), for the campaign box (client) and the calendar (server): a plain module, so both can call it.
type ConvertT = (key: "campaign.bonusPercent" | "campaign.bonusPerUnit", values: { value: number; unit?: number }) => string;

export function bonusText(t: ConvertT, c: { bonusKind: string; bonusValue: number }, unit: number): string {
  return c.bonusKind === "percent" ? t("campaign.bonusPercent", { value: c.bonusValue }) : t("campaign.bonusPerUnit", { value: c.bonusValue, unit });
}

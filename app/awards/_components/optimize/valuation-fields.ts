// The valuations form's fields: one per currency the programs price in (in the contract's
// program order), plus any other currency the address names (so its error can be shown),
// each with the stored default's source, date and confidence (plain data, so the embed's
// island can receive it as JSON; ValuationsForm renders it).
import type { ViewState } from "@/lib/awards/view-url";
import { PROGRAMS } from "@/lib/calculators/awards";
import type { TOptimizeResponse } from "@/lib/calculators/optimizer";
import type { AwardDataset } from "@/lib/db/queries/awards";
import type { ValuationField } from "./valuations-form";

export function valuationFields(data: AwardDataset, result: TOptimizeResponse, view: ViewState): ValuationField[] {
  const rank = (code: string) => ((PROGRAMS as readonly string[]).indexOf(code) + PROGRAMS.length + 1) % (PROGRAMS.length + 1);
  const currencies = [...new Set([...[...data.programs].sort((a, b) => rank(a.code) - rank(b.code)).map((p) => p.currency), ...Object.keys(view.valuationText)])];
  const bad = new Set(view.issues.map((i) => i.path));
  return currencies.map((currency) => {
    const stored = data.valuations.find((v) => v.currency === currency) ?? null;
    const used = result.valuations.find((v) => v.currency === currency);
    return {
      currency,
      stored: stored?.centsPerPoint ?? null,
      storedSource: stored ? { source: stored.source, effectiveFrom: stored.effectiveFrom, confidence: stored.confidence } : null,
      fromRequest: used?.fromRequest ?? false,
      text: view.valuationText[currency] ?? null,
      error: bad.has(`valuations.${currency}`),
    };
  });
}

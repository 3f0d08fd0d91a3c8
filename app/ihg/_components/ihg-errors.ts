// The /ihg form's inline errors in the page's language, one catalogue message per request
// field (messages/<locale>/ihg.json, "errors"), chosen by the API issue's path. The
// purchase limits in the words come from the stored rule, as the API checks them.
import { MAX_IHG_POINTS } from "@/lib/calculators/ihg/limits";
import type { PathMessages } from "@/app/_components/form/issue-messages";
import type { RuleSummary } from "./types";

type IhgT = (key: `errors.${string}`, values?: Record<string, string | number>) => string;

export function ihgFieldMessages(t: IhgT, rule: Pick<RuleSummary, "minPurchase" | "maxPurchase" | "step">): PathMessages {
  return {
    points: t("errors.points", { min: rule.minPurchase, max: rule.maxPurchase, step: rule.step }),
    bonusPercent: t("errors.bonusPercent"),
    centsPerPoint: t("errors.centsPerPoint"),
    purchasedThisYear: t("errors.purchasedThisYear", { max: MAX_IHG_POINTS }),
    annualCap: t("errors.annualCap", { max: MAX_IHG_POINTS }),
    // "stay" alone: the stay as a whole (shown at its cash field).
    stay: t("errors.stay"),
    "stay.cashUsd": t("errors.cashUsd"),
    "stay.awardPoints": t("errors.awardPoints"),
    "rules.onlyFullBonus": t("errors.onlyFullBonus"),
  };
}

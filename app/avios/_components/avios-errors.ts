// The /avios forms' inline errors in the page's language, one catalogue message per request
// field of both forms (messages/<locale>/avios.json, "errors"), chosen by the API issue's path.
import { MAX_TARGET_AVIOS } from "@/lib/calculators/avios/limits";
import type { PathMessages } from "@/app/_components/form/issue-messages";

type AviosT = (key: `errors.${string}`, values?: Record<string, string | number>) => string;

export function aviosFieldMessages(t: AviosT): PathMessages {
  return {
    valueCentsPerAvios: t("errors.valueCentsPerAvios"),
    targetAvios: t("errors.targetAvios", { max: MAX_TARGET_AVIOS }),
    deadline: t("errors.deadline"),
    yearlyCredit: t("errors.yearlyCredit"),
    allowCombinations: t("errors.allowCombinations"),
  };
}

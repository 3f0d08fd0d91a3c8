// The /convert form's inline errors in the page's language, one catalogue message per
// request field (messages/<locale>/convert.json, "errors"), chosen by the API issue's path.
import { MAX_CONVERSION_POINTS, MAX_REQUEST_DATE, MAX_WANTED_MILES, MIN_REQUEST_DATE } from "@/lib/calculators/conversions/limits";
import type { PathMessages } from "@/app/_components/form/issue-messages";

type ConvertT = (key: `errors.${string}`, values?: Record<string, string | number>) => string;

export function convertFieldMessages(t: ConvertT): PathMessages {
  return {
    route: t("errors.route"),
    points: t("errors.points", { max: MAX_CONVERSION_POINTS }),
    miles: t("errors.miles", { max: MAX_WANTED_MILES }),
    date: t("errors.date", { min: MIN_REQUEST_DATE, max: MAX_REQUEST_DATE }),
    campaignEntry: t("errors.campaignEntry"),
    eligible: t("errors.eligible"),
  };
}

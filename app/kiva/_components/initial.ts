// The first answer, rendered on the server from the same schema and calculator the API
// uses, so the page (and its embed) shows a result before any script runs. The repayment
// rate and the exchange rate default to the stored, dated figures (Kiva's published
// 96.3%; the stored USD/JPY rate), with their age.
import { simulateKiva, ZKivaSimulateRequest } from "@/lib/calculators/kiva";
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { REFERENCE_KEYS } from "@/lib/data/seed/reference-values";
import { oldestOf } from "@/lib/calculators/data-age";
import { asOfNow } from "@/lib/db/queries/data-age";
import { getExchangeRate, getReferenceValue } from "@/lib/db/queries/reference-values";
import { DEFAULT_KIVA_FORM, formFromParams, requestFromForm } from "./kiva-form";

export async function kivaDefaults() {
  const today = todayInJapan(new Date());
  const [repayment, minLoan, usdJpy] = await Promise.all([
    getReferenceValue(REFERENCE_KEYS.kivaRepaymentRate, today),
    getReferenceValue(REFERENCE_KEYS.kivaMinLoanUsd, today),
    getExchangeRate("USD", "JPY", today),
  ]);
  const form = {
    ...DEFAULT_KIVA_FORM,
    ...(repayment ? { repaymentPercent: String(Math.round(repayment.value * 1000) / 10) } : {}),
    ...(usdJpy ? { usdJpy: String(usdJpy.value) } : {}),
  };
  const dataAsOf = oldestOf([asOfNow(repayment || minLoan ? [repayment, minLoan].filter((x) => x !== null).map((x) => x.verifiedOn) : []), usdJpy ? asOfNow([usdJpy.verifiedOn]) : null]);
  return { form, repayment, minLoan, usdJpy, dataAsOf };
}

export async function initialKiva(params: Record<string, string | string[] | undefined>) {
  const defaults = await kivaDefaults();
  const form = formFromParams(params, defaults.form);
  const parsed = ZKivaSimulateRequest.safeParse(requestFromForm(form));
  return {
    form,
    defaults,
    initialResult: parsed.success ? simulateKiva(parsed.data) : null,
    initialErrorFields: parsed.success ? [] : parsed.error.issues.map((i) => i.path.map(String).join(".")),
  };
}

// The stored USD -> JPY rate in force today, with its data age, for <YenValues>.
import { todayInJapan } from "@/lib/calculators/conversions/dates";
import { asOfNow, staleAfterMonths } from "@/lib/db/queries/data-age";
import { getExchangeRate } from "@/lib/db/queries/reference-values";

export async function usdJpyToday() {
  const rate = await getExchangeRate("USD", "JPY", todayInJapan(new Date()));
  return { rate, rateAsOf: rate ? asOfNow([rate.verifiedOn]) : null, months: staleAfterMonths() };
}

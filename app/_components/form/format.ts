// Number and date formats the calculator pages share, in the page's locale. Dates are
// calendar days, not instants; US dollars use the locale's own currency layout.

/** `YYYY-MM-DD` as a localised calendar day (formatted in UTC, so no time zone moves it). */
export function dayFormatter(locale: string) {
  const fmt = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  return (iso: string) => fmt.format(new Date(`${iso}T00:00:00Z`));
}

/** US dollars, with cents unless `wholeDollars`. */
export function usdFormat(locale: string, wholeDollars = false): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", { style: "currency", currency: "USD", ...(wholeDollars ? { maximumFractionDigits: 0 } : {}) });
}

/** US cents per point or per Avios: at least 2 decimals, at most 4 (the calculators round to 4). */
export function centsFormat(locale: string): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

/**
 * Calendar-date helpers on plain `YYYY-MM-DD` strings.
 *
 * Promotions are defined by calendar days in Japan (campaign start/end are
 * inclusive days, credit delays are whole days), so the calculators never do
 * time-of-day arithmetic: every date is a string, and arithmetic runs on UTC
 * midnights where no daylight-saving shift can move a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * UTC midnight of a calendar day. Not `Date.UTC`: it maps years 0-99 to 1900-1999,
 * which made "0050-01-01" an invalid date and crashed the arithmetic on it.
 */
function utcMs(y: number, monthIndex: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, monthIndex, d);
  return t.getTime();
}

/** True when `s` is a real calendar date written `YYYY-MM-DD` (2023-02-29 is false). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(utcMs(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [y, m, d] = date.split("-").map(Number);
  return utcMs(y, m - 1, d);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the
 * target month is clamped to its last day (2024-01-31 + 1 month = 2024-02-29),
 * the way monthly billing dates are usually kept.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12;
  const lastDay = new Date(utcMs(ty, tm + 1, 0)).getUTCDate();
  return fromUtcMs(utcMs(ty, tm, Math.min(d, lastDay)));
}

/**
 * Today's calendar date in Japan (Asia/Tokyo) at the instant `now`.
 * The API's default `date` is "today in Japan"; taking `now` as an argument
 * keeps every calculator deterministic and testable.
 *
 * @example todayInJapan(new Date("2023-07-02T15:30:00Z")) // "2023-07-03" (00:30 JST)
 */
export function todayInJapan(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** A date read from the database (a `Date` at UTC midnight) or a seed string, as `YYYY-MM-DD`. */
export function toIsoDate(value: Date | string): string {
  if (typeof value === "string") {
    const day = value.slice(0, 10);
    if (!isIsoDate(day)) throw new RangeError(`Not a calendar date: ${value}`);
    return day;
  }
  if (Number.isNaN(value.getTime())) throw new RangeError("Invalid Date");
  return value.toISOString().slice(0, 10);
}

/**
 * Local wall-clock times ("YYYY-MM-DDTHH:mm", no offset) read in an airport's
 * own IANA time zone, converted to real instants. Uses the runtime's ICU data
 * through Intl.DateTimeFormat, so date-line crossings and DST changes follow
 * the tz database.
 *
 * Speed: one Intl call costs ~1.5 µs, too slow for 16 calls per quote. So the
 * offset changes of a zone are found once per calendar year (sampled twice a
 * month, each change located to the minute by bisection) and cached; after
 * that an offset is a lookup in a list of one to a few entries.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Sampling step: no zone changes its offset twice within 15 days (Morocco's Ramadan break lasts ~5 weeks). */
const STEP = 15 * DAY;
const MAX_CACHED_ZONE_YEARS = 5_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: callers validate zones first.
    f = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True if the runtime knows this IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Exact UTC offset in ms of `timeZone` at instant `utc` (one Intl call). */
function exactOffset(timeZone: string, utc: number): number {
  // Output ends in "GMT+09:00", "GMT-03:30" or plain "GMT".
  const s = formatter(timeZone).format(utc);
  const i = s.lastIndexOf("GMT");
  if (i < 0 || i + 3 >= s.length) return 0;
  const sign = s.charCodeAt(i + 3) === 45 /* - */ || s.charCodeAt(i + 3) === 8722 /* − */ ? -1 : 1;
  const h = Number(s.slice(i + 4, i + 6));
  const m = s.length >= i + 9 ? Number(s.slice(i + 7, i + 9)) : 0;
  return sign * (h * HOUR + m * MINUTE);
}

/** Offsets of one zone in one UTC year: offsets[i] applies from starts[i]. */
interface ZoneYear {
  starts: number[];
  offsets: number[];
}

const zoneYears = new Map<string, Map<number, ZoneYear>>();
let cachedZoneYears = 0;

function zoneYear(timeZone: string, year: number): ZoneYear {
  let years = zoneYears.get(timeZone);
  const hit = years?.get(year);
  if (hit) return hit;
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const starts = [from];
  const offsets = [exactOffset(timeZone, from)];
  let prevT = from;
  let prevO = offsets[0];
  for (let t = Math.min(from + STEP, to); ; t = Math.min(t + STEP, to)) {
    const o = exactOffset(timeZone, t);
    if (o !== prevO) {
      // Bisect to the first minute with the new offset.
      let lo = prevT;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (exactOffset(timeZone, mid) === prevO) lo = mid;
        else hi = mid;
      }
      starts.push(hi);
      offsets.push(o);
    }
    prevT = t;
    prevO = o;
    if (t >= to) break;
  }
  if (cachedZoneYears >= MAX_CACHED_ZONE_YEARS) {
    zoneYears.clear();
    cachedZoneYears = 0;
    years = undefined;
  }
  if (!years) zoneYears.set(timeZone, (years = new Map()));
  const zy = { starts, offsets };
  years.set(year, zy);
  cachedZoneYears++;
  return zy;
}

/** Date.UTC(y, 0, 1) for the years most instants fall in (a lookup is cheaper than the call). */
const FIRST_TABLE_YEAR = 1900;
const YEAR_STARTS = Array.from({ length: 302 }, (_, i) => Date.UTC(FIRST_TABLE_YEAR + i, 0, 1));

function yearStart(y: number): number {
  const i = y - FIRST_TABLE_YEAR;
  return i >= 0 && i < YEAR_STARTS.length ? YEAR_STARTS[i] : Date.UTC(y, 0, 1);
}

/** The UTC calendar year of an instant, without allocating a Date. */
function utcYear(t: number): number {
  let y = 1970 + Math.floor(t / 31_556_952_000);
  if (yearStart(y) > t) y--;
  else if (yearStart(y + 1) <= t) y++;
  return y;
}

/** UTC offset in ms of `timeZone` at instant `utc`. */
export function offsetAt(timeZone: string, utc: number): number {
  const zy = zoneYear(timeZone, utcYear(utc));
  let i = zy.starts.length - 1;
  while (i > 0 && zy.starts[i] > utc) i--;
  return zy.offsets[i];
}

/** Fields of "YYYY-MM-DDTHH:mm" as the same wall time in UTC, or NaN if malformed. */
export function parseLocalAsUtc(local: string): number {
  if (local.length !== 16 || local.charCodeAt(4) !== 45 || local.charCodeAt(7) !== 45 || local.charCodeAt(10) !== 84 || local.charCodeAt(13) !== 58) {
    return NaN;
  }
  const y = digits(local, 0, 4);
  const mo = digits(local, 5, 2);
  const d = digits(local, 8, 2);
  const h = digits(local, 11, 2);
  const mi = digits(local, 14, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return NaN;
  if (d > daysInMonth(y, mo)) return NaN;
  return Date.UTC(y, mo - 1, d, h, mi);
}

function digits(s: string, start: number, n: number): number {
  let v = 0;
  for (let i = start; i < start + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True if `local` is a real calendar date-time "YYYY-MM-DDTHH:mm". */
export function isLocalDateTime(local: string): boolean {
  return !Number.isNaN(parseLocalAsUtc(local));
}

/**
 * The instant (ms since epoch) of wall time `local` in `timeZone`.
 * Ambiguous times (clocks going back) take the earlier instant; times that do
 * not exist (clocks going forward) are read with the offset in force before
 * the change, i.e. pushed forward — the "compatible" choice of Temporal and
 * of most calendar software.
 */
export function localToUtc(local: string, timeZone: string): number {
  const wall = parseLocalAsUtc(local);
  if (Number.isNaN(wall)) return NaN;
  // Offsets lie within -12 h..+14 h, so the instant is within a day of `wall`.
  const before = offsetAt(timeZone, wall - 24 * HOUR);
  const after = offsetAt(timeZone, wall + 24 * HOUR);
  if (before === after) return wall - before;
  const tBefore = wall - before;
  const tAfter = wall - after;
  const okBefore = offsetAt(timeZone, tBefore) === before;
  const okAfter = offsetAt(timeZone, tAfter) === after;
  if (okBefore && okAfter) return Math.min(tBefore, tAfter);
  if (okBefore) return tBefore;
  if (okAfter) return tAfter;
  return tBefore;
}

/** "YYYY-MM-DD" (or the date part of a local date-time) as UTC-midnight ms. */
export function dayOf(localOrDate: string): number {
  const y = digits(localOrDate, 0, 4);
  const m = digits(localOrDate, 5, 2);
  const d = digits(localOrDate, 8, 2);
  return Date.UTC(y, m - 1, d);
}

/** A Date (Prisma, UTC midnight) or "YYYY-MM-DD" as UTC-midnight ms of that day. */
export function toDayMs(value: Date | string): number {
  if (value instanceof Date) return Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate());
  return dayOf(value);
}

/** UTC-midnight ms as "YYYY-MM-DD". */
export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

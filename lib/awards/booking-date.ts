// The booking date (api.md `asOf`): the day the ticket would be issued, which decides the
// charts and rules in force. A request without one is priced as booked today. The page
// sends the browser's local date; an API call without asOf gets today's date in UTC.

/** Today as YYYY-MM-DD (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The request with its booking date filled in (today when absent). */
export function withBookingDate<T extends { asOf?: string }>(request: T, now: Date = new Date()): T & { asOf: string } {
  return { ...request, asOf: request.asOf ?? todayIso(now) };
}
